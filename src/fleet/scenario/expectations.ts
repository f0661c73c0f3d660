/**
 * Judges a run by its scenario's expectations: counts sessions, events, faults and RetryCounts
 * in each expectation's window as they happen, reads the devices' parameters on each tick, and
 * decides each expectation as early as its outcome is certain (a count that can only grow has
 * passed '>= N' once it reaches N) or else at its deadline or the end of the run.
 */
import type { DeviceTracker, FaultSeen, SessionSeen } from '../device-tracker.ts';
import { binnedPercentile, LATENCY_BINS, latencyBin } from '../latency-bins.ts';
import type { Expectation, Selector, TimeRef } from './scenario-types.ts';
import { compare, formatComparison } from './scenario-values.ts';
import { streamOf } from './seeded.ts';

export type VerdictStatus = 'pass' | 'fail' | 'pending';

export interface Verdict {
  name: string;
  wanted: string;
  got: string;
  status: VerdictStatus;
  /** Seconds from the start of the run when it was decided. */
  atS?: number;
}

export interface JudgeContext {
  startedAt: number;
  now(): number;
  /** When a step ended (ms since the epoch), once it has. */
  stepEnded(name: string): number | undefined;
  select(s: Selector, stream: number): number[];
  serial(n: number): string;
  /** A running device's value as its wire string; undefined when it is off or has no such parameter. */
  read(serial: string, path: string): Promise<string | undefined>;
}

/** '850 ms', '12.5 s', '4 min 12 s'. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${Math.round(ms / 100) / 10} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
}

const pct = (x: number): string => `${Math.round(x * 10_000) / 100}%`;

function describeRef(r: TimeRef): string {
  return 'atMs' in r ? formatDuration(r.atMs) : `${r.step} ends${r.waitMs ? ` + ${formatDuration(r.waitMs)}` : ''}`;
}

interface State {
  e: Expectation;
  status: VerdictStatus;
  got: string;
  atS?: number;
  /** Counters of the window (by kind). */
  count: number;
  ok: number;
  failed: number;
  retries: number;
  worst?: string;
  bins: Uint32Array | undefined;
  members: Set<number> | undefined;
}

export class Judge {
  private readonly states: State[];

  constructor(
    expectations: readonly Expectation[],
    private readonly ctx: JudgeContext,
    tracker: DeviceTracker,
  ) {
    this.states = expectations.map((e) => ({
      e,
      status: 'pending',
      got: '',
      count: 0,
      ok: 0,
      failed: 0,
      retries: 0,
      bins: e.kind === 'session-ms' ? new Uint32Array(LATENCY_BINS) : undefined,
      members: undefined,
    }));
    tracker.onSession((s) => this.session(s));
    tracker.onFault((f) => this.fault(f));
  }

  private at(r: TimeRef | undefined): number | undefined {
    if (r === undefined) return this.ctx.startedAt;
    if ('atMs' in r) return this.ctx.startedAt + r.atMs;
    const end = this.ctx.stepEnded(r.step);
    return end === undefined ? undefined : end + r.waitMs;
  }

  private inWindow(s: State, t: number): boolean {
    const from = this.at(s.e.from);
    return from !== undefined && t >= from;
  }

  private members(s: State, select: Selector, i: number): Set<number> {
    s.members ??= new Set(this.ctx.select(select, streamOf(`expect ${i}`)));
    return s.members;
  }

  private decide(s: State, status: 'pass' | 'fail', got: string): void {
    s.status = status;
    s.got = got;
    s.atS = Math.round((this.ctx.now() - this.ctx.startedAt) / 100) / 10;
  }

  /** A count that only grows: decided once it reaches a '>=' or passes a '<=' bound. */
  private counted(s: State, value: number, got: string): void {
    s.got = got;
    const c = 'compare' in s.e ? s.e.compare : undefined;
    if (!c || s.status !== 'pending') return;
    if ((c.op === '>=' || c.op === '>') && compare(c, value)) this.decide(s, 'pass', got);
    if ((c.op === '<=' || c.op === '<' || c.op === '==') && c.value < value) this.decide(s, 'fail', got);
  }

  private session(x: SessionSeen): void {
    this.states.forEach((s, i) => {
      if (s.status !== 'pending' || !this.inWindow(s, x.at)) return;
      const e = s.e;
      if (e.kind === 'retry-count') {
        if (x.report.ok || !this.members(s, e.select, i).has(x.n) || x.retryCount <= s.count) return;
        s.count = x.retryCount;
        s.worst = x.serial;
        this.counted(s, s.count, `${s.count} (${x.serial})`);
      } else if (e.kind === 'events') {
        const n = (x.report.events ?? []).filter((c) => c === e.code).length;
        if (n > 0) this.counted(s, (s.count += n), String(s.count));
      } else if (e.kind === 'sessions') {
        if (x.report.ok) s.ok += 1;
        else s.failed += 1;
        if (x.report.retry) s.retries += 1;
        if (e.field !== 'failed-share')
          this.counted(s, s[e.field === 'retries' ? 'retries' : e.field], String(s[e.field]));
      } else if (e.kind === 'session-ms') {
        s.bins![latencyBin(x.report.ms)]! += 1;
      }
    });
  }

