// `npx tsx bench/compare-trees.ts BEFORE AFTER [runs]`: the generated models' costs in two
// checkouts of the repository, measured side by side (runs interleaved, medians): codegen time
// and RSS, tsc over the whole project, generated/ size, loading one model, and the agent's RSS
// and first Inform, from source and built. Both checkouts need `npm ci` (or a node_modules link)
// and `npm run build`. Prints a Markdown table for BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, timeCommand } from './measure.ts';
import { startBuiltAgent } from './support/built-agent.ts';

const [beforeArg, afterArg, runsArg] = process.argv.slice(2);
if (!beforeArg || !afterArg) {
  process.stderr.write('usage: npx tsx bench/compare-trees.ts BEFORE-DIR AFTER-DIR [runs]\n');
  process.exit(2);
}
const trees = [resolve(beforeArg), resolve(afterArg)];
const RUNS = Number(runsArg ?? 5);
const env = { ...process.env, BBF_SCHEMA_PATH: process.env['BBF_SCHEMA_PATH'] ?? resolve('..', 'shared', 'bbf') };

function bytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? bytes(p) : statSync(p).size;
  }
  return n;
}

/** Loading one built model in a fresh node: wall ms of the import and the RSS it adds (MB). */
function loadModel(repo: string, output: string): { ms: number; mb: number } {
  const url = pathToFileURL(join(repo, 'dist', 'models', `${output}.js`)).href;
  const code =
    `const r0 = process.memoryUsage().rss; const t0 = performance.now(); await import(${JSON.stringify(url)}); ` +
    'const t1 = performance.now(); globalThis.gc(); process.stdout.write(JSON.stringify({ ms: t1 - t0, mb: (process.memoryUsage().rss - r0) / 2 ** 20 }));';
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { ms: number; mb: number };
}

/** A module that imports every dist/models/*.js of a checkout, as a data: URL for --import. */
function preloadFor(repo: string): string {
  const dir = join(repo, 'dist', 'models');
  const imports = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `await import(${JSON.stringify(pathToFileURL(join(dir, f)).href)});`)
    .join('');
  return `data:text/javascript,${encodeURIComponent(imports)}`;
}

type Sample = Record<string, number[]>;
const samples: Sample[] = [{}, {}];
const add = (i: number, key: string, v: number): void => void (samples[i]![key] ??= []).push(v);

for (let run = 0; run < RUNS; run++) {
  for (const [i, repo] of trees.entries()) {
    const tsx = ['--import', 'tsx', join(repo, 'codegen', 'main.ts')];
    const gen = timeCommand(process.execPath, tsx, 1, env);
    add(i, 'codegen s', gen.wall[0]!);
    add(i, 'codegen max RSS MB', gen.rssMb[0]!);
    const tsc = timeCommand(
      join(repo, 'node_modules', '.bin', 'tsc'),
      ['--noEmit', '-p', join(repo, 'tsconfig.json')],
      1,
    );
    add(i, 'tsc whole project s', tsc.wall[0]!);
    const load = loadModel(repo, 'device-2');
    add(i, 'load device-2 (built) ms', load.ms);
    add(i, 'RSS added by device-2 (built) MB', load.mb);
    const rss = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'bench', 'rss-probe.ts')], {
      cwd: repo,
      encoding: 'utf8',
    });
    add(i, 'agent RSS, all models, from source MB', Number(rss.stdout.trim()));
    // Every model of that checkout's build, loaded before the agent (both checkouts alike).
    const built = await startBuiltAgent(repo, { NODE_OPTIONS: `--import=${preloadFor(repo)}` });
    add(i, 'agent RSS, all models, built MB', built.rssMb);
    const plain = await startBuiltAgent(repo);
    add(i, 'start to first Inform (built, stb) ms', plain.firstPostMs);
    add(i, 'agent RSS (built, stb) MB', plain.rssMb);
    process.stderr.write(`run ${run + 1}/${RUNS}: ${repo} done\n`);
  }
}

const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
const rows = Object.keys(samples[0]!).map((k) => {
  const [b, a] = samples.map((s) => median(s[k]!));
  return `| ${k} | ${fmt(b!)} | ${fmt(a!)} | ${(a! / b!).toFixed(2)} |`;
});
const sizes = trees.map((t) => bytes(join(t, 'generated')));
process.stdout.write(
  [
    `| measurement (median of ${RUNS}, interleaved) | before | after | after/before |`,
    '| --- | --- | --- | --- |',
    ...rows,
    `| generated/ size KB | ${Math.round(sizes[0]! / 1024)} | ${Math.round(sizes[1]! / 1024)} | ${(sizes[1]! / sizes[0]!).toFixed(2)} |`,
  ].join('\n') + '\n',
);
