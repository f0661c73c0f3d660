import type { Clock } from '../cwmp/clock.ts';
import { WallClockWatch } from '../cwmp/clock-watch.ts';
import type { CpeRequestSource } from '../cwmp/cpe-requests.ts';
import type { EventQueue } from '../cwmp/event-queue.ts';
import { nextPeriodicInform } from '../cwmp/periodic-schedule.ts';
import { retryDelayMs } from '../cwmp/retry-policy.ts';
import type { RpcDispatch } from '../cwmp/rpc/dispatch.ts';
import { runSession, type SessionConnection, type SessionOutcome } from '../cwmp/session.ts';
import type { DataModel } from '../datamodel/tree.ts';
import type { Logger } from '../log/logger.ts';
import type { Value } from '../schema/values.ts';
import type { AgentObserver } from './agent-options.ts';
import type { AgentStateDoc } from './agent-state.ts';
import type { Lifecycle } from './component.ts';
import { localAddressTowards } from './local-address.ts';
import { ScheduledInforms } from './scheduled-informs.ts';
import type { StateWriter } from './state-writer.ts';

export interface SessionLoopOptions {
  tree: DataModel;
  root: string;
  events: EventQueue;
  dispatcher: RpcDispatch;
  state: AgentStateDoc;
  writer: StateWriter;
  lifecycle: Lifecycle<string>;
  /** The CPE's own requests, drained in this order in every session. */
  requests: readonly CpeRequestSource[];
  /** The start-up ACS URL, while ManagementServer.URL has no value. */
  acsUrl: string;
  connect(url: string, username: string | undefined, password: string | undefined): SessionConnection;
  maxMessageBytes: number;
  sessionTimeoutS?: number | undefined;
  observer?: AgentObserver | undefined;
  /** See AgentOptions.sessionSlot. */
  sessionSlot?: (() => Promise<(() => void) | undefined>) | undefined;
  log: Logger;
  clock: Clock;
  random: () => number;
}

type Succeeded = Extract<SessionOutcome, { ok: true }>;

/**
 * When the agent opens a session and what follows it (TR-069 3.7): on boot, periodic and
 * scheduled Informs, active notifications and connection requests; after a failure by the retry
 * back-off (3.2.1.1); after a success the session's deferred work, a new ACS URL, then every
 * component's after-session phase.
 */
export class SessionLoop {
  readonly scheduled: ScheduledInforms;
  private readonly clockWatch: WallClockWatch;
  private timer: unknown;
  private running = false;
  private busy = false;
  private again = false;
  /** A connection request was accepted while a session ran: one more session follows it. */
  private requestedDuringSession = false;
  private lastInform = 0;
  /** When the next periodic Inform is due, as planned after the last session. */
  private periodicDue: number | undefined;
  /** A failed session is retried even when no event is left to deliver. */
  private retryPending = false;
  private stopped = false;
  private ticking: Promise<void> = Promise.resolve();
  /** Ends the wait for a session slot (stop): a device powered off is not held by the queue. */
  private stopWaiting: (() => void) | undefined;
  private lastActiveSession = 0;

  constructor(private readonly o: SessionLoopOptions) {
    this.clockWatch = new WallClockWatch(o.clock);
    this.scheduled = new ScheduledInforms(o.state, o.clock);
  }

  private async value(rel: string): Promise<Value | undefined> {
    return this.o.tree.readInternal(`${this.o.root}${rel}`).catch(() => undefined);
  }

  /** The ACS URL in force: ManagementServer.URL (the ACS and local control may change it). */
  private async acsUrl(): Promise<string> {
    return String((await this.value('ManagementServer.URL')) ?? this.o.acsUrl);
  }

  /** Takes requests from now on: active notifications, connection requests, triggers. */
  open(): void {
    this.o.tree.changes.onActive(() => void this.activeChange());
    this.running = true;
  }

  /** No session starts after this; `idle()` waits for the one running. */
  stop(): void {
    this.stopped = true;
    this.running = false;
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    this.stopWaiting?.();
  }

  /**
   * A turn from the host's session slots; undefined when the loop stopped while it waited (the
   * turn, when it comes, is passed on at once) or when the host gives none (shutting down).
   */
  private slot(): Promise<(() => void) | undefined> {
    const ask = this.o.sessionSlot!;
    return new Promise((resolve) => {
      let waiting = true;
      this.stopWaiting = () => {
        waiting = false;
        resolve(undefined);
      };
      void ask().then((release) => {
        this.stopWaiting = undefined;
        if (waiting) resolve(release);
        else release?.();
      });
    });
  }

  idle(): Promise<void> {
    return this.ticking;
  }

