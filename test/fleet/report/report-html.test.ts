import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FleetMetrics } from '../../../src/fleet/fleet-metrics.ts';
import type { ReportData } from '../../../src/fleet/report/report-data.ts';
import { writeReport } from '../../../src/fleet/report/report-html.ts';
import { REPO } from '../../support/bbf-path.ts';
import { dumpDom } from '../../support/chromium.ts';
import { skipUnlessPeer } from '../../support/peers.ts';

mkdirSync(join(REPO, '.tmp'), { recursive: true });
const work = mkdtempSync(join(REPO, '.tmp', 'report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A run of 40 one-second intervals: a boot storm, an outage with retries, a firmware campaign. */
function sampleRun(): ReportData {
  let t = 1_700_000_000_000;
  const m = new FleetMetrics(100, () => t);
  for (let s = 0; s < 40; s++) {
    // Seconds 16 and 17 have no session at all: a gap in the percentile lines.
    const ok = s < 5 ? 20 : (s >= 10 && s < 15) || s === 16 || s === 17 ? 0 : 3 + (s % 4);
    for (let i = 0; i < ok; i++)
      m.session({
        ok: true,
        ms: 5 + s * 3 + i,
        faults: 0,
        retry: s === 15,
        events: s < 5 ? ['0 BOOTSTRAP', '1 BOOT'] : ['2 PERIODIC'],
      });
    if (s >= 10 && s < 15)
      for (let i = 0; i < 7; i++) m.session({ ok: false, ms: 1, faults: 0, retry: s > 10, reason: 'x' });
    if (s === 20) for (let i = 0; i < 3; i++) m.timeline.fault('TransferComplete 9010');
    if (s === 21) m.timeline.fault('RPC 9002');
    const upgraded = Math.max(0, Math.min(100, (s - 18) * 6));
    if (s % 2 === 0) m.timeline.versions({ '1.0.0': 100 - upgraded, ...(upgraded > 0 ? { '2.0.0': upgraded } : {}) });
    t += 1000;
  }
  return {
    title: 'tr069-agent fleet report </script><b>x</b>',
    generatedAt: new Date(t).toISOString(),
    acsUrl: 'http://127.0.0.1:7547/',
    shard: '0/1',
    firstSerial: 'STB-000001',
    lastSerial: 'STB-000100',
    summary: m.summary(),
    timeline: m.timeline.data(),
    scenario: {
      name: 'campaign',
      seed: 3,
      passed: false,
      verdicts: [
        { name: 'firmware', wanted: '>= 95% …', got: '100% (100 of 100)', status: 'pass', atS: 35.2 },
        { name: 'no failures', wanted: 'sessions failed <= 0', got: '1', status: 'fail', atS: 10 },
      ],
      steps: [
        { name: 'outage', kind: 'acs-outage', devices: 50, failed: 0, startedS: 10, endedS: 15 },
        { name: 'campaign', kind: 'firmware', devices: 100, failed: 0, startedS: 18, endedS: 18 },
      ],
    },
  };
}

/** The attributes of every `<tag …>` inside the element with this id, in document order. */
function elements(dom: string, section: string, tag: string): Record<string, string>[] {
  const start = dom.indexOf(`<section id="${section}">`);
  const end = dom.indexOf('</section>', start);
  expect(start, `section ${section}`).toBeGreaterThanOrEqual(0);
  const body = dom.slice(start, end);
  return [...body.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!.replace(/&amp;/g, '&')])),
  );
}