  private fault(f: FaultSeen): void {
    for (const s of this.states)
      if (s.status === 'pending' && s.e.kind === 'faults' && s.e.code === f.code && this.inWindow(s, f.at))
        this.counted(s, (s.count += 1), String(s.count));
  }

  /** Checks parameter expectations (each second): passed once reached, failed at their deadline. */
  async tick(final = false): Promise<void> {
    const now = this.ctx.now();
    for (const [i, s] of this.states.entries()) {
      const e = s.e;
      if (s.status !== 'pending' || e.kind !== 'parameter') continue;
      const deadline = e.within ? this.at(e.within) : undefined;
      if (!final && e.within === undefined) continue;
      const members = [...this.members(s, e.select, i)];
      let equal = 0;
      for (const n of members) if ((await this.ctx.read(this.ctx.serial(n), e.parameter)) === e.equals) equal += 1;
      const share = members.length > 0 ? equal / members.length : 0;
      const got = `${pct(share)} (${equal} of ${members.length})`;
      s.got = got;
      if (compare(e.share, share)) this.decide(s, 'pass', got);
      else if (final || (deadline !== undefined && now >= deadline)) this.decide(s, 'fail', got);
    }
  }

  /** The end of the run: every pending expectation is decided on what was seen. */
  async finish(): Promise<void> {
    await this.tick(true);
    for (const s of this.states) {
      const e = s.e;
      if (s.status !== 'pending' || e.kind === 'parameter') continue; // decided by the final tick
      if (this.at(e.from) === undefined && e.from && 'step' in e.from) {
        this.decide(s, 'fail', `never measured: step '${e.from.step}' did not end`);
        continue;
      }
      let value: number;
      let got: string;
      switch (e.kind) {
        case 'sessions': {
          const total = s.ok + s.failed;
          value =
            e.field === 'failed-share'
              ? total > 0
                ? s.failed / total
                : 0
              : s[e.field === 'retries' ? 'retries' : e.field];
          got = e.field === 'failed-share' ? `${pct(value)} (${s.failed} of ${total})` : String(value);
          break;
        }
        case 'session-ms':
          value = binnedPercentile(s.bins!, e.percentile);
          got = `${value} ms`;
          break;
        case 'retry-count':
          value = s.count;
          got = s.worst ? `${s.count} (${s.worst})` : '0';
          break;
        default:
          value = s.count;
          got = String(s.count);
      }
      this.decide(s, compare(e.compare, value) ? 'pass' : 'fail', got);
    }
  }

  /** The earliest deadline of a parameter expectation still pending (ms since the epoch), if any. */
  nextDeadline(): number | undefined {
    let next: number | undefined;
    for (const s of this.states) {
      if (s.status !== 'pending' || s.e.kind !== 'parameter' || !s.e.within) continue;
      const at = this.at(s.e.within);
      if (at !== undefined && (next === undefined || at < next)) next = at;
    }
    return next;
  }

  decided(): boolean {
    return this.states.every((s) => s.status !== 'pending');
  }

  passed(): boolean {
    return this.states.every((s) => s.status === 'pass');
  }

  verdicts(): Verdict[] {
    return this.states.map((s) => ({
      name: s.e.name,
      wanted: wanted(s.e),
      got: s.got || '—',
      status: s.status,
      ...(s.atS !== undefined ? { atS: s.atS } : {}),
    }));
  }
}

function wanted(e: Expectation): string {
  const from = e.from ? ` from ${describeRef(e.from)}` : '';
  switch (e.kind) {
    case 'parameter':
      return `${formatComparison(e.share)} of devices with ${e.parameter} = ${e.equals}${e.within ? ` by ${describeRef(e.within)}` : ' at the end'}`;
    case 'retry-count':
      return `RetryCount ${formatComparison(e.compare)}${from}`;
    case 'events':
      return `${formatComparison(e.compare)} '${e.code}' events${from}`;
    case 'faults':
      return `${formatComparison(e.compare)} faults ${e.code}${from}`;
    case 'sessions':
      return `sessions ${e.field} ${formatComparison(e.compare)}${from}`;
    case 'session-ms':
      return `session time p${e.percentile} ${formatComparison(e.compare)} ms${from}`;
  }
}
