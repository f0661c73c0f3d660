import type { Socket } from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { systemClock, type Clock } from '../cwmp/clock.ts';
import type { Logger } from '../log/logger.ts';
import { mappedAddress } from './stun-binding.ts';

export interface Mapping {
  address: string;
  port: number;
}

/** Whoever sent a Binding Request: told its answer once (undefined: timed out, cancelled or an error response). */
export interface StunRequester {
  answered(m: Mapping | undefined): void;
  /** Where the first unanswered request of a quiet window is logged (a fleet device's own logger). */
  readonly log: Logger;
}

interface Pending {
  owner: StunRequester;
  id: Buffer;
  deadline: number;
  server: string;
}

export interface StunTransactionsOptions {
  socket: Socket;
  log: Logger;
  clock?: Clock;
  /** How long a Binding Request waits for its answer. */
  timeoutMs?: number;
  /** Unanswered requests after the first are counted and logged once per this window. */
  quietMs?: number;
  /** Name resolution of a STUN server given by name (default: the system's, as dgram's send uses). */
  resolve?: (host: string, family: 4 | 6) => Promise<string>;
}

/** How long a resolved STUN server name is used before it is looked up again. */
const RESOLVED_FOR_MS = 60_000;

const BINDING_SUCCESS = 0x0101;
const BINDING_ERROR = 0x0111;

/**
 * The STUN side of one UDP connection-request socket (TR-111 part 2), for one agent or every
 * device of a fleet sharing it: Binding Requests go out from the socket, and each answer comes
 * back to the same socket and is routed by its transaction id (RFC 5389 6) to the requester that
 * sent it, never by looking through the devices. An entry leaves the map when answered, timed
 * out or cancelled. Timeouts need no timer each: the timeout is the same for all, so the map's
 * insertion order is deadline order and one sweep timer expires the front of it.
 */
export class StunTransactions {
  private readonly pending = new Map<string, Pending>();
  private readonly clock: Clock;
  private sweepTimer: unknown;
  /** While set, unanswered requests are counted per server rather than logged each. */
  private quiet: Map<string, number> | undefined;
  private quietTimer: unknown;
  private closed = false;
  /**
   * STUN server names resolved once a minute for all requesters: a fleet's devices share one
   * server, and a lookup per request (dgram's own) would be thousands per second.
   */
  private readonly resolved = new Map<string, { address: Promise<string>; until: number }>();

  constructor(private readonly o: StunTransactionsOptions) {
    this.clock = o.clock ?? systemClock;
  }

  /** Requests awaiting an answer. */
  get size(): number {
    return this.pending.size;
  }

  private now(): number {
    return this.clock.monotonic?.() ?? this.clock.now();
  }

  /**
   * Sends a Binding Request whose transaction id is `id` to `server`; `owner.answered` is called
   * once with the outcome. Returns the key that `cancel` takes.
   */
  send(bytes: Buffer, id: Buffer, server: { host: string; port: number }, owner: StunRequester): string {
    const key = id.toString('latin1');
    // A random 96-bit id repeating while the first is in flight is not going to happen; if it did,
    // the older request is answered as lost rather than the newer answer going astray.
    this.settle(key, undefined);
    const label = `${server.host}:${server.port}`;
    if (this.closed) {
      owner.answered(undefined);
      return key;
    }
    this.pending.set(key, { owner, id, deadline: this.now() + (this.o.timeoutMs ?? 2000), server: label });
    this.armSweep();
    // An unresolvable host or an unreachable network: the same as no answer, without the wait.
    const failed = (): void => {
      const p = this.pending.get(key);
      if (p?.owner === owner) this.expire(key, p);
    };
    const sendTo = (address: string): void => {
      try {
        this.o.socket.send(bytes, server.port, address, (err) => void (err && failed()));
      } catch {
        failed();
      }
    };
    let address: string | Promise<string>;
    try {
      address = this.address(server.host);
    } catch {
      failed(); // a socket not bound yet
      return key;
    }
    if (typeof address === 'string') sendTo(address);
    else address.then(sendTo, failed);
    return key;
  }