function texts(dom: string, section: string, cls: string): string[] {
  const start = dom.indexOf(`<section id="${section}">`);
  const body = dom.slice(start, dom.indexOf('</section>', start));
  return [...body.matchAll(new RegExp(`<text[^>]*class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]!);
}

/** Every polyline's values read back through the chart's scale. */
function series(dom: string, section: string): Map<string, number[]> {
  const [svg] = elements(dom, section, 'svg');
  const max = Number(svg!['data-max']);
  const top = Number(svg!['data-top']);
  const height = Number(svg!['data-height']);
  expect(texts(dom, section, 'y-max')).toEqual([String(max)]);
  // A series is its polylines (runs without a gap) and its dots (lone points), in order of x.
  const points = new Map<string, [number, number][]>();
  const add = (name: string, x: number, y: number): void =>
    void points.set(name, [...(points.get(name) ?? []), [x, ((top + height - y) / height) * max]]);
  for (const p of elements(dom, section, 'polyline'))
    for (const xy of p['points']!.split(' ')) add(p['data-name']!, Number(xy.split(',')[0]), Number(xy.split(',')[1]));
  for (const c of elements(dom, section, 'circle').filter((c) => c['data-name']))
    add(c['data-name']!, Number(c['cx']), Number(c['cy']));
  return new Map([...points].map(([name, xy]) => [name, xy.sort((a, b) => a[0] - b[0]).map(([, v]) => v)]));
}

const close = (got: number[], want: number[]): void => {
  expect(got).toHaveLength(want.length);
  got.forEach((g, i) => expect(Math.abs(g - want[i]!)).toBeLessThan(0.01 * Math.max(1, want[i]!)));
};

describe.skipIf(skipUnlessPeer('chromium'))('the fleet HTML report in headless Chromium', () => {
  const data = sampleRun();
  const file = join(work, 'report.html');
  writeReport(file, data);
  let dom = '';

  it('is one self-contained page: no external resource, the data embedded as JSON', async () => {
    const page = readFileSync(file, 'utf8');
    expect(page).not.toMatch(/<link|<img|\bsrc=|\bhref=|@import|url\(/i);
    expect(page.match(/https?:\/\//g)!.every((u) => u === 'http://')).toBe(true); // the SVG namespace, the ACS URL
    expect(page).not.toContain('</script><b>');
    dom = await dumpDom(file);
    expect(dom).toContain('<h1>tr069-agent fleet report &lt;/script&gt;&lt;b&gt;x&lt;/b&gt;</h1>');
  }, 60_000);

  it('draws sessions/s, failures and retries over time: one point per sample, on the axis it labels', () => {
    const s = data.timeline.samples;
    const got = series(dom, 'sessions');
    expect([...got.keys()]).toEqual(['ok', 'failed', 'retries']);
    close(
      got.get('ok')!,
      s.map((x) => x.ok / data.timeline.intervalS),
    );
    close(
      got.get('failed')!,
      s.map((x) => x.failed),
    );
    close(
      got.get('retries')!,
      s.map((x) => x.retries),
    );
    const [svg] = elements(dom, 'sessions', 'svg');
    expect(Number(svg!['data-max'])).toBe(20); // the busiest second: the boot storm's 20 sessions
    expect(elements(dom, 'sessions', 'line').filter((l) => l['class'] === 'step')).toHaveLength(2);
  });

  it('draws the session-time percentiles over time and the histogram of every session', () => {
    // A point per interval that had sessions: the outage's seconds without one have no percentile.
    const s = data.timeline.samples.filter((x) => x.ok + x.failed > 0);
    expect(s.length).toBeLessThan(data.timeline.samples.length);
    const got = series(dom, 'latency');
    // The line breaks at the gap: no segment joins the points on either side of the outage.
    const p50 = elements(dom, 'latency', 'polyline').filter((p) => p['data-name'] === 'p50');
    const dots = elements(dom, 'latency', 'circle').filter((c) => c['data-name'] === 'p50');
    expect(p50.length + dots.length).toBeGreaterThan(1);
    close(
      got.get('p50')!,
      s.map((x) => x.p50),
    );
    close(
      got.get('p99')!,
      s.map((x) => x.p99),
    );
    const bars = elements(dom, 'histogram', 'rect').filter((r) => r['class'] === 'bar');
    const counts = data.timeline.latency.counts;
    const first = counts.findIndex((c) => c > 0);
    const last = counts.length - 1 - [...counts].reverse().findIndex((c) => c > 0);
    expect(bars).toHaveLength(last - first + 1);
    expect(bars.map((b) => Number(b['data-value']))).toEqual(counts.slice(first, last + 1));
    expect(bars.reduce((a, b) => a + Number(b['data-value']), 0)).toBe(
      data.summary.sessions.ok + data.summary.sessions.failed,
    );
  });

  it('draws events and faults by code, one bar each, as high as its count', () => {
    const events = elements(dom, 'events', 'rect').filter((r) => r['class'] === 'bar');
    expect(Object.fromEntries(events.map((b) => [b['data-label'], Number(b['data-value'])]))).toEqual(
      data.timeline.events,
    );
    const faults = elements(dom, 'faults', 'rect').filter((r) => r['class'] === 'bar');
    expect(faults.map((b) => [b['data-label'], b['data-value']])).toEqual([
      ['RPC 9002', '1'],
      ['TransferComplete 9010', '3'],
    ]);
    const [svg] = elements(dom, 'faults', 'svg');
    const tallest = faults.find((b) => b['data-value'] === '3')!;
    expect(Number(tallest['height'])).toBeCloseTo((3 / Number(svg!['data-max'])) * Number(svg!['data-height']), 2);
  });

  it('draws the firmware versions across the fleet over the campaign', () => {
    const got = series(dom, 'versions');
    expect([...got.keys()]).toEqual(['1.0.0', '2.0.0']);
    let held: Record<string, number> = {};
    const want = data.timeline.samples.map((x) => (held = x.versions ?? held));
    close(
      got.get('2.0.0')!,
      want.map((v) => v['2.0.0'] ?? 0),
    );
    close(
      got.get('1.0.0')!,
      want.map((v) => v['1.0.0'] ?? 0),
    );
    expect(got.get('2.0.0')!.at(-1)).toBeCloseTo(100, 0);
  });

  it("shows the scenario's verdict and each expectation", () => {
    expect(dom).toContain('Scenario "campaign" (seed 3): FAIL');
    expect(dom).toMatch(
      /<tr class="fail"><td>no failures<\/td><td>sessions failed &lt;= 0<\/td><td>1<\/td><td>fail<\/td>/,
    );
  });
});