  /**
   * A new ACS (TR-069 3.2.1, 3.7.1.5): the URL differs from the one last bootstrapped and no
   * BOOTSTRAP is pending yet. What the previous ACS asked for is dropped, never reported to the
   * new one (its events, TransferCompletes, queued transfers, ScheduleInforms), and the next
   * session carries "0 BOOTSTRAP". True when that happened.
   */
  async followAcsUrl(): Promise<boolean> {
    const url = await this.acsUrl();
    const s = this.o.state;
    if (url === s.value.bootstrappedUrl || this.o.events.has('0 BOOTSTRAP')) return false;
    if (s.value.bootstrappedUrl !== undefined) {
      this.o.log.info(
        `agent: ManagementServer.URL is now ${url}: bootstrapping with the new ACS, dropping what the previous one asked for`,
      );
      this.o.events.forNewAcs();
      this.o.lifecycle.newAcs();
      this.scheduled.clear();
    }
    this.o.events.add('0 BOOTSTRAP');
    return true;
  }

  /** Local control changed the tree: a new ACS URL bootstraps at once (TR-069 3.2.1); during a session, after it. */
  async localChange(): Promise<void> {
    if (!this.running || this.busy) return;
    if (await this.followAcsUrl()) this.trigger('ACS URL changed');
  }

  /** Asks for a session as soon as possible (connection request, active notification). */
  trigger(reason: string): void {
    if (!this.running) return;
    this.o.log.debug(`agent: session requested (${reason})`);
    if (this.busy) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /**
   * An active notification starts a session soon, but not sooner than
   * ManagementServer.DefaultActiveNotificationThrottle seconds after the last one it started.
   */
  private async activeChange(): Promise<void> {
    const throttle = Number((await this.value('ManagementServer.DefaultActiveNotificationThrottle')) ?? 0) * 1000;
    const wait = this.lastActiveSession + throttle - this.o.clock.now();
    if (wait > 0 && !this.busy) {
      this.schedule(wait);
      return;
    }
    this.lastActiveSession = this.o.clock.now();
    this.o.events.add('4 VALUE CHANGE');
    this.trigger('active notification');
  }

  connectionRequest(): void {
    // TR-069 3.2.2: an accepted request must lead to a session. The running one may be past the
    // ACS's last request, so a new session follows it; more requests meanwhile add no other.
    if (this.busy) {
      if (!this.requestedDuringSession)
        this.o.log.info('agent: connection request during a session; a new session follows it');
      this.requestedDuringSession = true;
      return;
    }
    this.o.events.add('6 CONNECTION REQUEST');
    this.trigger('connection request');
  }

  schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    this.timer = this.o.clock.setTimeout(() => {
      this.ticking = this.tick().catch((e: unknown) => {
        // A failure here (e.g. ENOSPC writing state) must not take the agent down: retry later.
        this.busy = false;
        this.o.log.error(`agent: ${(e as Error).message}`);
        if (!this.stopped) this.schedule(60_000);
      });
    }, ms);
  }

  /** Wall-clock deadlines move with a jump of the clock: they were asked for as waits. */
  followClockJump(): void {
    const jump = this.clockWatch.jump();
    if (jump === 0) return;
    this.o.log.warn(
      `agent: the wall clock jumped ${jump > 0 ? 'forwards' : 'backwards'} by ${Math.round(Math.abs(jump) / 1000)} s; scheduled Informs and transfers keep their remaining waits`,
    );
    this.scheduled.shift(jump);
    // Timers are monotonic: wake-ups planned before the jump still come after the same wait.
    this.o.lifecycle.clockJumped(jump);
  }

  private async tick(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.o.writer.flush(); // state a full disk kept from being saved
    this.followClockJump();
    const { events, clock } = this.o;
    const now = clock.now();
    if (this.periodicDue !== undefined && this.periodicDue <= now + 50) {
      events.add('2 PERIODIC');
      this.periodicDue = undefined;
    }
    // Pending value changes travel with "4 VALUE CHANGE" (TR-069 3.7.1.5).
    if (this.o.tree.changes.list().length > 0) events.add('4 VALUE CHANGE');
    this.scheduled.queueDue(now, events);
    if (events.size === 0 && !this.retryPending) return this.planNext();
    this.busy = true;
    const release = this.o.sessionSlot ? await this.slot() : undefined;
    let session: Awaited<ReturnType<SessionLoop['session']>>;
    try {
      if (this.o.sessionSlot && (release === undefined || this.stopped)) {
        this.busy = false;
        return;
      }
      session = await this.session();
    } finally {
      release?.();
    }
    const { outcome, url, startedAt, retry } = session;
    this.lastInform = clock.now();
    this.busy = false;
    const requested = this.requestedDuringSession;
    this.requestedDuringSession = false;
    this.o.observer?.sessionEnded({
      ok: outcome.ok,
      ms: performance.now() - startedAt,
      faults: outcome.faults,
      retry,
      events: (outcome.delivered ?? []).map((e) => e.code),
      ...(outcome.transferFaults.length > 0 ? { transferFaults: outcome.transferFaults } : {}),
      ...(outcome.ok ? {} : { reason: outcome.reason }),
    });
    return outcome.ok ? this.succeeded(outcome, url, requested) : this.failed(requested);
  }

