import type { Socket } from 'node:dgram';
import type { Logger } from '../log/logger.ts';
import { bindingRequest, mappedAddress } from './stun-binding.ts';

export interface StunSettings {
  server: { host: string; port: number } | undefined;
  username: string;
  password: string;
  minPeriodS: number;
  maxPeriodS: number;
}

export interface Mapping {
  address: string;
  port: number;
}

/**
 * The TR-111 part 2 keep-alive: Binding Requests from the UDP connection-request port to the
 * STUN server, spaced between STUNMinimumKeepAlivePeriod and STUNMaximumKeepAlivePeriod, so the
 * NAT keeps the mapping the ACS sends UDP connection requests to.
 */
export class StunKeepAlive {
  private timer: NodeJS.Timeout | undefined;
  private pending: { id: Buffer; resolve: (m: Mapping | undefined) => void } | undefined;
  private last: Mapping | undefined;
  private stopped = false;

  constructor(
    private readonly opts: {
      socket: Socket;
      settings(): Promise<StunSettings>;
      onMapping(m: Mapping, changed: boolean): void | Promise<void>;
      log: Logger;
      random?: () => number;
      responseTimeoutMs?: number;
    },
  ) {}

  /** Offered every datagram the UDP port gets that is not a connection request. */
  handleDatagram(msg: Buffer): boolean {
    if (!this.pending) return false;
    const m = mappedAddress(msg, this.pending.id);
    if (!m) return false;
    this.pending.resolve(m);
    this.pending = undefined;
    return true;
  }

  start(): void {
    this.stopped = false;
    void this.round();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.pending?.resolve(undefined);
  }

  /** One Binding Request; resolves with the mapping, or undefined after the timeout. */
  async bind(s: StunSettings): Promise<Mapping | undefined> {
    if (!s.server) return undefined;
    const { bytes, transactionId } = bindingRequest({
      bindingChange: this.changedSinceLast,
      username: s.username || undefined,
      password: s.username ? s.password : undefined,
    });
    const answer = new Promise<Mapping | undefined>((resolve) => {
      this.pending = { id: transactionId, resolve };
      setTimeout(() => resolve(undefined), this.opts.responseTimeoutMs ?? 2000).unref();
    });
    this.opts.socket.send(bytes, s.server.port, s.server.host);
    return answer;
  }

  private changedSinceLast = false;

  private async round(): Promise<void> {
    if (this.stopped) return;
    const s = await this.opts.settings();
    const m = await this.bind(s);
    if (m) {
      const changed = this.last !== undefined && (m.address !== this.last.address || m.port !== this.last.port);
      // TR-111 2.2.1: the first request after the mapping changed carries BINDING-CHANGE.
      this.changedSinceLast = changed;
      if (changed || !this.last) await this.opts.onMapping(m, changed);
      this.last = m;
    } else if (s.server) {
      this.opts.log.warn(`STUN: no answer from ${s.server.host}:${s.server.port}`);
    }
    if (this.stopped) return;
    const min = Math.max(1, s.minPeriodS);
    const max = Math.max(min, s.maxPeriodS > 0 ? s.maxPeriodS : min);
    const wait = (min + (max - min) * (this.opts.random ?? Math.random)()) * 1000;
    this.timer = setTimeout(() => void this.round(), wait);
    this.timer.unref();
  }
}
