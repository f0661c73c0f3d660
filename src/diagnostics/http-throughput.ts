import { connect, type Socket } from 'node:net';
import { isoMicros, MicroClock, type DiagnosticState } from './diagnostic-state.ts';
import { ResponseParser } from '../transport/http-response-parser.ts';
import { resolveHost, type ProtocolVersion } from './resolve-host.ts';
import { bracketHost, unbracketHost } from '../common/ip-literal.ts';

/**
 * TR-143 HTTP throughput tests (TR-181 IP.Diagnostics.DownloadDiagnostics / UploadDiagnostics).
 * Raw node:net sockets rather than an HTTP client: the results are socket-level instants (TCP
 * open request/response, first and last payload byte) and byte counts including headers, which
 * no client library exposes — and undici 7 can die on an uncatchable assertion under
 * back-pressure (nodejs/undici#5360). A fixed read buffer (`onread`) keeps the read path from
 * allocating per chunk, so the measurement tracks what the link delivers.
 */

export type ThroughputState = Extract<
  DiagnosticState,
  | 'Complete'
  | 'Error_CannotResolveHostName'
  | 'Error_NoRouteToHost'
  | 'Error_InitConnectionFailed'
  | 'Error_NoResponse'
  | 'Error_TransferFailed'
  | 'Error_IncorrectSize'
  | 'Error_Timeout'
  | 'Error_Internal'
  | 'Error_Other'
>;

export interface ThroughputInput {
  url: string;
  protocolVersion: ProtocolVersion;
  numberOfConnections: number;
  /** Seconds; 0 = file-size-based test (TR-143 TimeBasedTestDuration). */
  timeBasedTestDurationS: number;
  /** Seconds between incremental results; 0 = none. */
  measurementIntervalS: number;
  dscp: number;
  /** Inactivity limit while connecting and waiting for the server. */
  timeoutMs: number;
  signal: AbortSignal;
}

export interface UploadInput extends ThroughputInput {
  /** Bytes to PUT (TR-143 TestFileLength). */
  testFileLength: number;
}

/** The instants and counts of one connection, or of the test as a whole (µs since the epoch). */
export interface ConnectionResult {
  tcpOpenRequestTime: string;
  tcpOpenResponseTime: string;
  romTime: string;
  bomTime: string;
  eomTime: string;
  /** Payload bytes between BOM and EOM. */
  testBytes: number;
  totalBytesReceived: number;
  totalBytesSent: number;
}

export interface IncrementalResult {
  startTime: string;
  endTime: string;
  testBytes: number;
  totalBytesReceived: number;
  totalBytesSent: number;
}

export interface ThroughputResult extends ConnectionResult {
  state: ThroughputState;
  ipAddressUsed: string;
  /** µs figures behind the strings, for computing throughput. */
  bomUs: bigint;
  eomUs: bigint;
  perConnection: ConnectionResult[];
  incremental: IncrementalResult[];
}

const NEVER = '0001-01-01T00:00:00.000000Z';

interface Conn {
  sock: Socket | undefined;
  openReq: bigint;
  openRes: bigint;
  rom: bigint;
  bom: bigint;
  eom: bigint;
  testBytes: number;
  done: boolean;
}

class TestFailed extends Error {
  constructor(
    readonly state: ThroughputState,
    message: string,
  ) {
    super(message);
  }
}

function failure(state: ThroughputState, address = ''): ThroughputResult {
  const c: ConnectionResult = {
    tcpOpenRequestTime: NEVER,
    tcpOpenResponseTime: NEVER,
    romTime: NEVER,
    bomTime: NEVER,
    eomTime: NEVER,
    testBytes: 0,
    totalBytesReceived: 0,
    totalBytesSent: 0,
  };
  return { state, ipAddressUsed: address, ...c, bomUs: 0n, eomUs: 0n, perConnection: [], incremental: [] };
}

function target(raw: string): { host: string; port: number; path: string } | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:') return undefined;
  return { host: unbracketHost(u.hostname), port: Number(u.port || 80), path: `${u.pathname}${u.search}` };
}

