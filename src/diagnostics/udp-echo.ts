import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { isoMicros, MicroClock, type DiagnosticState } from './diagnostic-state.ts';
import { resolveHost, type ProtocolVersion } from './resolve-host.ts';
import { UNKNOWN_TIME } from '../common/date-time.ts';

/**
 * UDP Echo Plus (TR-143 A.1.4): the first 20 bytes of the payload carry five 32-bit big-endian
 * fields — the client's sequence number, the server's, the server's receive and reply times (µs,
 * wrapping) and the server's count of failed replies. Plain echo returns the datagram unchanged.
 */
export const ECHO_PLUS_HEADER = 20;

export interface UdpEchoInput {
  host: string;
  port: number;
  protocolVersion: ProtocolVersion;
  repetitions: number;
  timeoutMs: number;
  dataBlockSize: number;
  dscp: number;
  interTransmissionTimeMs: number;
  signal: AbortSignal;
}

export interface UdpEchoPacket {
  success: boolean;
  sendTime: string;
  receiveTime: string;
  testGenSN: number;
  testRespSN: number;
  testRespRcvTimeStamp: number;
  testRespReplyTimeStamp: number;
  testRespReplyFailureCount: number;
}

export interface UdpEchoResult {
  state: Extract<DiagnosticState, 'Complete' | 'Error_CannotResolveHostName' | 'Error_Internal' | 'Error_Other'>;
  ipAddressUsed: string;
  successCount: number;
  failureCount: number;
  /** ms, as TR-181 UDPEchoDiagnostics reports them. */
  averageResponseTimeMs: number;
  minimumResponseTimeMs: number;
  maximumResponseTimeMs: number;
  averageResponseTimeUs: number;
  minimumResponseTimeUs: number;
  maximumResponseTimeUs: number;
  packets: UdpEchoPacket[];
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });

/** TR-181 UDPEchoDiagnostics: one datagram at a time, each answered within Timeout or failed. */
export async function runUdpEcho(i: UdpEchoInput): Promise<UdpEchoResult> {
  const empty = {
    successCount: 0,
    failureCount: 0,
    averageResponseTimeMs: 0,
    minimumResponseTimeMs: 0,
    maximumResponseTimeMs: 0,
    averageResponseTimeUs: 0,
    minimumResponseTimeUs: 0,
    maximumResponseTimeUs: 0,
    packets: [],
  };
  const address = await resolveHost(i.host, i.protocolVersion, i.timeoutMs);
  if (address === undefined) return { state: 'Error_CannotResolveHostName', ipAddressUsed: '', ...empty };
  const clock = new MicroClock();
  const sock = createSocket(address.includes(':') ? 'udp6' : 'udp4');
  await new Promise<void>((resolve) => sock.bind(0, () => resolve()));
  // DSCP is not applied: Node 20's dgram has no way to set IP_TOS on a socket.
  const packets: UdpEchoPacket[] = [];
  const rtts: number[] = [];
  let waiting: ((msg: Buffer) => void) | undefined;
  sock.on('message', (msg, rinfo: RemoteInfo) => {
    if (rinfo.address === address && rinfo.port === i.port) waiting?.(msg);
  });
  try {
    const size = Math.max(ECHO_PLUS_HEADER, Math.floor(i.dataBlockSize) || ECHO_PLUS_HEADER);
    for (let n = 1; n <= Math.max(1, Math.floor(i.repetitions)); n++) {
      if (i.signal.aborted) break;
      const payload = Buffer.alloc(size);
      payload.writeUInt32BE(n, 0);
      const sent = clock.nowUs();
      const reply = await new Promise<Buffer | undefined>((resolve) => {
        const t = setTimeout(() => resolve(undefined), Math.max(1, i.timeoutMs));
        waiting = (msg) => {
          if (msg.length >= 4 && msg.readUInt32BE(0) === n) {
            clearTimeout(t);
            resolve(msg);
          }
        };
        i.signal.addEventListener(
          'abort',
          () => {
            clearTimeout(t);
            resolve(undefined);
          },
          { once: true },
        );
        sock.send(payload, i.port, address);
      });
      const received = clock.nowUs();
      const field = (k: number): number => (reply && reply.length >= ECHO_PLUS_HEADER ? reply.readUInt32BE(k * 4) : 0);
      packets.push({
        success: reply !== undefined,
        sendTime: isoMicros(sent),
        receiveTime: reply ? isoMicros(received) : UNKNOWN_TIME,
        testGenSN: n,
        testRespSN: field(1),
        testRespRcvTimeStamp: field(2),
        testRespReplyTimeStamp: field(3),
        testRespReplyFailureCount: field(4),
      });
      if (reply) rtts.push(Number(received - sent));
      if (n < i.repetitions) await sleep(Math.max(0, i.interTransmissionTimeMs), i.signal);
    }
  } finally {
    waiting = undefined;
    sock.close();
  }
  const ok = rtts.length;
  const avg = ok > 0 ? Math.round(rtts.reduce((a, b) => a + b, 0) / ok) : 0;
  const min = ok > 0 ? Math.min(...rtts) : 0;
  const max = ok > 0 ? Math.max(...rtts) : 0;
  const ms = (us: number): number => Math.round(us / 1000);
  return {
    state: 'Complete',
    ipAddressUsed: address,
    successCount: ok,
    failureCount: packets.length - ok,
    averageResponseTimeMs: ms(avg),
    minimumResponseTimeMs: ms(min),
    maximumResponseTimeMs: ms(max),
    averageResponseTimeUs: avg,
    minimumResponseTimeUs: min,
    maximumResponseTimeUs: max,
    packets,
  };
}

