import { createHmac, timingSafeEqual } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import type { Clock } from '../cwmp/clock.ts';
import type { Logger } from '../log/logger.ts';
import { SlidingWindowLimiter } from './rate-limit.ts';
import { StunTransactions } from './stun-transactions.ts';

/**
 * UDP connection requests (TR-111 part 2, TR-069 Annex G): an HTTP GET carried in one datagram,
 * `GET http://host:port?ts=…&id=…&un=…&cn=…&sig=… HTTP/1.1`, where sig is the hex HMAC-SHA1 of
 * ts‖id‖un‖cn keyed with ConnectionRequestPassword. Invalid, stale or replayed datagrams are
 * dropped silently; there is no reply on UDP. Each device's replay state comes from and goes to
 * its target, so the agent can keep it across restarts.
 */
export interface UdpRequestFields {
  ts: number;
  id: string;
  un: string;
  cn: string;
  sig: string;
}

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
  if (ts === null || id === null || un === null || cn === null || sig === null || !/^[0-9]{1,12}$/.test(ts))
    return undefined;
  return { ts: Number(ts), id, un, cn, sig };
}

export function udpSignature(password: string, f: Omit<UdpRequestFields, 'sig'>): string {
  return createHmac('sha1', password).update(`${f.ts}${f.id}${f.un}${f.cn}`).digest('hex');
}

/** Replay protection of one device (TR-111 2.2.2): the last accepted ts and the ids seen recently. */
export interface UdpReplayState {
  lastTs: number;
  seenIds: string[];
}

/** How many recent ids a device remembers. */
const SEEN_IDS = 64;

/** One device behind the socket, found by the `un` of its requests. */
export interface UdpConnectionRequestTarget {
  credentials(): Promise<{ username: string; password: string }>;
  onRequest(): void;
  /** The replay state saved before a restart, read when the device attaches. */
  replayState?(): UdpReplayState | undefined;
  /** The new replay state after each accepted request, to be saved: a replay after a restart is refused too. */
  saveReplayState?(state: UdpReplayState): void;
  /** False while the device cannot be reached (a fleet scenario): its datagrams are lost. */
  reachable?(): boolean;
}

export interface UdpListenerOptions {
  port: number;
  host?: string;
  log: Logger;
  rateLimit?: { requests: number; windowMs: number };
  now?: () => number;
  /** Carries the STUN transactions' timeouts (a fleet's timer heap). */
  clock?: Clock;
  /** A datagram that is neither a connection request nor the answer to a pending STUN request. */
  onOtherDatagram?(msg: Buffer, from: { address: string; port: number }): void;
}

/** Per device: replay protection and the rate window. */
interface Attached {
  target: UdpConnectionRequestTarget;
  lastTs: number;
  seenIds: readonly string[];
  /** Made on the device's first accepted request. */
  limit: SlidingWindowLimiter | undefined;
}

/** What a device needs of a socket it shares: routing of its username, and its STUN keep-alive's requests. */
export type UdpConnectionRequestRouter = Pick<UdpConnectionRequestListener, 'attach' | 'stun'>;

const NO_IDS: readonly string[] = [];

export class UdpConnectionRequestListener {
  readonly socket: Socket;
  /** STUN Binding Requests sent from this socket, their answers routed back by transaction id. */
  readonly stun: StunTransactions;
  /** By the username the device had when it attached; a device whose username changed is searched for. */
  private readonly byUser = new Map<string, Attached>();
  private readonly all = new Set<Attached>();
  private searches: number[] = [];

  /** Devices `attach`: one agent, or every device of a fleet. */
  constructor(private readonly opts: UdpListenerOptions) {
    this.socket = createSocket(opts.host?.includes(':') ? 'udp6' : 'udp4');
    this.socket.on('message', (msg, rinfo) => void this.handle(msg, rinfo).catch(() => undefined));
    this.socket.on('error', (e) => opts.log.warn(`udp connection requests: ${e.message}`));
    this.stun = new StunTransactions({
      socket: this.socket,
      log: opts.log,
      ...(opts.clock ? { clock: opts.clock } : {}),
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.socket.once('error', (e: NodeJS.ErrnoException) =>
        reject(
          e.code === 'EADDRINUSE'
            ? new Error(
                `UDP connection-request port ${this.opts.port} is already in use; choose another with --udp-port (0 picks a free one)`,
              )
            : e,
        ),
      );
      this.socket.bind(this.opts.port, this.opts.host ?? '0.0.0.0', () => resolve());
    });
    return this.socket.address().port;
  }

  close(): Promise<void> {
    this.stun.close();
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }

  /** Routes datagrams whose `un` is the device's ConnectionRequestUsername to it; returns what detaches it. */
  attach(username: string, target: UdpConnectionRequestTarget): () => void {
    const saved = target.replayState?.();
    const a: Attached = {
      target,
      lastTs: saved?.lastTs ?? 0,
      seenIds: saved && saved.seenIds.length > 0 ? saved.seenIds.slice(-SEEN_IDS) : NO_IDS,
      limit: undefined,
    };
    this.all.add(a);
    if (username !== '') this.byUser.set(username, a);
    return () => {
      this.all.delete(a);
      if (this.byUser.get(username) === a) this.byUser.delete(username);
    };
  }

  private async route(un: string): Promise<{ a: Attached; password: string } | undefined> {
    const hit = this.byUser.get(un);
    if (hit) {
      const c = await hit.target.credentials();
      if (c.username === un) return { a: hit, password: c.password };
    }
    // The ACS may have changed a device's username since it attached. Searching costs one
    // credentials read per device, so unknown names may start at most 10 searches per 10 s.
    if (this.all.size > 1) {
      const t = (this.opts.now ?? Date.now)();
      this.searches = this.searches.filter((x) => x <= t && t - x < 10_000);
      if (this.searches.length >= 10) return undefined;
      this.searches.push(t);
    }
    for (const a of this.all) {
      if (a === hit) continue;
      const c = await a.target.credentials();
      if (c.username !== '' && c.username === un) return { a, password: c.password };
    }
    return undefined;
  }

  private async handle(msg: Buffer, from: { address: string; port: number }): Promise<void> {
    const f = parseUdpConnectionRequest(msg);
    if (!f) {
      if (!this.stun.handleDatagram(msg)) this.opts.onOtherDatagram?.(msg, from);
      return;
    }
    if (f.un === '') return;
    const found = await this.route(f.un);
    if (!found || found.a.target.reachable?.() === false) return;
    const { a, password } = found;
    const expected = Buffer.from(udpSignature(password, f));
    const got = Buffer.from(f.sig.toLowerCase());
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) return;
    // Replay protection (TR-111 2.2.2): ts never goes backwards, and an id is acted on once.
    if (f.ts < a.lastTs || a.seenIds.includes(f.id)) return;
    // Counted only now: forged datagrams and repeats of one already acted on (a replay, or the
    // ACS sending the same request again) cannot use up the real ACS's quota.
    const { requests, windowMs } = this.opts.rateLimit ?? { requests: 10, windowMs: 10_000 };
    if ((a.limit ??= new SlidingWindowLimiter(requests, windowMs)).hit((this.opts.now ?? Date.now)())) return;
    a.lastTs = f.ts;
    a.seenIds = [...a.seenIds.slice(-(SEEN_IDS - 1)), f.id];
    a.target.saveReplayState?.({ lastTs: a.lastTs, seenIds: [...a.seenIds] });
    this.opts.log.info('UDP connection request accepted', { from: from.address });
    a.target.onRequest();
  }
}