function connectTo(
  address: string,
  port: number,
  c: Conn,
  clock: MicroClock,
  timeoutMs: number,
  onread: { buffer: Buffer; callback: (n: number, buf: Buffer) => boolean },
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    c.openReq = clock.nowUs();
    const sock = connect({ host: address, port, noDelay: true, onread });
    c.sock = sock;
    const t = setTimeout(() => {
      sock.destroy();
      reject(new TestFailed('Error_InitConnectionFailed', 'connect timed out'));
    }, timeoutMs);
    sock.once('connect', () => {
      clearTimeout(t);
      c.openRes = clock.nowUs();
      resolve(sock);
    });
    sock.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(t);
      reject(
        new TestFailed(
          e.code === 'EHOSTUNREACH' || e.code === 'ENETUNREACH' ? 'Error_NoRouteToHost' : 'Error_InitConnectionFailed',
          e.message,
        ),
      );
    });
  });
}

function summarize(conns: Conn[], address: string, incremental: IncrementalResult[]): ThroughputResult {
  const min = (xs: bigint[]): bigint => xs.reduce((a, b) => (b < a ? b : a));
  const max = (xs: bigint[]): bigint => xs.reduce((a, b) => (b > a ? b : a));
  const per = conns.map((c): ConnectionResult => ({
    tcpOpenRequestTime: isoMicros(c.openReq),
    tcpOpenResponseTime: isoMicros(c.openRes),
    romTime: isoMicros(c.rom),
    bomTime: isoMicros(c.bom),
    eomTime: isoMicros(c.eom),
    testBytes: c.testBytes,
    totalBytesReceived: c.sock?.bytesRead ?? 0,
    totalBytesSent: c.sock?.bytesWritten ?? 0,
  }));
  const bom = min(conns.map((c) => c.bom));
  const eom = max(conns.map((c) => c.eom));
  return {
    state: 'Complete',
    ipAddressUsed: address,
    tcpOpenRequestTime: isoMicros(min(conns.map((c) => c.openReq))),
    tcpOpenResponseTime: isoMicros(min(conns.map((c) => c.openRes))),
    romTime: isoMicros(min(conns.map((c) => c.rom))),
    bomTime: isoMicros(bom),
    eomTime: isoMicros(eom),
    bomUs: bom,
    eomUs: eom,
    testBytes: per.reduce((a, c) => a + c.testBytes, 0),
    totalBytesReceived: per.reduce((a, c) => a + c.totalBytesReceived, 0),
    totalBytesSent: per.reduce((a, c) => a + c.totalBytesSent, 0),
    perConnection: per,
    incremental,
  };
}

/** Samples the byte counters every interval from the first BOM (TR-143 IncrementalResult). */
function sampler(conns: Conn[], clock: MicroClock, intervalS: number): { start(): void; stop(): IncrementalResult[] } {
  const out: IncrementalResult[] = [];
  let timer: NodeJS.Timeout | undefined;
  let last = { at: 0n, test: 0, rx: 0, tx: 0 };
  const snap = (): typeof last => ({
    at: clock.nowUs(),
    test: conns.reduce((a, c) => a + c.testBytes, 0),
    rx: conns.reduce((a, c) => a + (c.sock?.bytesRead ?? 0), 0),
    tx: conns.reduce((a, c) => a + (c.sock?.bytesWritten ?? 0), 0),
  });
  const record = (): void => {
    const now = snap();
    out.push({
      startTime: isoMicros(last.at),
      endTime: isoMicros(now.at),
      testBytes: now.test - last.test,
      totalBytesReceived: now.rx - last.rx,
      totalBytesSent: now.tx - last.tx,
    });
    last = now;
  };
  return {
    start: () => {
      if (intervalS <= 0 || timer) return;
      last = snap();
      timer = setInterval(record, intervalS * 1000);
    },
    stop: () => {
      if (timer) {
        clearInterval(timer);
        record();
      }
      return out;
    },
  };
}

/** What both tests do first: the URL, the address (Error_* when unusable) and the connections. */
async function prepare(i: ThroughputInput): Promise<
  | ThroughputResult
  | {
      t: NonNullable<ReturnType<typeof target>>;
      address: string;
      clock: MicroClock;
      conns: Conn[];
      incremental: ReturnType<typeof sampler>;
    }