  /** One session to the ACS: its components told first, then the CWMP exchange. */
  private async session(): Promise<{ outcome: SessionOutcome; url: string; startedAt: number; retry: boolean }> {
    const { events, clock } = this.o;
    const url = await this.acsUrl();
    let local: Promise<string | undefined> | undefined;
    // The kernel's choice of local address is asked only for what has no configured host.
    await this.o.lifecycle.beforeSession({ acsUrl: url, localAddress: () => (local ??= localAddressTowards(url)) });
    const user = (await this.value('ManagementServer.Username')) as string | undefined;
    const pass = (await this.value('ManagementServer.Password')) as string | undefined;
    const startedAt = performance.now();
    const retry = this.retryPending;
    const outcome = await runSession({
      tree: this.o.tree,
      root: this.o.root,
      events,
      dispatcher: this.o.dispatcher,
      connect: () => this.o.connect(url, user || undefined, pass || undefined),
      requests: this.o.requests,
      log: this.o.log,
      maxMessageBytes: this.o.maxMessageBytes,
      retryCount: this.o.state.value.retryCount,
      ...(this.o.sessionTimeoutS !== undefined ? { sessionTimeoutS: this.o.sessionTimeoutS } : {}),
      now: () => new Date(clock.now()),
    });
    return { outcome, url, startedAt, retry };
  }

  private async succeeded(outcome: Succeeded, url: string, requested: boolean): Promise<void> {
    const { events, state } = this.o;
    this.retryPending = false;
    events.complete(
      outcome.delivered.filter((e) => e.code === '0 BOOTSTRAP'),
      'inform',
    );
    // Queued as a request arriving now would be: the check below opens its session at once.
    if (requested) events.add('6 CONNECTION REQUEST');
    // The session bootstrapped this URL only if it carried BOOTSTRAP (a URL set by local
    // control just before it did not); a URL the ACS set during it is followed below.
    const bootstrapped = outcome.delivered.some((e) => e.code === '0 BOOTSTRAP') ? url : state.value.bootstrappedUrl;
    if (state.value.retryCount !== 0 || state.value.bootstrappedUrl !== bootstrapped) {
      state.value.retryCount = 0;
      state.value.bootstrappedUrl = bootstrapped;
      state.save();
    }
    for (const task of outcome.afterSession) {
      try {
        await task();
      } catch (e) {
        this.o.log.error(`agent: after-session task failed: ${(e as Error).message}`);
      }
    }
    // The ACS moved the device to another ACS (TR-069 3.2.1): before any queued transfer of
    // the old one starts (the after-session phase), and the BOOTSTRAP session follows at once.
    const moved = await this.followAcsUrl();
    await this.o.lifecycle.run('afterSession');
    if (moved) return this.schedule(0);
    // Events the ACS refused (a Fault to their CPE request) ride with the next session; they
    // alone must not loop sessions.
    if (this.again || events.list().some((e) => !outcome.refused.includes(e.code))) {
      this.again = false;
      return this.schedule(0);
    }
    return this.planNext();
  }

  private async failed(requested: boolean): Promise<void> {
    const { events, state } = this.o;
    events.sessionFailed();
    this.retryPending = true;
    state.value.retryCount += 1;
    state.save();
    if (requested) {
      // After sessionFailed, which drops "6 CONNECTION REQUEST": the ACS asked for this session
      // after the failed one began, as a request arriving now would start one at once.
      events.add('6 CONNECTION REQUEST');
      return this.schedule(0);
    }
    const m = Number((await this.value('ManagementServer.CWMPRetryMinimumWaitInterval')) ?? 5) || 5;
    const k = Number((await this.value('ManagementServer.CWMPRetryIntervalMultiplier')) ?? 2000) || 2000;
    const wait = retryDelayMs(state.value.retryCount, this.o.random, { minimumWaitSeconds: m, intervalMultiplier: k });
    this.o.log.info(`agent: retry ${state.value.retryCount} in ${Math.round(wait / 1000)} s`);
    this.schedule(wait);
  }

  private async nextPeriodicAt(): Promise<number | undefined> {
    if ((await this.value('ManagementServer.PeriodicInformEnable')) !== true) return undefined;
    const interval = Number((await this.value('ManagementServer.PeriodicInformInterval')) ?? 0);
    if (!(interval > 0)) return undefined;
    const time = String((await this.value('ManagementServer.PeriodicInformTime')) ?? '');
    return nextPeriodicInform(this.o.clock.now(), this.lastInform || this.o.clock.now(), interval, time);
  }

  private async planNext(): Promise<void> {
    this.followClockJump();
    const now = this.o.clock.now();
    const candidates = this.scheduled.dueTimes();
    const periodic = await this.nextPeriodicAt();
    this.periodicDue = periodic;
    if (periodic !== undefined) candidates.push(periodic);
    if (candidates.length === 0) return;
    this.schedule(Math.max(0, Math.min(...candidates) - now));
  }
}
