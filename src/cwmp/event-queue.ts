import { isEventCode, ruleOf, type Completion, type EventCode, type EventStruct } from './event-codes.ts';

/** Persisted form of the queue. */
export interface EventQueueState {
  events: { code: string; commandKey: string }[];
}

/**
 * The events waiting to be delivered in an Inform. Single events are kept once, multiple ones
 * once per CommandKey; each is removed only when the response that completes it arrives.
 */
export class EventQueue {
  private events: EventStruct[] = [];

  constructor(private readonly onChange: (state: EventQueueState) => void = () => {}) {}

  add(code: EventCode, commandKey = ''): void {
    const rule = ruleOf(code);
    const dup = this.events.some((e) => e.code === code && (!rule.multiple || e.commandKey === commandKey));
    if (dup) return;
    this.events.push({ code, commandKey });
    this.changed();
  }

  has(code: EventCode): boolean {
    return this.events.some((e) => e.code === code);
  }

  /** The events for the next Inform, BOOTSTRAP first as ACSs expect. */
  list(): EventStruct[] {
    return [...this.events].sort((a, b) => (a.code === '0 BOOTSTRAP' ? -1 : b.code === '0 BOOTSTRAP' ? 1 : 0));
  }

  get size(): number {
    return this.events.length;
  }

  /** The ACS acknowledged `delivered` with the given response: drop what that completes. */
  complete(delivered: readonly EventStruct[], by: Completion): void {
    const before = this.events.length;
    this.events = this.events.filter(
      (e) =>
        !(
          ruleOf(e.code).completion === by && delivered.some((d) => d.code === e.code && d.commandKey === e.commandKey)
        ),
    );
    if (this.events.length !== before) this.changed();
  }

  /** Drops transfer-completion events once their TransferComplete was acknowledged. */
  completeTransfer(commandKey: string): void {
    const before = this.events.length;
    this.events = this.events.filter((e) => {
      if (ruleOf(e.code).completion !== 'transfer-complete') return true;
      if (e.code === '7 TRANSFER COMPLETE') return false;
      return e.commandKey !== commandKey;
    });
    if (this.events.length !== before) this.changed();
  }

  /** Drops every event completed by this kind of CPE request (e.g. AutonomousTransferComplete). */
  completeBy(completion: Completion): void {
    this.filter((e) => ruleOf(e.code).completion !== completion);
  }

  /** A session failed: drop what must not be retried. */
  sessionFailed(): void {
    this.filter((e) => !ruleOf(e.code).discardOnFailure);
  }

  /** The agent (re)started: drop what a reboot makes stale. */
  rebooted(): void {
    this.filter((e) => !ruleOf(e.code).discardOnReboot);
  }

  /** Bootstrapping with a new ACS: what the previous one asked for is not reported (TR-069 3.7.1.5). */
  forNewAcs(): void {
    this.filter((e) => ruleOf(e.code).previousAcs !== true);
  }

  /** A factory reset: nothing from before it is delivered. */
  clear(): void {
    this.filter(() => false);
  }

  private filter(keep: (e: EventStruct) => boolean): void {
    const before = this.events.length;
    this.events = this.events.filter(keep);
    if (this.events.length !== before) this.changed();
  }

  restore(state: EventQueueState): void {
    this.events = state.events
      .filter((e) => isEventCode(e.code))
      .map((e) => ({ code: e.code as EventCode, commandKey: e.commandKey }));
  }

  state(): EventQueueState {
    return { events: this.events.map((e) => ({ code: e.code, commandKey: e.commandKey })) };
  }

  private changed(): void {
    this.onChange(this.state());
  }
}
