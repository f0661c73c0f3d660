/**
 * The HTTP(S) connection of one Download (TR-069 3.4.3): plain node:net / node:tls sockets that read
 * into one fixed ring (`onread`), an incremental response parser that points at the body bytes in
 * place, and a sink that writes them out from there. Nothing is allocated per read, so a large
 * firmware image costs the ring and no garbage, and the body is never copied in JavaScript.
 *
 * Why not node:http: its IncomingMessage allocates a Buffer per socket read and pushes it through
 * a stream; on a 200 MB loopback download that reached 0.64x curl into a no-op sink and grew RSS
 * by 36 MB (BENCHMARKS.md, issue 6). Why not undici: see server-connection.ts.
 *
 * One request at a time; keep-alive, so that a 401 challenge or a redirect to the same server
 * reuses the socket. The caller starts the next request only after the previous body was consumed.
 */
import { connect as netConnect, isIP, type OnReadOpts, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls';
import { checkTlsConfig, tlsOptions } from '../transport/tls-options.ts';
import { ByteRing } from './byte-ring.ts';
import { ResponseParser, type ResponseHead, type ResponseHeaders } from '../transport/http-response-parser.ts';
import type { TransferTls } from './transfer-options.ts';
import { unbracketHost } from '../common/ip-literal.ts';

export interface BodySink {
  /**
   * Body bytes: a view into the connection's ring, valid until `release` is called for it. Views
   * must be released in the order they came; `release(err)` fails the transfer with `err`.
   * Throwing (a size limit) fails it too.
   */
  data(view: Buffer, release: (err?: Error) => void): void;
}

export interface DownloadReply {
  status: number;
  statusText: string;
  headers: ResponseHeaders;
  /** Content-Length, when the body is framed by it. */
  length: number | undefined;
  /** Streams the body into `sink`; settles once the message is complete and every view is released. */
  pipeTo(sink: BodySink): Promise<void>;
  /** Reads and drops a small body (redirect, 401) so the connection can be reused; a large one costs the connection. */
  discard(): Promise<void>;
}

const RING_BYTES = 4 << 20;
const MAX_READ = 1 << 20;
/** Reading stops when less than this is free, and lands in the spare buffer after a pause. */
const LOW_WATER = 64 << 10;
/** Reading resumes once this much is free again (half the ring at most). */
const RESUME_AT = 1 << 20;
const DISCARD_LIMIT = 64 << 10;

interface Exchange {
  readonly parser: ResponseParser;
  readonly socket: Socket;
  /** Absolute ring position up to which the parser has consumed. */
  parsed: number;
  /** Ring positions where each view handed to the sink starts, until released. */
  readonly outstanding: number[];
  /** The head arrived and the body waits for its sink. */
  holding: boolean;
  ended: boolean;
  failed: Error | undefined;
  sink: BodySink | undefined;
  head: { resolve(r: DownloadReply): void; reject(e: Error): void; settled: boolean };
  body: { resolve(): void; reject(e: Error): void } | undefined;
  /** Drops the abort listener. */
  cleanup(): void;
}

class DiscardLimitReached extends Error {}

export class DownloadConnection {
  /** The first error a socket emitted: with TLS 1.3 a rejected client certificate shows only here. */
  socketError: Error | undefined;
  /** A socket (after the TLS handshake, for https) was set up at least once. */
  connected = false;
  private readonly ring: ByteRing;
  private readonly spare = Buffer.allocUnsafe(LOW_WATER);
  private socket: Socket | undefined;
  private origin = '';
  private reusable = false;
  private pausedForSpace = false;
  private x: Exchange | undefined;
  /** Where the region being parsed starts: its absolute ring position and its index in ring.buf. */
  private regionAt = 0;
  private regionIndex = 0;
  private readonly resumeAt: number;

  /** `ringBytes` (at least 128 KiB) is the whole receive memory of the download. */
  constructor(
    private readonly tls: TransferTls | undefined,
    private readonly timeoutMs: number,
    ringBytes = RING_BYTES,
  ) {
    if (tls) checkTlsConfig({ url: '', ...tls });
    if (ringBytes < 2 * LOW_WATER) throw new RangeError(`a download ring needs at least ${2 * LOW_WATER} bytes`);
    this.ring = new ByteRing(ringBytes);
    this.resumeAt = Math.min(RESUME_AT, ringBytes / 2);
  }

  /** GET `url`; settles with the response head. A kept-alive socket the server closed meanwhile is replaced once. */
  async get(url: URL, headers: Record<string, string>, signal?: AbortSignal): Promise<DownloadReply> {
    for (const value of Object.values(headers)) {
      if (/[\r\n\0]/.test(value)) throw new TypeError('a request header value contains CR, LF or NUL');
    }
    const reused = this.socket !== undefined && this.reusable && this.origin === url.origin;
    if (!reused) this.open(url);
    try {
      return await this.send(url, headers, signal);
    } catch (err) {
      // RFC 9112 9.3.1: a GET that got no byte back on a reused connection may be retried on a new one.
      if (!reused || signal?.aborted === true || this.x?.parser.untouched !== true) throw err;
      this.open(url);
      return await this.send(url, headers, signal);
    }
  }

  /** Closes the socket; a transfer never leaves a connection behind. */
  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }

  private open(url: URL): void {
    this.close();
    const https = url.protocol === 'https:';
    const host = unbracketHost(url.hostname);
    const port = url.port === '' ? (https ? 443 : 80) : Number(url.port);
    const onread = {
      buffer: (): Buffer => this.nextBuffer(),
      callback: (n: number, buf: Uint8Array): boolean => this.onRead(n, buf),
    };
    // TR-069 3.4.3: an https: file URL gets the same TLS settings as the ACS connection.
    // node:tls takes `onread` like node:net (since Node 15.1), but @types/node 20 does not list it.
    const tlsConnection: ConnectionOptions & { onread: OnReadOpts } = {
      ...tlsOptions({ url: url.href, ...this.tls }),
      host,
      port,
      ...(isIP(host) === 0 ? { servername: host } : {}),
      onread,
    };
    const socket: Socket = https ? tlsConnect(tlsConnection) : netConnect({ host, port, onread });
    this.socket = socket;
    this.origin = url.origin;
    this.reusable = true;
    this.pausedForSpace = false;
    socket.setTimeout(this.timeoutMs); // connect, response head and gaps in the body alike
    socket.once(https ? 'secureConnect' : 'connect', () => {
      this.connected = true;
    });
    socket.on('timeout', () => {
      socket.destroy(Object.assign(new Error(`nothing received for ${this.timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    });
    socket.on('error', (err) => {
      this.socketError ??= err;
      if (this.x?.socket === socket) this.fail(this.x, err);
    });
    socket.on('end', () => {
      if (this.socket === socket) this.reusable = false;
      const x = this.x;
      if (x?.socket !== socket || x.ended || x.failed) return;
      try {
        x.parser.eof();
        this.settleBody(x);
      } catch (err) {
        this.fail(x, err as Error);
      }
    });
    socket.on('close', () => {
      if (this.socket === socket) this.socket = undefined;
      const x = this.x;
      if (x?.socket === socket && !x.ended)
        this.fail(x, this.socketError ?? Object.assign(new Error('the connection closed'), { code: 'ECONNRESET' }));
    });
  }

  private send(url: URL, headers: Record<string, string>, signal: AbortSignal | undefined): Promise<DownloadReply> {
    const socket = this.socket;
    if (!socket) throw new Error('no connection');
    return new Promise<DownloadReply>((resolve, reject) => {
      const x: Exchange = {
        parser: new ResponseParser({
          head: (h) => this.onHead(x, h),
          body: (buf, from, to) => this.onBody(x, buf, from, to),
          end: () => {
            x.ended = true;
          },
        }),
        socket,
        parsed: this.ring.head,
        outstanding: [],
        holding: false,
        ended: false,
        failed: undefined,
        sink: undefined,
        head: { resolve, reject, settled: false },
        body: undefined,
        cleanup: () => undefined,
      };
      // Positions keep counting across requests: the socket may already hold a view at `head`.
      this.ring.tail = this.ring.head;
      this.x = x;
      if (signal) {
        if (signal.aborted) {
          this.fail(x, abortReason(signal));
          return;
        }
        const onAbort = (): void => this.fail(x, abortReason(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        x.cleanup = () => signal.removeEventListener('abort', onAbort);
      }
      const fields = Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('');
      socket.write(
        `GET ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\nuser-agent: tr069-agent\r\n${fields}\r\n`,
      );
      this.resume(); // a reused socket may have been left paused
    });
  }

  /** The buffer of the next read: free ring space, or the spare one while reading is paused. */
  private nextBuffer(): Buffer {
    if (this.x?.holding === true || this.ring.free < LOW_WATER) return this.spare;
    return this.ring.space(MAX_READ);
  }

  /** One socket read of `n` bytes into `buf` (a ring view or the spare); returns false to pause reading. */
  private onRead(n: number, buf: Uint8Array): boolean {
    const x = this.x;
    if (!x || x.ended || x.failed || x.socket !== this.socket) {
      // Bytes nobody asked for (after a complete response): the connection is out of step.
      this.reusable = false;
      this.socket?.destroy();
      return false;
    }
    if (buf === this.spare) this.copyIn(this.spare, n);
    else this.ring.head += n;
    try {
      this.parse(x);
    } catch (err) {
      this.fail(x, err as Error, true);
      return false;
    }
    if (x.holding) return false;
    if (this.ring.free < LOW_WATER) {
      this.pauseForSpace(x.socket);
      return false;
    }
    return true;
  }

  /** A read that landed in the spare buffer goes to the ring (there is room: reading resumed at RESUME_AT). */
  private copyIn(src: Buffer, n: number): void {
    let done = 0;
    while (done < n) {
      const space = this.ring.space(n - done);
      src.copy(space, 0, done, done + space.length);
      this.ring.head += space.length;
      done += space.length;
    }
  }

  /** Feeds the unparsed ring bytes to the parser, one contiguous region at a time. */
  private parse(x: Exchange): void {
    const size = this.ring.size;
    while (!x.holding && !x.ended && !x.failed && x.parsed < this.ring.head) {
      const index = x.parsed % size;
      const end = Math.min(this.ring.head, x.parsed + (size - index));
      this.regionAt = x.parsed;
      this.regionIndex = index;
      const stop = x.parser.feed(this.ring.buf, index, index + (end - x.parsed));
      x.parsed += stop - index;
    }
    if (x.ended) {
      if (x.parsed < this.ring.head) this.reusable = false; // more than the response: not reusable
      x.parsed = this.ring.head;
      this.settleBody(x);
    }
    this.updateTail(x);
  }

  private onHead(x: Exchange, h: ResponseHead): void {
    x.holding = true;
    if (!h.keepAlive) this.reusable = false;
    x.head.settled = true;
    x.head.resolve({
      status: h.status,
      statusText: h.statusText,
      headers: h.headers,
      length: h.length,
      pipeTo: (sink) => this.attach(x, sink),
      discard: () => this.discard(x),
    });
  }

  private onBody(x: Exchange, buf: Buffer, from: number, to: number): void {
    const sink = x.sink;
    if (!sink) throw new Error('body bytes before the body was set up');
    const at = this.regionAt + (from - this.regionIndex);
    x.outstanding.push(at);
    sink.data(buf.subarray(from, to), (err) => this.release(x, err));
  }

  private attach(x: Exchange, sink: BodySink): Promise<void> {
    if (x.sink) return Promise.reject(new Error('the body is already being read'));
    x.sink = sink;
    const done = new Promise<void>((resolve, reject) => {
      x.body = { resolve, reject };
    });
    if (x.failed) {
      x.body?.reject(x.failed);
      return done;
    }
    x.holding = false;
    try {
      this.parse(x);
    } catch (err) {
      this.fail(x, err as Error, true);
      return done;
    }
    if (!x.ended && x.socket === this.socket) {
      if (this.ring.free >= LOW_WATER) this.resume();
      else this.pauseForSpace(x.socket);
    }
    return done;
  }

  private async discard(x: Exchange): Promise<void> {
    let n = 0;
    await this.attach(x, {
      data: (view, release) => {
        n += view.length;
        release();
        if (n > DISCARD_LIMIT) throw new DiscardLimitReached();
      },
    }).catch(() => undefined);
  }

  private release(x: Exchange, err: Error | undefined): void {
    if (x.failed) return;
    if (err) {
      this.fail(x, err, true);
      return;
    }
    x.outstanding.shift();
    this.updateTail(x);
    this.settleBody(x);
    if (this.pausedForSpace && this.ring.free >= this.resumeAt && x.socket === this.socket) this.resume();
  }

  private updateTail(x: Exchange): void {
    if (this.x === x) this.ring.tail = x.outstanding[0] ?? x.parsed;
  }

  /** Reading waits for the sink: our own writer is behind, which is not the server's inactivity. */
  private pauseForSpace(socket: Socket): void {
    this.pausedForSpace = true;
    socket.setTimeout(0);
  }

  /** net.Socket.resume restarts a read that `onread` stopped (returning false). */
  private resume(): void {
    const socket = this.socket;
    if (!socket) return;
    if (this.pausedForSpace) {
      this.pausedForSpace = false;
      socket.setTimeout(this.timeoutMs);
    }
    socket.resume();
  }

  private settleBody(x: Exchange): void {
    if (!x.ended || x.outstanding.length > 0 || !x.body) return;
    x.cleanup();
    const body = x.body;
    x.body = undefined;
    body.resolve();
  }

  /** Ends the exchange with `err`. After the last body byte only the sink (`fromSink`) can still fail it. */
  private fail(x: Exchange, err: Error, fromSink = false): void {
    if (x.failed) return;
    if (x.ended && !fromSink) {
      this.reusable = false;
      return;
    }
    x.failed = err;
    this.reusable = false;
    if (x.socket === this.socket) this.close();
    else x.socket.destroy();
    x.cleanup();
    if (!x.head.settled) {
      x.head.settled = true;
      x.head.reject(err);
    }
    const body = x.body;
    x.body = undefined;
    body?.reject(err);
  }
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : Object.assign(new Error('aborted'), { name: 'AbortError' });
}
