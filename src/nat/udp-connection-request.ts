import { createHmac, timingSafeEqual } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import type { Logger } from '../log/logger.ts';

/**
 * UDP connection requests (TR-111 part 2, TR-069 Annex G): an HTTP GET carried in one datagram,
 * `GET http://host:port?ts=…&id=…&un=…&cn=…&sig=… HTTP/1.1`, where sig is the hex HMAC-SHA1 of
 * ts‖id‖un‖cn keyed with ConnectionRequestPassword. Invalid, stale or replayed datagrams are
 * dropped silently; there is no reply on UDP.
 */
export interface UdpRequestFields { ts: number; id: string; un: string; cn: string; sig: string }

export function parseUdpConnectionRequest(datagram: Buffer): UdpRequestFields | undefined {
  if (datagram.length > 2048) return undefined;
  const text = datagram.toString('latin1');
  const m = /^GET (\S+) HTTP\/1\.1\r?\n/.exec(text);
  if (!m) return undefined;
  const q = m[1]!.indexOf('?');
  if (q === -1) return undefined;
  const params = new URLSearchParams(m[1]!.slice(q + 1));
  const ts = params.get('ts');
  const id = params.get('id');
  const un = params.get('un');
  const cn = params.get('cn');
  const sig = params.get('sig');
  if (ts === null || id === null || un === null || cn === null || sig === null || !/^[0-9]{1,12}$/.test(ts)) return undefined;
  return { ts: Number(ts), id, un, cn, sig };
}

export function udpSignature(password: string, f: Omit<UdpRequestFields, 'sig'>): string {
  return createHmac('sha1', password).update(`${f.ts}${f.id}${f.un}${f.cn}`).digest('hex');
}

export interface UdpListenerOptions {
  port: number;
  host?: string;
  credentials(): Promise<{ username: string; password: string }>;
  onRequest(): void;
  log: Logger;
  rateLimit?: { requests: number; windowMs: number };
  now?: () => number;
  /** A datagram that is not a connection request (e.g. a STUN response on the shared port). */
  onOtherDatagram?(msg: Buffer, from: { address: string; port: number }): void;
}

export class UdpConnectionRequestListener {
  readonly socket: Socket;
  private lastTs = 0;
  private seenIds: string[] = [];
  private window: number[] = [];

  constructor(private readonly opts: UdpListenerOptions) {
    this.socket = createSocket(opts.host?.includes(':') ? 'udp6' : 'udp4');
    this.socket.on('message', (msg, rinfo) => void this.handle(msg, rinfo).catch(() => undefined));
    this.socket.on('error', (e) => opts.log.warn(`udp connection requests: ${e.message}`));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.socket.once('error', (e: NodeJS.ErrnoException) =>
        reject(e.code === 'EADDRINUSE' ? new Error(`UDP connection-request port ${this.opts.port} is already in use; choose another with --udp-port (0 picks a free one)`) : e));
      this.socket.bind(this.opts.port, this.opts.host ?? '0.0.0.0', () => resolve());
    });
    return this.socket.address().port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }

  private limited(): boolean {
    const { requests, windowMs } = this.opts.rateLimit ?? { requests: 10, windowMs: 10_000 };
    const t = (this.opts.now ?? Date.now)();
    this.window = this.window.filter((x) => t - x < windowMs);
    this.window.push(t);
    return this.window.length > requests;
  }

  private async handle(msg: Buffer, from: { address: string; port: number }): Promise<void> {
    const f = parseUdpConnectionRequest(msg);
    if (!f) {
      this.opts.onOtherDatagram?.(msg, from);
      return;
    }
    if (this.limited()) return;
    const { username, password } = await this.opts.credentials();
    if (username === '' || f.un !== username) return;
    const expected = Buffer.from(udpSignature(password, f));
    const got = Buffer.from(f.sig.toLowerCase());
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) return;
    // Replay protection (TR-111 2.2.2): ts never goes backwards, and an id is acted on once.
    if (f.ts < this.lastTs || this.seenIds.includes(f.id)) return;
    this.lastTs = f.ts;
    this.seenIds = [...this.seenIds.slice(-63), f.id];
    this.opts.log.info('UDP connection request accepted', { from: from.address });
    this.opts.onRequest();
  }
}
