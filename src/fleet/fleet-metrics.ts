import type { SessionReport } from '../agent/agent.ts';
import { FleetTimeline } from './fleet-timeline.ts';

/** Session-duration buckets (seconds) of the Prometheus histogram. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Recent sessions kept for the live percentiles. */
const RECENT = 8192;
/** Sessions per second are counted over this trailing window. */
const RATE_WINDOW_MS = 5_000;

export interface FleetSummary {
  devices: number;
  started: number;
  informed: number;
  sessions: { ok: number; failed: number; retries: number; faults: number; perSecond: number };
  sessionMs: { p50: number; p99: number; max: number };
  uptimeS: number;
  failureReasons: Record<string, number>;
  /** Events delivered, and faults answered or reported, by code. */
  events: Record<string, number>;
  faultCodes: Record<string, number>;
}

/**
 * What a fleet has done: devices started and informed, sessions by outcome, faults, retries and
 * session times. Feeds the live line, the exit summary and the Prometheus text.
 */
export class FleetMetrics {
  started = 0;
  informed = 0;
  ok = 0;
  failed = 0;
  retries = 0;
  faults = 0;
  private readonly recent = new Float64Array(RECENT);
  private recentCount = 0;
  private max = 0;
  private readonly buckets = new Array<number>(BUCKETS.length).fill(0);
  private sumS = 0;
  private readonly ends: number[] = [];
  private readonly reasons = new Map<string, number>();
  private readonly begun: number;
  /** The same, over time (the HTML report). */
  readonly timeline: FleetTimeline;

  constructor(
    readonly devices: number,
    private readonly now: () => number = Date.now,
  ) {
    this.begun = now();
    this.timeline = new FleetTimeline(now);
  }

  session(r: SessionReport): void {
    this.timeline.session(r);
    if (r.ok) this.ok += 1;
    else {
      this.failed += 1;
      // The reason without its variable parts (ports, ids), so that like failures add up.
      const key = (r.reason ?? 'unknown').replace(/[0-9]+/g, 'N').slice(0, 120);
      this.reasons.set(key, (this.reasons.get(key) ?? 0) + 1);
    }
    if (r.retry) this.retries += 1;
    this.faults += r.faults;
    this.recent[this.recentCount++ % RECENT] = r.ms;
    if (r.ms > this.max) this.max = r.ms;
    const s = r.ms / 1000;
    this.sumS += s;
    for (let i = 0; i < BUCKETS.length; i++) if (s <= BUCKETS[i]!) this.buckets[i]! += 1;
    const t = this.now();
    this.ends.push(t);
    if (this.ends.length > 4096 && this.ends[0]! < t - RATE_WINDOW_MS) this.trim(t);
  }

  private trim(t: number): void {
    let i = 0;
    while (i < this.ends.length && this.ends[i]! < t - RATE_WINDOW_MS) i++;
    this.ends.splice(0, i);
  }

  perSecond(): number {
    const t = this.now();
    this.trim(t);
    const span = Math.min(RATE_WINDOW_MS, Math.max(1, t - this.begun));
    return (this.ends.length * 1000) / span;
  }

  private percentile(p: number): number {
    const n = Math.min(this.recentCount, RECENT);
    if (n === 0) return 0;
    const xs = Array.from(this.recent.subarray(0, n)).sort((a, b) => a - b);
    return xs[Math.min(n - 1, Math.floor((p / 100) * n))]!;
  }

  summary(): FleetSummary {
    const r = (x: number): number => Math.round(x * 10) / 10;
    const { events, faults } = this.timeline.totals();
    return {
      devices: this.devices,
      started: this.started,
      informed: this.informed,
      sessions: {
        ok: this.ok,
        failed: this.failed,
        retries: this.retries,
        faults: this.faults,
        perSecond: r(this.perSecond()),
      },
      sessionMs: { p50: r(this.percentile(50)), p99: r(this.percentile(99)), max: r(this.max) },
      uptimeS: r((this.now() - this.begun) / 1000),
      failureReasons: Object.fromEntries([...this.reasons].sort((a, b) => b[1] - a[1]).slice(0, 20)),
      events,
      faultCodes: faults,
    };
  }

  /** The one-line live view. */
  line(): string {
    const s = this.summary();
    return `devices ${s.informed}/${s.devices} informed (${s.started} started) | ${s.sessions.perSecond} sessions/s | ok ${s.sessions.ok} failed ${s.sessions.failed} | faults ${s.sessions.faults} | retries ${s.sessions.retries} | p50 ${s.sessionMs.p50} ms p99 ${s.sessionMs.p99} ms`;
  }

  /** Prometheus text exposition format 0.0.4. */
  prometheus(): string {
    const out: string[] = [];
    const metric = (name: string, type: string, help: string, samples: [string, number][]): void => {
      out.push(
        `# HELP ${name} ${help}`,
        `# TYPE ${name} ${type}`,
        ...samples.map(([labels, v]) => `${name}${labels} ${v}`),
      );
    };
    metric('tr069_fleet_devices', 'gauge', 'Devices of this shard, by state.', [
      ['{state="configured"}', this.devices],
      ['{state="started"}', this.started],
      ['{state="informed"}', this.informed],
    ]);
    metric('tr069_fleet_sessions_total', 'counter', 'CWMP sessions, by outcome.', [
      ['{outcome="ok"}', this.ok],
      ['{outcome="failed"}', this.failed],
    ]);
    metric('tr069_fleet_session_retries_total', 'counter', 'Sessions that retried a failed one.', [['', this.retries]]);
    metric('tr069_fleet_faults_total', 'counter', 'CWMP faults the devices answered ACS requests with.', [
      ['', this.faults],
    ]);
    const { events, faults } = this.timeline.totals();
    const label = (v: string): string => v.replace(/["\\\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
    metric(
      'tr069_fleet_events_total',
      'counter',
      'Events the devices delivered in Informs, by code.',
      Object.entries(events).map(([code, n]) => [`{code="${label(code)}"}`, n]),
    );
    metric(
      'tr069_fleet_fault_codes_total',
      'counter',
      'Faults the devices answered (RPC) or reported (TransferComplete), by code.',
      Object.entries(faults).map(([key, n]) => {
        const [source = '', code = ''] = key.split(' ');
        return [`{source="${label(source)}",code="${label(code)}"}`, n];
      }),
    );
    const total = this.ok + this.failed;
    metric('tr069_fleet_session_duration_seconds', 'histogram', 'Wall time of a session.', [
      ...BUCKETS.map((b, i): [string, number] => [`_bucket{le="${b}"}`, this.buckets[i]!]),
      ['_bucket{le="+Inf"}', total],
      ['_sum', Math.round(this.sumS * 1e6) / 1e6],
      ['_count', total],
    ]);
    return `${out.join('\n')}\n`;
  }
}