  /** An IP literal as it is; a name from the cache, looked up again after a minute or a failure. */
  private address(host: string): string | Promise<string> {
    if (isIP(host)) return host;
    const now = this.now();
    const hit = this.resolved.get(host);
    if (hit && hit.until > now) return hit.address;
    // The family the socket sends in, as dgram's own lookup picks it (bound before any send).
    const family = this.o.socket.address().family === 'IPv6' ? 6 : 4;
    const resolve = this.o.resolve ?? (async (h: string, f: 4 | 6) => (await lookup(h, { family: f })).address);
    const entry = { address: resolve(host, family), until: now + RESOLVED_FOR_MS };
    this.resolved.set(host, entry);
    entry.address.catch(() => {
      if (this.resolved.get(host) === entry) this.resolved.delete(host);
    });
    return entry.address;
  }

  /** Drops a request (its device stops): its owner is answered undefined, nothing is logged. */
  cancel(key: string): void {
    this.settle(key, undefined);
  }

  /** Offered each datagram that is not a connection request; true if it answered a pending request. */
  handleDatagram(msg: Buffer): boolean {
    if (msg.length < 20) return false;
    const type = msg.readUInt16BE(0);
    if (type !== BINDING_SUCCESS && type !== BINDING_ERROR) return false;
    const key = msg.toString('latin1', 8, 20);
    const p = this.pending.get(key);
    if (!p) return false;
    // An error response (e.g. 401 for wrong STUN credentials) maps nothing; the round ends now.
    this.settle(key, type === BINDING_SUCCESS ? mappedAddress(msg, p.id) : undefined);
    return true;
  }

  /** The socket closes: every pending request is answered undefined, and no timer stays. */
  close(): void {
    this.closed = true;
    for (const key of [...this.pending.keys()]) this.settle(key, undefined);
    this.disarmSweep();
    this.clock.clearTimeout(this.quietTimer);
    this.quietTimer = undefined;
    this.quiet = undefined;
  }

  private settle(key: string, m: Mapping | undefined): void {
    const p = this.pending.get(key);
    if (!p) return;
    this.pending.delete(key);
    if (this.pending.size === 0) this.disarmSweep();
    p.owner.answered(m);
  }

  private disarmSweep(): void {
    this.clock.clearTimeout(this.sweepTimer);
    this.sweepTimer = undefined;
  }

  private armSweep(): void {
    if (this.sweepTimer !== undefined) return;
    const first = this.pending.values().next();
    if (first.done) return;
    this.sweepTimer = this.clock.setTimeout(() => this.sweep(), Math.max(0, first.value.deadline - this.now()));
  }

  private sweep(): void {
    this.sweepTimer = undefined;
    const now = this.now();
    for (const [key, p] of this.pending) {
      if (p.deadline > now) break;
      this.expire(key, p);
    }
    this.armSweep();
  }

  private expire(key: string, p: Pending): void {
    this.pending.delete(key);
    this.noAnswer(p);
    p.owner.answered(undefined);
  }

  /**
   * A fleet of 10,000 devices whose STUN server is down must not write 10,000 lines a period:
   * the first unanswered request is logged (by its device), the rest are counted and summed up
   * once per window, for as long as requests keep going unanswered.
   */
  private noAnswer(p: Pending): void {
    if (this.quiet) {
      this.quiet.set(p.server, (this.quiet.get(p.server) ?? 0) + 1);
      return;
    }
    p.owner.log.warn(`STUN: no answer from ${p.server}`);
    this.openQuiet();
  }

  private openQuiet(): void {
    this.quiet = new Map();
    const ms = this.o.quietMs ?? 60_000;
    this.quietTimer = this.clock.setTimeout(() => {
      const missed = this.quiet;
      this.quiet = undefined;
      this.quietTimer = undefined;
      if (!missed || missed.size === 0 || this.closed) return;
      for (const [server, n] of missed)
        this.o.log.warn(
          `STUN: ${n} more Binding Request${n === 1 ? '' : 's'} to ${server} got no answer in the last ${Math.round(ms / 1000)} s`,
        );
      this.openQuiet();
    }, ms);
  }
}
