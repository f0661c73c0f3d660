/**
 * Draws the fleet report's charts in the browser, from the JSON embedded in the page. The page
 * inlines this function's source (report-html.ts), so it must stay self-contained: it uses only
 * its arguments and what it defines inside; imports here are types only.
 */
import type { ReportData } from './report-data.ts';

/** The part of the DOM the renderer uses (the project compiles without the DOM library). */
export interface ReportElement {
  setAttribute(name: string, value: string): void;
  appendChild(child: ReportElement): ReportElement;
  textContent: string | null;
}

export interface ReportDocument {
  createElementNS(ns: string, tag: string): ReportElement;
  createElement(tag: string): ReportElement;
  getElementById(id: string): ReportElement | null;
}

export function renderReport(data: ReportData, doc: ReportDocument): void {
  // Plot geometry; each chart states its scale in data attributes (data-max, data-top, data-height).
  const G = { width: 760, height: 240, left: 60, right: 16, top: 14, bottom: 30 };
  const plotW = G.width - G.left - G.right;
  const plotH = G.height - G.top - G.bottom;
  const SVG = 'http://www.w3.org/2000/svg';
  const COLORS = ['#1f77b4', '#d62728', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f'];

  function el(tag: string, attrs: Record<string, string | number>, text?: string): ReportElement {
    const e = doc.createElementNS(SVG, tag);
    for (const k of Object.keys(attrs)) e.setAttribute(k, String(attrs[k]));
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function html(tag: string, text?: string, cls?: string): ReportElement {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls !== undefined) e.setAttribute('class', cls);
    return e;
  }
  /** The smallest 1, 2 or 5 × 10^k at or above x (at least 1). */
  function niceMax(x: number): number {
    if (!(x > 0)) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(x)));
    for (const m of [1, 2, 5, 10]) if (m * p >= x - 1e-9) return m * p;
    return 10 * p;
  }
  function fmt(x: number): string {
    return String(Math.round(x * 1000) / 1000);
  }
  function svgFor(id: string, title: string, max: number, yLabel: string): ReportElement {
    const section = doc.getElementById(id);
    const svg = el('svg', {
      width: G.width,
      height: G.height,
      viewBox: `0 0 ${G.width} ${G.height}`,
      role: 'img',
      'aria-label': title,
      'data-max': max,
      'data-top': G.top,
      'data-height': plotH,
    });
    if (section) {
      section.appendChild(html('h2', title));
      section.appendChild(svg);
    }
    svg.appendChild(el('line', { x1: G.left, y1: G.top, x2: G.left, y2: G.top + plotH, class: 'axis' }));
    svg.appendChild(
      el('line', { x1: G.left, y1: G.top + plotH, x2: G.left + plotW, y2: G.top + plotH, class: 'axis' }),
    );
    for (const f of [0, 0.5, 1]) {
      const y = G.top + plotH - f * plotH;
      if (f > 0) svg.appendChild(el('line', { x1: G.left, y1: y, x2: G.left + plotW, y2: y, class: 'grid' }));
      svg.appendChild(
        el(
          'text',
          { x: G.left - 6, y: y + 4, 'text-anchor': 'end', class: f === 1 ? 'y-max' : 'y-tick' },
          fmt(f * max),
        ),
      );
    }
    svg.appendChild(
      el(
        'text',
        { x: 12, y: G.top + plotH / 2, transform: `rotate(-90 12 ${G.top + plotH / 2})`, class: 'unit' },
        yLabel,
      ),
    );
    return svg;
  }
  function legend(svg: ReportElement, names: string[]): void {
    names.forEach((name, i) => {
      const x = G.left + 10 + i * 120;
      svg.appendChild(el('rect', { x, y: G.top, width: 10, height: 10, fill: COLORS[i % COLORS.length]! }));
      svg.appendChild(el('text', { x: x + 14, y: G.top + 9, class: 'legend' }, name));
    });
  }

  const samples = data.timeline.samples;
  const step = data.timeline.intervalS;
  const tEnd = samples.length > 0 ? samples[samples.length - 1]!.t + step : step;
  const xOf = (t: number): number => G.left + (t / tEnd) * plotW;
  const mid = (t: number): number => xOf(t + step / 2);

  /**
   * One polyline per series over time, a point per sample that has a value (an interval without
   * sessions has no percentile); the scenario's steps marked.
   */
  function lines(
    id: string,
    title: string,
    yLabel: string,
    series: { name: string; values: (number | null)[] }[],
  ): void {
    let top = 0;
    for (const s of series) for (const v of s.values) if (v !== null) top = Math.max(top, v);
    const max = niceMax(top);
    const svg = svgFor(id, title, max, yLabel);
    svg.setAttribute('data-series', series.map((s) => s.name).join('|'));
    for (const f of [0, 0.5, 1])
      svg.appendChild(
        el(
          'text',
          { x: G.left + f * plotW, y: G.height - 10, 'text-anchor': 'middle', class: 'x-tick' },
          `${fmt(f * tEnd)} s`,
        ),
      );
    const labelled: number[] = [];
    for (const s of data.scenario?.steps ?? []) {
      if (s.startedS === undefined) continue;
      const x = xOf(Math.min(s.startedS, tEnd));
      // Steps that start close together get their labels stacked, not printed over each other.
      const near = labelled.filter((l) => Math.abs(l - x) < 70).length;
      labelled.push(x);
      svg.appendChild(el('line', { x1: x, y1: G.top, x2: x, y2: G.top + plotH, class: 'step' }));
      svg.appendChild(el('text', { x: x + 3, y: G.top + plotH - 4 - near * 11, class: 'step-label' }, s.name));
    }
    series.forEach((s, i) => {
      // A gap (intervals without a value) breaks the line; a lone point is a dot.
      const runs: [number, number][][] = [[]];
      s.values.forEach((v, j) => {
        if (v === null) {
          if (runs[runs.length - 1]!.length > 0) runs.push([]);
        } else runs[runs.length - 1]!.push([mid(samples[j]!.t), G.top + plotH - (v / max) * plotH]);
      });
      const stroke = COLORS[i % COLORS.length]!;
      for (const run of runs) {
        if (run.length === 1)
          svg.appendChild(
            el('circle', { cx: fmt(run[0]![0]), cy: fmt(run[0]![1]), r: 2, fill: stroke, 'data-name': s.name }),
          );
        else if (run.length > 1)
          svg.appendChild(
            el('polyline', {
              points: run.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' '),
              fill: 'none',
              stroke,
              'stroke-width': 1.6,
              'data-name': s.name,
            }),
          );
      }
    });
    legend(
      svg,
      series.map((s) => s.name),
    );
  }

  /** One bar per label. */
  function bars(id: string, title: string, yLabel: string, items: [string, number][], empty: string): void {
    const section = doc.getElementById(id);
    if (items.length === 0) {
      if (section) {
        section.appendChild(html('h2', title));
        section.appendChild(html('p', empty, 'empty'));
      }
      return;
    }
    let top = 0;
    for (const [, v] of items) top = Math.max(top, v);
    const max = niceMax(top);
    const svg = svgFor(id, title, max, yLabel);
    const w = plotW / items.length;
    items.forEach(([label, v], i) => {
      const h = (v / max) * plotH;
      svg.appendChild(
        el('rect', {
          x: fmt(G.left + i * w + w * 0.1),
          y: fmt(G.top + plotH - h),
          width: fmt(w * 0.8),
          height: fmt(h),
          fill: COLORS[0]!,
          class: 'bar',
          'data-label': label,
          'data-value': v,
        }),
      );
      if (i % Math.ceil(items.length / 12) === 0)
        svg.appendChild(
          el(
            'text',
            { x: fmt(G.left + i * w + w / 2), y: G.height - 10, 'text-anchor': 'middle', class: 'x-tick' },
            label,
          ),
        );
    });
  }

  // --- header, summary, verdict ------------------------------------------------------------
  const s = data.summary;
  const summary = doc.getElementById('summary');
  if (summary) {
    const rows: [string, string][] = [
      ['ACS', data.acsUrl],
      ['devices', `${s.devices} (${data.firstSerial} … ${data.lastSerial}, shard ${data.shard})`],
      ['informed', `${s.informed} of ${s.started} started`],
      [
        'sessions',
        `${s.sessions.ok} ok, ${s.sessions.failed} failed, ${s.sessions.retries} retries, ${s.sessions.faults} faults`,
      ],
      ['session time', `p50 ${s.sessionMs.p50} ms, p99 ${s.sessionMs.p99} ms, max ${s.sessionMs.max} ms`],
      ['run', `${s.uptimeS} s, report written ${data.generatedAt}`],
    ];
    const table = html('table');
    for (const [k, v] of rows) {
      const tr = html('tr');
      tr.appendChild(html('th', k));
      tr.appendChild(html('td', v));
      table.appendChild(tr);
    }
    summary.appendChild(table);
  }
  const verdict = doc.getElementById('verdict');
  if (verdict && data.scenario) {
    const sc = data.scenario;
    verdict.appendChild(
      html(
        'h2',
        `Scenario "${sc.name}" (seed ${sc.seed}): ${sc.passed ? 'PASS' : 'FAIL'}`,
        sc.passed ? 'pass' : 'fail',
      ),
    );
    const table = html('table');
    const head = html('tr');
    for (const h of ['expectation', 'wanted', 'got', 'verdict', 'decided at']) head.appendChild(html('th', h));
    table.appendChild(head);
    for (const v of sc.verdicts) {
      const tr = html('tr');
      tr.setAttribute('class', v.status);
      for (const c of [v.name, v.wanted, v.got, v.status, v.atS !== undefined ? `${v.atS} s` : ''])
        tr.appendChild(html('td', c));
      table.appendChild(tr);
    }
    verdict.appendChild(table);
    const steps = html('table');
    const sh = html('tr');
    for (const h of ['step', 'action', 'devices', 'not applied', 'started', 'ended']) sh.appendChild(html('th', h));
    steps.appendChild(sh);
    for (const st of sc.steps) {
      const tr = html('tr');
      for (const c of [
        st.name,
        st.kind,
        String(st.devices),
        st.failed > 0 ? `${st.failed}: ${st.problem ?? ''}` : '',
        st.startedS !== undefined ? `${st.startedS} s` : 'never',
        st.endedS !== undefined ? `${st.endedS} s` : '',
      ])
        tr.appendChild(html('td', c));
      steps.appendChild(tr);
    }
    verdict.appendChild(steps);
  }

  // --- charts ----------------------------------------------------------------------------
  lines('sessions', 'Sessions per second', 'per second', [
    { name: 'ok', values: samples.map((x) => x.ok / step) },
    { name: 'failed', values: samples.map((x) => x.failed / step) },
    { name: 'retries', values: samples.map((x) => x.retries / step) },
  ]);
  const timed = (p: (x: (typeof samples)[number]) => number): (number | null)[] =>
    samples.map((x) => (x.ok + x.failed > 0 ? p(x) : null));
  lines('latency', 'Session time percentiles', 'ms', [
    { name: 'p50', values: timed((x) => x.p50) },
    { name: 'p90', values: timed((x) => x.p90) },
    { name: 'p99', values: timed((x) => x.p99) },
  ]);
  const counts = data.timeline.latency.counts;
  let first = counts.findIndex((c) => c > 0);
  let last = counts.length - 1;
  while (last > 0 && counts[last] === 0) last--;
  if (first < 0) first = last + 1;
  const bounds = data.timeline.latency.bounds;
  const hist: [string, number][] = [];
  for (let i = first; i <= last; i++)
    hist.push([
      i < bounds.length
        ? `≤${Number(bounds[i]!.toPrecision(3))}`
        : `>${Number(bounds[bounds.length - 1]!.toPrecision(3))}`,
      counts[i]!,
    ]);
  bars('histogram', 'Session time histogram (ms)', 'sessions', hist, 'no sessions yet');
  bars('events', 'Events by code', 'events', Object.entries(data.timeline.events), 'no events');
  bars('faults', 'Faults by code', 'faults', Object.entries(data.timeline.faults), 'no faults');
  // Devices per firmware version: each sample carries the last count seen (0 before any).
  const versions: string[] = [];
  for (const x of samples) for (const v of Object.keys(x.versions ?? {})) if (!versions.includes(v)) versions.push(v);
  versions.sort();
  if (versions.length === 0) {
    const section = doc.getElementById('versions');
    if (section) {
      section.appendChild(html('h2', 'Firmware versions across the fleet'));
      section.appendChild(html('p', 'no versions sampled', 'empty'));
    }
  } else {
    let current: Record<string, number> = {};
    const held = samples.map((x) => (current = x.versions ?? current));
    lines(
      'versions',
      'Firmware versions across the fleet',
      'devices',
      versions.map((v) => ({ name: v, values: held.map((h) => h[v] ?? 0) })),
    );
  }
}
