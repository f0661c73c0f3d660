import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import type { ReportData } from './report-data.ts';
import { renderReport } from './report-render.ts';

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px auto; max-width: 800px; color: #222; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin: 28px 0 6px; }
table { border-collapse: collapse; margin: 6px 0; } th, td { text-align: left; padding: 3px 10px 3px 0; vertical-align: top; }
tr.pass td:nth-child(4), h2.pass { color: #1a7f37; } tr.fail td:nth-child(4), h2.fail { color: #c62828; }
svg text { font-size: 11px; fill: #444; } .axis { stroke: #888; } .grid { stroke: #e4e4e4; }
.step { stroke: #999; stroke-dasharray: 3 3; } .step-label { fill: #777; font-size: 10px; } .empty { color: #777; }
`;

/** JSON inside a <script> element: '<' escaped so no '</script>' (or '<!--') can end it early. */
function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The fleet report: one self-contained HTML page (no network needed to view it), its data as
 * embedded JSON and the charts drawn from it as SVG by the inlined renderer. `__name` stands in
 * for the helper some TypeScript loaders (tsx) call to keep function names.
 */
export function reportHtml(data: ReportData): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(data.title)}</h1>
<section id="summary"></section>
<section id="verdict"></section>
<section id="sessions"></section>
<section id="latency"></section>
<section id="histogram"></section>
<section id="events"></section>
<section id="faults"></section>
<section id="versions"></section>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>
var __name = function (f) { return f; };
(${renderReport.toString()})(JSON.parse(document.getElementById('report-data').textContent), document);
</script>
</body>
</html>
`;
}

/** Writes the report atomically: a reader never sees half a page. */
export function writeReport(file: string, data: ReportData): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, reportHtml(data));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}
