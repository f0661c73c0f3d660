import { describe, expect, it } from 'vitest';
import { FleetMetrics } from '../../src/fleet/fleet-metrics.ts';

describe('FleetMetrics', () => {
  it('counts sessions, faults and retries, and gives percentiles of session time', () => {
    let t = 0;
    const m = new FleetMetrics(10, () => t);
    for (let i = 1; i <= 100; i++) {
      t += 10;
      m.session({
        ok: i % 10 !== 0,
        ms: i,
        faults: i === 5 ? 2 : 0,
        retry: i % 10 === 1 && i > 1,
        ...(i % 10 === 0 ? { reason: `connect ECONNREFUSED 127.0.0.1:${1000 + i}` } : {}),
      });
    }
    const s = m.summary();
    expect(s.sessions).toMatchObject({ ok: 90, failed: 10, faults: 2, retries: 9 });
    expect(s.sessionMs).toEqual({ p50: 51, p99: 100, max: 100 });
    // Failures of one kind add up whatever their ports.
    expect(s.failureReasons).toEqual({ 'connect ECONNREFUSED N.N.N.N:N': 10 });
    expect(m.line()).toMatch(/ok 90 failed 10 \| faults 2 \| retries 9 \| p50 51 ms p99 100 ms/);
  });

  it('exposes Prometheus text with a cumulative histogram', () => {
    const m = new FleetMetrics(3);
    m.informed = 2;
    m.session({ ok: true, ms: 3, faults: 0, retry: false });
    m.session({ ok: true, ms: 40, faults: 0, retry: false });
    m.session({ ok: false, ms: 20_000, faults: 0, retry: true, reason: 'x' });
    const text = m.prometheus();
    expect(text).toContain('# TYPE tr069_fleet_session_duration_seconds histogram');
    expect(text).toContain('tr069_fleet_devices{state="informed"} 2');
    expect(text).toContain('tr069_fleet_sessions_total{outcome="failed"} 1');
    expect(text).toContain('tr069_fleet_session_duration_seconds_bucket{le="0.005"} 1');
    expect(text).toContain('tr069_fleet_session_duration_seconds_bucket{le="0.05"} 2');
    expect(text).toContain('tr069_fleet_session_duration_seconds_bucket{le="30"} 3');
    expect(text).toContain('tr069_fleet_session_duration_seconds_bucket{le="+Inf"} 3');
    expect(text).toContain('tr069_fleet_session_duration_seconds_count 3');
    for (const line of text.trim().split('\n'))
      expect(line).toMatch(/^(# (HELP|TYPE) \S+ .+|[a-z0-9_]+(\{[^}]*\})? [0-9.e+-]+)$/);
  });
});
