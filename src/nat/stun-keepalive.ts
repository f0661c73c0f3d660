import { systemClock, type Clock } from '../cwmp/clock.ts';
import type { Logger } from '../log/logger.ts';
import { bindingRequest } from './stun-binding.ts';
import type { Mapping, StunRequester, StunTransactions } from './stun-transactions.ts';

export type { Mapping } from './stun-transactions.ts';

export interface StunSettings {
  server: { host: string; port: number } | undefined;
  username: string;
  password: string;
  minPeriodS: number;
  maxPeriodS: number;
}

/** The device a keep-alive runs for: its settings, read each round, and where a mapping goes. */
export interface StunDevice {
  stunSettings(): Promise<StunSettings>;
  stunMapped(m: Mapping, changed: boolean): void | Promise<void>;
}

export interface StunKeepAliveDeps {
  /** The STUN side of the UDP connection-request socket: an agent's own, or a fleet's shared one. */
  transactions: StunTransactions;
  log: Logger;
  /** A fleet's timer heap carries every device's rounds; one agent uses the system clock. */
  clock?: Clock;
  random?: () => number;
}

/**
 * The TR-111 part 2 keep-alive of one device: Binding Requests from the UDP connection-request
 * port to the STUN server, spaced between STUNMinimumKeepAlivePeriod and
 * STUNMaximumKeepAlivePeriod, so the NAT keeps the mapping the ACS sends UDP connection requests
 * to. Its state is a few fields; the device and the shared parts are references.
 */
export class StunKeepAlive implements StunRequester {
  private timer: unknown;
  /** The transaction in flight, and the round waiting for it. */
  private inFlight: string | undefined;
  private waiting: ((m: Mapping | undefined) => void) | undefined;
  private last: Mapping | undefined;
  private changedSinceLast = false;
  private stopped = true;
  private failedOnce = false;
  readonly log: Logger;

  constructor(
    private readonly device: StunDevice,
    private readonly deps: StunKeepAliveDeps,
  ) {
    this.log = deps.log;
  }

  private get clock(): Clock {
    return this.deps.clock ?? systemClock;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.round();
  }

  stop(): void {
    this.stopped = true;
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight !== undefined) this.deps.transactions.cancel(this.inFlight);
  }

  answered(m: Mapping | undefined): void {
    const w = this.waiting;
    this.waiting = undefined;
    this.inFlight = undefined;
    w?.(m);
  }

  /** One Binding Request; resolves with the mapping, or undefined when it went unanswered. */
  bind(s: StunSettings): Promise<Mapping | undefined> {
    const server = s.server;
    if (!server) return Promise.resolve(undefined);
    const { bytes, transactionId } = bindingRequest({
      // TR-111 2.2.1: the first request after the mapping changed carries BINDING-CHANGE.
      bindingChange: this.changedSinceLast,
      username: s.username || undefined,
      password: s.username ? s.password : undefined,
    });
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.inFlight = this.deps.transactions.send(bytes, transactionId, server, this);
    });
  }

  private async round(): Promise<void> {
    this.timer = undefined;
    if (this.stopped) return;
    let s: StunSettings | undefined;
    try {
      s = await this.device.stunSettings();
      const m = this.stopped ? undefined : await this.bind(s);
      if (m && !this.stopped) {
        const first = this.last === undefined;
        const changed = !first && (m.address !== this.last!.address || m.port !== this.last!.port);
        this.changedSinceLast = changed;
        this.last = m;
        if (first || changed) await this.device.stunMapped(m, changed);
      }
    } catch (e) {
      // Settings that cannot be used (say a ManagementServer.URL that is no URL) stay so round
      // after round: said once per keep-alive, not once a period.
      if (!this.failedOnce) this.log.warn(`STUN: ${(e as Error).message}`);
      this.failedOnce = true;
    }
    if (this.stopped) return;
    const min = Math.max(1, s?.minPeriodS ?? 1);
    const max = Math.max(min, s && s.maxPeriodS > 0 ? s.maxPeriodS : min);
    const wait = (min + (max - min) * (this.deps.random ?? Math.random)()) * 1000;
    this.timer = this.clock.setTimeout(() => void this.round(), wait);
  }
}
