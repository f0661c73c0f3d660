import type { Clock } from '../cwmp/clock.ts';
import type { EventQueue } from '../cwmp/event-queue.ts';
import type { AgentStateDoc } from './agent-state.ts';

/**
 * ScheduleInform requests not yet due (TR-069 A.4.1.5), persisted as wall-clock times in the
 * agent's document: each one due queues "3 SCHEDULED" with its "M ScheduleInform".
 */
export class ScheduledInforms {
  constructor(
    private readonly state: AgentStateDoc,
    private readonly clock: Clock,
  ) {}

  add(delaySeconds: number, commandKey: string): void {
    this.state.value.scheduledInforms.push({ dueAt: this.clock.now() + delaySeconds * 1000, commandKey });
    this.state.save();
  }

  /** Queues the events of those due by `now`, and forgets them. */
  queueDue(now: number, events: EventQueue): void {
    const s = this.state.value;
    for (const x of s.scheduledInforms.filter((y) => y.dueAt <= now)) {
      events.add('3 SCHEDULED');
      events.add('M ScheduleInform', x.commandKey);
    }
    if (s.scheduledInforms.some((x) => x.dueAt <= now)) {
      s.scheduledInforms = s.scheduledInforms.filter((x) => x.dueAt > now);
      this.state.save();
    }
  }

  dueTimes(): number[] {
    return this.state.value.scheduledInforms.map((s) => s.dueAt);
  }

  /** The wall clock jumped: each keeps its remaining wait (they were asked for as waits). */
  shift(ms: number): void {
    const s = this.state.value;
    if (s.scheduledInforms.length === 0) return;
    for (const x of s.scheduledInforms) x.dueAt += ms;
    this.state.save();
  }

  /** A new ACS: the previous one's requests are not carried over (TR-069 3.7.1.5). */
  clear(): void {
    const s = this.state.value;
    if (s.scheduledInforms.length === 0) return;
    s.scheduledInforms = [];
    this.state.save();
  }
}
