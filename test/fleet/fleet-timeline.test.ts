import { describe, expect, it } from 'vitest';
import { FleetMetrics } from '../../src/fleet/fleet-metrics.ts';
import { FleetTimeline } from '../../src/fleet/fleet-timeline.ts';
import { binnedPercentile, LATENCY_BINS, LATENCY_BOUNDS, latencyBin } from '../../src/fleet/latency-bins.ts';

describe('latency bins', () => {
  it('put a time in the first bin whose upper bound holds it, about 19 % wide', () => {
    for (const ms of [0, 0.5, 1, 1.1, 2, 3, 47, 1000, 131_072]) {
      const b = latencyBin(ms);
      expect(LATENCY_BOUNDS[b]!).toBeGreaterThanOrEqual(ms);
      if (b > 0) expect(LATENCY_BOUNDS[b - 1]!).toBeLessThan(ms);
    }
    expect(latencyBin(10 * 60_000)).toBe(LATENCY_BINS - 1);
    for (let i = 1; i < LATENCY_BOUNDS.length; i++)
      expect(LATENCY_BOUNDS[i]! / LATENCY_BOUNDS[i - 1]!).toBeCloseTo(2 ** 0.25, 2);
  });

  it('give percentiles within one bin of the exact ones', () => {
    const bins = new Uint32Array(LATENCY_BINS);
    for (let ms = 1; ms <= 1000; ms++) bins[latencyBin(ms)]! += 1;
    for (const p of [50, 90, 99]) {
      const got = binnedPercentile(bins, p);
      expect(got).toBeGreaterThanOrEqual(p * 10);
      expect(got).toBeLessThan(p * 10 * 1.2);
    }
    expect(binnedPercentile(new Uint32Array(LATENCY_BINS), 50)).toBe(0);
  });
});

describe('FleetTimeline', () => {
  it('buckets sessions, events and faults by interval, and keeps the versions sampled', () => {
    let t = 1_000_000;
    const tl = new FleetTimeline(() => t);
    tl.session({ ok: true, ms: 10, faults: 0, retry: false, events: ['0 BOOTSTRAP', '1 BOOT'] });
    tl.session({ ok: false, ms: 400, faults: 0, retry: false, reason: 'x' });
    tl.versions({ '1.0.0': 2 });
    t += 2500;
    tl.session({ ok: true, ms: 30, faults: 1, retry: true, events: ['4 VALUE CHANGE'] });
    tl.fault('RPC 9003');
    tl.versions({ '1.0.0': 1, '2.0.0': 1 });
    const d = tl.data();
    expect(d.intervalS).toBe(1);
    expect(d.samples.map((s) => [s.t, s.ok, s.failed, s.retries])).toEqual([
      [0, 1, 1, 0],
      [1, 0, 0, 0],
      [2, 1, 0, 1],
    ]);
    expect(d.samples[0]!.events).toEqual({ '0 BOOTSTRAP': 1, '1 BOOT': 1 });
    expect(d.samples[0]!.p99).toBeGreaterThanOrEqual(400);
    expect(d.samples[1]!.versions).toBeUndefined();
    expect(d.samples[2]!.versions).toEqual({ '1.0.0': 1, '2.0.0': 1 });
    expect(d.events).toEqual({ '0 BOOTSTRAP': 1, '1 BOOT': 1, '4 VALUE CHANGE': 1 });
    expect(d.faults).toEqual({ 'RPC 9003': 1 });
    expect(d.latency.counts.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('stays bounded on a long run: neighbours merge and the interval doubles, nothing is lost', () => {
    let t = 0;
    const tl = new FleetTimeline(() => t);
    for (let i = 0; i < 3000; i++) {
      tl.session({ ok: true, ms: 5, faults: 0, retry: false, events: ['2 PERIODIC'] });
      t += 1000;
    }
    const d = tl.data();
    expect(d.samples.length).toBeLessThanOrEqual(512);
    expect(d.intervalS).toBe(8);
    expect(d.samples.reduce((a, s) => a + s.ok, 0)).toBe(3000);
    expect(d.events).toEqual({ '2 PERIODIC': 3000 });
    expect(d.samples[1]!.t).toBe(8);
  });

  it('feeds the summary and the Prometheus text with events and faults by code', () => {
    const m = new FleetMetrics(1);
    m.session({ ok: true, ms: 3, faults: 0, retry: false, events: ['1 BOOT', 'M Download'] });
    m.timeline.fault('TransferComplete 9010');
    expect(m.summary()).toMatchObject({
      events: { '1 BOOT': 1, 'M Download': 1 },
      faultCodes: { 'TransferComplete 9010': 1 },
    });
    const text = m.prometheus();
    expect(text).toContain('tr069_fleet_events_total{code="M Download"} 1');
    expect(text).toContain('tr069_fleet_fault_codes_total{source="TransferComplete",code="9010"} 1');
  });
});
