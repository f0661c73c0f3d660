import type { SessionReport } from '../agent/agent.ts';
import { binnedPercentile, LATENCY_BINS, LATENCY_BOUNDS, latencyBin } from './latency-bins.ts';

/** Intervals kept at most: past this, neighbours merge and the interval doubles (any run stays bounded). */
const MAX_INTERVALS = 512;

interface Interval {
  ok: number;
  failed: number;
  retries: number;
  latency: Uint32Array;
  events: Map<string, number>;
  faults: Map<string, number>;
  /** Devices per SoftwareVersion, as last sampled in this interval. */
  versions?: Record<string, number>;
}

/** One interval of the timeline as plain data (the report's and the summary's input). */
export interface TimelineSample {
  /** Seconds from the start of the run to the start of the interval. */
  t: number;
  ok: number;
  failed: number;
  retries: number;
  p50: number;
  p90: number;
  p99: number;
  events: Record<string, number>;
  faults: Record<string, number>;
  versions?: Record<string, number>;
}

export interface TimelineData {
  /** Wall-clock start of the run (ms since the epoch) and the interval's length. */
  startedAt: number;
  intervalS: number;
  samples: TimelineSample[];
  /** Every session's time: bin upper bounds (ms) and counts, the last bin unbounded. */
  latency: { bounds: readonly number[]; counts: number[] };
  events: Record<string, number>;
  faults: Record<string, number>;
}

const empty = (): Interval => ({
  ok: 0,
  failed: 0,
  retries: 0,
  latency: new Uint32Array(LATENCY_BINS),
  events: new Map(),
  faults: new Map(),
});

const add = (into: Map<string, number>, key: string, n = 1): void => void into.set(key, (into.get(key) ?? 0) + n);
const sorted = (m: Map<string, number>): Record<string, number> =>
  Object.fromEntries([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/**
 * The fleet's metrics over time, in bounded per-interval buckets: sessions ok, failed and
 * retried, session-time bins (percentiles), events by code, faults by code and the devices per
 * firmware version. Starts at 1 s intervals; when more than 512 are kept, pairs merge and the
 * interval doubles, so a day-long run costs what a ten-minute one does.
 */
export class FleetTimeline {
  private intervals: Interval[] = [];
  private intervalMs: number;
  private readonly begun: number;
  private readonly totalLatency = new Uint32Array(LATENCY_BINS);
  private readonly totalEvents = new Map<string, number>();
  private readonly totalFaults = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    intervalMs = 1000,
  ) {
    this.begun = now();
    this.intervalMs = intervalMs;
  }

  private current(): Interval {
    let i = Math.floor((this.now() - this.begun) / this.intervalMs);
    while (i >= MAX_INTERVALS) {
      this.halve();
      i = Math.floor((this.now() - this.begun) / this.intervalMs);
    }
    while (this.intervals.length <= i) this.intervals.push(empty());
    return this.intervals[i]!;
  }

  private halve(): void {
    const merged: Interval[] = [];
    for (let i = 0; i < this.intervals.length; i += 2) {
      const a = this.intervals[i]!;
      const b = this.intervals[i + 1];
      if (!b) {
        merged.push(a);
        continue;
      }
      const m: Interval = { ...empty(), ok: a.ok + b.ok, failed: a.failed + b.failed, retries: a.retries + b.retries };
      for (let k = 0; k < LATENCY_BINS; k++) m.latency[k] = a.latency[k]! + b.latency[k]!;
      for (const x of [a, b]) {
        for (const [code, n] of x.events) add(m.events, code, n);
        for (const [code, n] of x.faults) add(m.faults, code, n);
      }
      const versions = b.versions ?? a.versions;
      if (versions) m.versions = versions;
      merged.push(m);
    }
    this.intervals = merged;
    this.intervalMs *= 2;
  }

  session(r: SessionReport): void {
    const c = this.current();
    if (r.ok) c.ok += 1;
    else c.failed += 1;
    if (r.retry) c.retries += 1;
    const bin = latencyBin(r.ms);
    c.latency[bin]! += 1;
    this.totalLatency[bin]! += 1;
    for (const code of r.events ?? []) {
      add(c.events, code);
      add(this.totalEvents, code);
    }
  }

  /** A fault a device answered with or reported, keyed by where and its code (e.g. 'RPC 9003'). */
  fault(key: string): void {
    add(this.current().faults, key);
    add(this.totalFaults, key);
  }

  /** Devices per SoftwareVersion now (sampled by whoever can read the devices). */
  versions(counts: Record<string, number>): void {
    this.current().versions = counts;
  }

  /** Events and faults by code over the whole run (cheap: no per-interval work). */
  totals(): { events: Record<string, number>; faults: Record<string, number> } {
    return { events: sorted(this.totalEvents), faults: sorted(this.totalFaults) };
  }

  data(): TimelineData {
    this.current(); // the intervals up to now, even if nothing happened lately
    return {
      startedAt: this.begun,
      intervalS: this.intervalMs / 1000,
      samples: this.intervals.map((x, i) => ({
        t: (i * this.intervalMs) / 1000,
        ok: x.ok,
        failed: x.failed,
        retries: x.retries,
        p50: binnedPercentile(x.latency, 50),
        p90: binnedPercentile(x.latency, 90),
        p99: binnedPercentile(x.latency, 99),
        events: sorted(x.events),
        faults: sorted(x.faults),
        ...(x.versions ? { versions: x.versions } : {}),
      })),
      latency: { bounds: LATENCY_BOUNDS, counts: Array.from(this.totalLatency) },
      ...this.totals(),
    };
  }
}