> {
  const t = target(i.url);
  if (!t) return failure('Error_Other');
  const address = await resolveHost(t.host, i.protocolVersion, i.timeoutMs);
  if (address === undefined) return failure('Error_CannotResolveHostName');
  const clock = new MicroClock();
  const n = Math.max(1, Math.min(16, Math.floor(i.numberOfConnections) || 1));
  const conns: Conn[] = Array.from({ length: n }, () => ({
    sock: undefined,
    openReq: 0n,
    openRes: 0n,
    rom: 0n,
    bom: 0n,
    eom: 0n,
    testBytes: 0,
    done: false,
  }));
  return { t, address, clock, conns, incremental: sampler(conns, clock, i.measurementIntervalS) };
}

/** Runs every connection; the first failure (or an abort) ends them all and names the state. */
async function settle(
  conns: Conn[],
  one: (c: Conn) => Promise<void>,
  address: string,
  incremental: ReturnType<typeof sampler>,
  signal: AbortSignal,
): Promise<ThroughputResult> {
  const abort = (): void => conns.forEach((c) => c.sock?.destroy());
  signal.addEventListener('abort', abort, { once: true });
  try {
    await Promise.all(conns.map(one));
    return summarize(conns, address, incremental.stop());
  } catch (e) {
    incremental.stop();
    conns.forEach((c) => c.sock?.destroy());
    if (signal.aborted) return failure('Error_Other', address);
    return failure(e instanceof TestFailed ? e.state : 'Error_Internal', address);
  } finally {
    signal.removeEventListener('abort', abort);
  }
}

/** TR-143 HTTP download test. */
export async function runHttpDownload(i: ThroughputInput): Promise<ThroughputResult> {
  const p = await prepare(i);
  if ('state' in p) return p;
  const { t, address, clock, conns, incremental } = p;
  const timeBased = i.timeBasedTestDurationS > 0;
  const finishers: (() => void)[] = [];
  let durationTimer: NodeJS.Timeout | undefined;
  /** A time-based test (TR-143) ends every transfer once the duration has passed since the first BOM. */
  const firstBom = (): void => {
    incremental.start();
    if (timeBased && durationTimer === undefined)
      durationTimer = setTimeout(() => finishers.forEach((f) => f()), i.timeBasedTestDurationS * 1000);
  };
  const one = (c: Conn): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      let headSeen = false;
      let now = 0n;
      let idle: NodeJS.Timeout | undefined;
      const arm = (): void => {
        clearTimeout(idle);
        idle = setTimeout(
          () => fail(new TestFailed(headSeen ? 'Error_Timeout' : 'Error_NoResponse', 'the server went silent')),
          i.timeoutMs,
        );
      };
      const finish = (): void => {
        if (c.done) return;
        c.done = true;
        c.eom = c.eom || clock.nowUs();
        clearTimeout(idle);
        c.sock?.destroy();
        resolve();
      };
      const fail = (e: Error): void => {
        if (c.done) return;
        c.done = true;
        clearTimeout(idle);
        c.sock?.destroy();
        reject(e);
      };
      // TR-143 counts payload only: the parser hands over body bytes without the chunk framing.
      const parser = new ResponseParser({
        head: (h) => {
          if (h.status < 200 || h.status >= 300) throw new TestFailed('Error_TransferFailed', `HTTP ${h.status}`);
          headSeen = true;
        },
        body: (_buf, from, to) => {
          if (c.bom === 0n) {
            c.bom = now;
            firstBom();
          }
          c.testBytes += to - from;
          c.eom = now;
        },
        end: finish,
      });
      const transferFailed = (e: unknown): TestFailed =>
        e instanceof TestFailed ? e : new TestFailed('Error_TransferFailed', (e as Error).message);
      const onread = {
        buffer: Buffer.allocUnsafe(1 << 20),
        callback: (len: number, buf: Buffer): boolean => {
          if (c.done) return false;
          now = clock.nowUs();
          arm();
          try {
            let at = 0;
            while (at < len && !c.done) at = parser.feed(buf, at, len);
          } catch (e) {
            fail(transferFailed(e));
            return false;
          }
          return true;
        },
      };
      void connectTo(address, t.port, c, clock, i.timeoutMs, onread).then((sock) => {
        sock.on('error', (e) => fail(new TestFailed('Error_TransferFailed', e.message)));
        sock.on('end', () => {
          if (timeBased && c.bom !== 0n) {
            finish();
            return;
          }
          try {
            parser.eof(); // ends a body framed by the close
          } catch (e) {
            fail(headSeen ? transferFailed(e) : new TestFailed('Error_NoResponse', 'connection closed early'));
          }
        });
        c.rom = clock.nowUs();
        sock.write(
          `GET ${t.path} HTTP/1.1\r\nHost: ${bracketHost(t.host)}:${t.port}\r\nUser-Agent: tr069-agent\r\nAccept: */*\r\nConnection: close\r\n\r\n`,
        );
        arm();
      }, fail);
      finishers.push(finish);
    });
  try {
    return await settle(conns, one, address, incremental, i.signal);
  } finally {
    clearTimeout(durationTimer);
  }
}

