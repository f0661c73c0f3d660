import type { ScenarioResult } from './scenario-run.ts';

/** The verdict as a plain-text table, one expectation a row, for the terminal. */
export function verdictTable(r: ScenarioResult): string {
  const rows = [
    ['expectation', 'wanted', 'got', 'verdict'],
    ...r.verdicts.map((v) => [
      v.name,
      v.wanted,
      v.got,
      `${v.status.toUpperCase()}${v.atS !== undefined ? ` at ${v.atS} s` : ''}`,
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]): string =>
    row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  const passed = r.verdicts.filter((v) => v.status === 'pass').length;
  return [
    `scenario "${r.name}" (seed ${r.seed}): ${r.passed ? 'PASS' : 'FAIL'} (${passed} of ${r.verdicts.length} expectations met)`,
    line(rows[0]!),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(1).map(line),
  ].join('\n');
}
