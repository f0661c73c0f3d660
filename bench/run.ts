import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Row } from './measure.ts';
import { bulkdataSuite } from './suites/bulkdata.ts';
import { codegenSuite } from './suites/codegen.ts';
import { downloadSuite } from './suites/download.ts';
import { fleetSuite } from './suites/fleet.ts';
import { scaleSuite } from './suites/scale.ts';
import { sessionSuite } from './suites/session.ts';
import { treeSuite } from './suites/tree.ts';

// `npm run bench [-- suite...]`: runs the benchmark suites and records the results in
// BENCHMARKS.md, one section per suite, with the command and the machine.
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
process.env['BBF_SCHEMA_PATH'] ??= resolve(REPO, '..', 'shared', 'bbf');

const SUITES: Record<string, () => Row[] | Promise<Row[]>> = {
  codegen: () => codegenSuite(REPO, RUNS),
  tree: () => treeSuite(REPO, RUNS),
  session: () => sessionSuite(REPO, RUNS),
  download: () => downloadSuite(REPO, RUNS),
  fleet: () => fleetSuite(REPO),
  scale: () => scaleSuite(REPO),
  bulkdata: () => bulkdataSuite(REPO),
};

/** Suites that measure one long run rather than the median of several. */
const ONE_RUN = new Set(['fleet', 'bulkdata', 'scale']);

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const kernel = (() => {
    try {
      return execSync('uname -sr', { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown kernel';
    }
  })();
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${kernel}, Node ${process.version}`;
}

function section(name: string, rows: readonly Row[]): string {
  const lines = [
    `<!-- bench:${name}:start -->`,
    `### ${name}`,
    '',
    `Command: \`npm run bench -- ${name}\` (${ONE_RUN.has(name) ? 'one run' : `median of ${RUNS} runs`}) on ${new Date().toISOString().slice(0, 10)}.`,
    `Machine: ${machine()}.`,
    '',
    '| measurement | median | target | met |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.value} ${r.unit} | ${r.target} | ${r.ok ? 'yes' : '**no**'}${r.note ? ` (${r.note})` : ''} |`,
    ),
    `<!-- bench:${name}:end -->`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length > 0 ? wanted : Object.keys(SUITES);
  for (const n of names)
    if (!SUITES[n]) throw new Error(`unknown suite '${n}'; known: ${Object.keys(SUITES).join(', ')}`);
  const file = join(REPO, 'BENCHMARKS.md');
  let doc = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nRecorded by `npm run bench`. Compare ratios measured side by side in one run, never absolute times across runs.\n';
  for (const name of names) {
    const rows = await SUITES[name]!();
    for (const r of rows)
      process.stdout.write(`${name}: ${r.name}: ${r.value} ${r.unit} (target ${r.target}) ${r.ok ? 'ok' : 'MISSED'}\n`);
    const text = section(name, rows);
    const re = new RegExp(`<!-- bench:${name}:start -->[\\s\\S]*?<!-- bench:${name}:end -->`);
    doc = re.test(doc) ? doc.replace(re, text) : `${doc.trimEnd()}\n\n${text}\n`;
    // After every suite: a later suite that fails or is interrupted keeps the earlier results.
    writeFileSync(file, doc);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