/** TR-143 HTTP upload test: PUT of TestFileLength generated bytes on each connection. */
export async function runHttpUpload(i: UploadInput): Promise<ThroughputResult> {
  const p = await prepare(i);
  if ('state' in p) return p;
  const { t, address, clock, conns, incremental } = p;
  const block = Buffer.alloc(1 << 20, 0x5a);
  const total = Math.max(0, Math.floor(i.testFileLength));
  const deadline = i.timeBasedTestDurationS > 0 ? i.timeBasedTestDurationS * 1000 : 0;
  const one = (c: Conn): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      let status: number | undefined;
      const parser = new ResponseParser({
        head: (h) => {
          status = h.status;
        },
        body: () => undefined,
        end: () => undefined,
      });
      let idle: NodeJS.Timeout | undefined;
      const fail = (e: Error): void => {
        if (c.done) return;
        c.done = true;
        clearTimeout(idle);
        c.sock?.destroy();
        reject(e);
      };
      const onread = {
        buffer: Buffer.allocUnsafe(64 * 1024),
        callback: (len: number, buf: Buffer): boolean => {
          if (c.done) return false;
          try {
            parser.feed(buf, 0, len); // interim 1xx answers are skipped
          } catch (e) {
            fail(new TestFailed('Error_TransferFailed', (e as Error).message));
            return false;
          }
          if (status === undefined) return true;
          // TR-143 upload EOM: the server's final response, which follows the last byte sent.
          c.eom = clock.nowUs();
          c.done = true;
          clearTimeout(idle);
          c.sock?.destroy();
          if (status >= 200 && status < 300) resolve();
          else reject(new TestFailed('Error_TransferFailed', `HTTP ${status}`));
          return false;
        },
      };
      void connectTo(address, t.port, c, clock, i.timeoutMs, onread).then(async (sock) => {
        sock.on('error', (e) => fail(new TestFailed('Error_TransferFailed', e.message)));
        sock.on('end', () => fail(new TestFailed('Error_NoResponse', 'connection closed before the response')));
        c.rom = clock.nowUs();
        sock.write(
          `PUT ${t.path} HTTP/1.1\r\nHost: ${bracketHost(t.host)}:${t.port}\r\nUser-Agent: tr069-agent\r\nContent-Type: application/octet-stream\r\nContent-Length: ${total}\r\nConnection: close\r\n\r\n`,
        );
        const began = Date.now();
        for (let sent = 0; sent < total && !c.done;) {
          const chunk = block.subarray(0, Math.min(block.length, total - sent));
          if (c.bom === 0n) {
            c.bom = clock.nowUs();
            incremental.start();
          }
          sent += chunk.length;
          c.testBytes = sent;
          if (!sock.write(chunk)) await new Promise((r) => sock.once('drain', r));
          if (deadline > 0 && Date.now() - began >= deadline) break;
        }
        clearTimeout(idle);
        idle = setTimeout(() => fail(new TestFailed('Error_NoResponse', 'no response to the upload')), i.timeoutMs);
      }, fail);
    });
  return settle(conns, one, address, incremental, i.signal);
}