export interface UdpEchoServerConfig {
  /** Listen address ('' or 0.0.0.0: all). */
  address: string;
  port: number;
  /** Answer only this source (TR-181 UDPEchoConfig.SourceIPAddress); '' answers anyone. */
  sourceIpAddress: string;
  echoPlus: boolean;
}

export interface UdpEchoServerStats {
  packetsReceived: number;
  packetsResponded: number;
  bytesReceived: number;
  bytesResponded: number;
  timeFirstPacketReceived: string;
  timeLastPacketReceived: string;
}

/** The UDP echo responder of TR-181 UDPEchoConfig / TR-143 A.1.4, with its statistics. */
export class UdpEchoServer {
  private sock: Socket | undefined;
  private readonly clock = new MicroClock();
  private respSn = 0;
  private failures = 0;
  readonly stats: UdpEchoServerStats = {
    packetsReceived: 0,
    packetsResponded: 0,
    bytesReceived: 0,
    bytesResponded: 0,
    timeFirstPacketReceived: UNKNOWN_TIME,
    timeLastPacketReceived: UNKNOWN_TIME,
  };

  constructor(private readonly cfg: UdpEchoServerConfig) {}

  async start(): Promise<number> {
    const sock = createSocket(this.cfg.address.includes(':') ? 'udp6' : 'udp4');
    this.sock = sock;
    sock.on('message', (msg, rinfo) => this.onMessage(msg, rinfo));
    await new Promise<void>((resolve, reject) => {
      sock.once('error', reject);
      sock.bind(this.cfg.port, this.cfg.address || undefined, () => resolve());
    });
    return sock.address().port;
  }

  private onMessage(msg: Buffer, rinfo: RemoteInfo): void {
    if (this.cfg.sourceIpAddress !== '' && rinfo.address !== this.cfg.sourceIpAddress) return;
    const now = this.clock.nowUs();
    const s = this.stats;
    s.packetsReceived += 1;
    s.bytesReceived += msg.length;
    if (s.packetsReceived === 1) s.timeFirstPacketReceived = isoMicros(now);
    s.timeLastPacketReceived = isoMicros(now);
    const reply = Buffer.from(msg);
    if (this.cfg.echoPlus && reply.length >= ECHO_PLUS_HEADER) {
      this.respSn += 1;
      reply.writeUInt32BE(this.respSn >>> 0, 4);
      reply.writeUInt32BE(Number(now % 0x1_0000_0000n), 8);
      reply.writeUInt32BE(Number(this.clock.nowUs() % 0x1_0000_0000n), 12);
      reply.writeUInt32BE(this.failures >>> 0, 16);
    }
    this.sock?.send(reply, rinfo.port, rinfo.address, (err) => {
      if (err) {
        this.failures += 1;
        return;
      }
      s.packetsResponded += 1;
      s.bytesResponded += reply.length;
    });
  }

  async stop(): Promise<void> {
    const sock = this.sock;
    this.sock = undefined;
    if (sock) await new Promise<void>((resolve) => sock.close(() => resolve()));
  }
}
