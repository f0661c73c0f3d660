// `npx tsx bench/compare-fleet.ts [--rounds N] NAME=DIR...`: the fleet's RSS per device and its
// sustained Inform sessions/s in several checkouts, measured side by side (one minimal ACS for
// all, runs interleaved round by round, each round in a rotated order so no checkout always runs
// first). Each checkout needs its node_modules (`npm ci`, or a link). Env: FLEET_DEVICES (idle
// devices for RSS, default 3000), FLEET_THROUGHPUT_DEVICES (default 3000), FLEET_SECONDS (the
// measured window, default 30). Prints a Markdown table for BENCHMARKS.md.
import { resolve } from 'node:path';
import { median } from './measure.ts';
import { capacity, startAcs, throughput } from './support/fleet-process.ts';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 2;
const trees = args
  .filter((a, i) => a.includes('=') && i !== roundsAt + 1)
  .map((a) => {
    const [name, dir] = a.split('=') as [string, string];
    return { name, dir: resolve(dir) };
  });
if (trees.length === 0) {
  process.stderr.write('usage: npx tsx bench/compare-fleet.ts [--rounds N] NAME=DIR [NAME=DIR...]\n');
  process.exit(2);
}
const DEVICES = Number(process.env['FLEET_DEVICES'] ?? 3000);
const T_DEVICES = Number(process.env['FLEET_THROUGHPUT_DEVICES'] ?? 3000);
const SECONDS = Number(process.env['FLEET_SECONDS'] ?? 30);

interface Sample {
  kb: number;
  rssMb: number;
  baseMb: number;
  perSecond: number;
  cpuUs: number;
  failed: number;
}
const samples = new Map<string, Sample[]>(trees.map((t) => [t.name, []]));

const acs = await startAcs(resolve('.'));
try {
  for (let r = 0; r < ROUNDS; r++) {
    const order = trees.map((_, i) => trees[(i + r) % trees.length]!);
    for (const t of order) {
      const base = await capacity(t.dir, acs.url, 1);
      const big = await capacity(t.dir, acs.url, DEVICES);
      const th = await throughput(t.dir, acs.url, { devices: T_DEVICES, intervalS: 2, seconds: SECONDS });
      const s: Sample = {
        kb: ((big.rssMb - base.rssMb) * 1024) / DEVICES,
        rssMb: big.rssMb,
        baseMb: base.rssMb,
        perSecond: th.perSecond,
        cpuUs: th.cpuUs,
        failed: th.failed,
      };
      samples.get(t.name)!.push(s);
      process.stderr.write(`round ${r + 1} ${t.name}: ${JSON.stringify(s)}\n`);
    }
  }
} finally {
  acs.child.kill('SIGKILL');
}

const f = (x: number, d = 1): string => x.toFixed(d);
const list = (xs: number[], d = 1): string => xs.map((x) => f(x, d)).join(', ');
const lines = [
  `${DEVICES} idle devices for RSS; ${T_DEVICES} devices at PeriodicInformInterval 2 s for ${SECONDS} s of sessions; ${ROUNDS} rounds interleaved.`,
  '',
  '| checkout | RSS per device above 1 device (KB) | sessions/s | CPU per session (µs) | RSS with 1 device (MB) |',
  '| --- | --- | --- | --- | --- |',
  ...trees.map((t) => {
    const s = samples.get(t.name)!;
    const col = (k: keyof Sample, d = 1): string =>
      `${f(median(s.map((x) => x[k])), d)} (${list(
        s.map((x) => x[k]),
        d,
      )})`;
    return `| ${t.name} | ${col('kb')} | ${col('perSecond', 0)} | ${col('cpuUs', 0)} | ${col('baseMb', 0)} |`;
  }),
  '',
  'Medians, with each round in brackets.',
];
process.stdout.write(`${lines.join('\n')}\n`);
