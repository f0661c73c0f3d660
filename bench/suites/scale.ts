import type { Row } from '../measure.ts';
import { isBuilt } from '../support/built-agent.ts';
import { capacity, startAcs, throughput, type FleetRun, type Throughput } from '../support/fleet-process.ts';

const DEVICES = Number(process.env['SCALE_DEVICES'] ?? 100_000);
const COMPARE_DEVICES = Number(process.env['SCALE_COMPARE_DEVICES'] ?? 4000);
const SECONDS = Number(process.env['FLEET_SECONDS'] ?? 60);
const BOOT_RATE = 2000;
/** Throughput rounds, each a 4,000-device run then a 100,000-device run: single runs swing ±20 %. */
const ROUNDS = Number(process.env['SCALE_ROUNDS'] ?? 3);
/** Issue 19's figure for 4,000 devices when it was written. */
const ISSUE_FIGURE = 1835;
/** Sessions/s offered in both throughput runs: each device informs every `devices / OFFERED` s. */
const OFFERED = 2000;
/**
 * Node's default old-space limit (about 4 GB on this machine) leaves a 100,000-device heap no
 * room to collect in, and its 16 MB young generation promotes the garbage of a thousand sessions
 * in flight into that heap; the fleet process gets more of both. The same flags for every run.
 * With 64 MB semi-spaces 100,000 devices still promoted about 20 MB/s into a 1.8 GB heap (a
 * mark-compact every 20 s, 942 sessions/s); with 256 MB, 1,132 sessions/s in the same setup.
 */
export const SCALE_NODE_ARGS = [
  `--max-old-space-size=${process.env['SCALE_HEAP_MB'] ?? 6144}`,
  `--max-semi-space-size=${process.env['SCALE_SEMI_MB'] ?? 256}`,
];

/** The run with the median sessions/s (the upper middle of an even count). */
function median(runs: readonly Throughput[]): Throughput {
  return [...runs].sort((a, b) => a.perSecond - b.perSecond)[runs.length >> 1]!;
}

/**
 * Issue 19 point 6: 100,000 `stb` devices in one process within 4 GB RSS (at most 40 KB each
 * above the 1-device baseline), started at 2,000/s; sustained Inform sessions/s with 100,000
 * devices at least as high as with 4,000, both measured in this run with the same offered load
 * (2,000 sessions/s, more than one core serves) and the same flags, as the median of interleaved
 * rounds, and at least the issue's 1,835/s.
 */
export async function scaleSuite(repo: string): Promise<Row[]> {
  // The installed command on the build, as an operator runs a big fleet; from source without one.
  const built = isBuilt(repo) && process.env['SCALE_SOURCE'] === undefined;
  const run: FleetRun = { nodeArgs: SCALE_NODE_ARGS, built, bootRate: BOOT_RATE };
  const acs = await startAcs(repo);
  try {
    const base = await capacity(repo, acs.url, 1, run);
    const big = await capacity(repo, acs.url, DEVICES, run);
    const perDeviceKb = ((big.rssMb - base.rssMb) * 1024) / DEVICES;
    const intervalOf = (n: number): number => Math.max(1, Math.round(n / OFFERED));
    // The stb profile's PeriodicInformTime anchors every device to one grid (TR-069's
    // PeriodicInformTime: each Inform at the reference plus a multiple of the interval), so all
    // devices inform at once each interval and the fleet works through them: busy, then idle until
    // the next grid point. A window of whole intervals holds each device's Informs once per interval
    // wherever it starts; 60 s over a 50 s cycle held 1.2 cycles, and read anywhere from 1,700 to
    // 2,400 sessions/s for the same fleet depending on where the idle stretch fell.
    const windowOf = (n: number): number => intervalOf(n) * Math.ceil(SECONDS / intervalOf(n));
    // Interleaved, so that a slow spell of the machine (or the kernel's TIME_WAIT table left by
    // the run before) falls on both sizes; each side is the median of its rounds.
    const fews: Throughput[] = [];
    const manys: Throughput[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      fews.push(
        await throughput(repo, acs.url, {
          ...run,
          devices: COMPARE_DEVICES,
          intervalS: intervalOf(COMPARE_DEVICES),
          seconds: windowOf(COMPARE_DEVICES),
        }),
      );
      manys.push(
        await throughput(repo, acs.url, {
          ...run,
          devices: DEVICES,
          intervalS: intervalOf(DEVICES),
          seconds: windowOf(DEVICES),
        }),
      );
    }
    const few = median(fews);
    const many = median(manys);
    const all = (runs: Throughput[]): string =>
      runs.map((t) => Math.round(t.perSecond).toLocaleString('en')).join(', ');
    const busiest = (runs: Throughput[]): string =>
      Math.round(Math.max(...runs.map((t) => t.busiest))).toLocaleString('en');
    const over = (n: number): string =>
      `over ${windowOf(n)} s (${windowOf(n) / intervalOf(n)} PeriodicInformIntervals of ${intervalOf(n)} s)`;
    const r = (x: number): number => Math.round(x * 10) / 10;
    const how = built
      ? `bin/tr069-agent on the build, TR069_NODE_OPTIONS=${SCALE_NODE_ARGS.join(' ')}`
      : `from source under tsx, node ${SCALE_NODE_ARGS.join(' ')}`;
    return [
      {
        suite: 'scale',
        name: `${DEVICES} stb devices started at ${BOOT_RATE}/s and informed, idle: process RSS`,
        value: Math.round(big.rssMb),
        unit: 'MB',
        target: '<= 4096 MB',
        ok: big.rssMb <= 4096,
        note: `peak ${Math.round(big.peakMb)} MB; ${how}`,
      },
      {
        suite: 'scale',
        name: 'RSS per device above the 1-device baseline',
        value: r(perDeviceKb),
        unit: 'KB',
        target: '<= 40 KB',
        ok: perDeviceKb <= 40,
        note: `baseline ${Math.round(base.rssMb)} MB`,
      },
      {
        suite: 'scale',
        name: `devices started per second (--boot-rate ${BOOT_RATE})`,
        value: Math.round(big.started.perSecond),
        unit: '/s',
        target: `>= ${BOOT_RATE * 0.95}/s`,
        ok: big.started.perSecond >= BOOT_RATE * 0.95,
        note: `from the first device started (${r(big.started.firstMs / 1000)} s after the launch: loading the profile and model) to the last (${r(big.started.allMs / 1000)} s); all informed ${r(big.bootS)} s after the launch`,
      },
      {
        suite: 'scale',
        name: `Inform sessions/s ${over(COMPARE_DEVICES)}, ${COMPARE_DEVICES} devices, median of ${ROUNDS}`,
        value: Math.round(few.perSecond),
        unit: 'sessions/s',
        target: 'reported (the comparison)',
        ok: fews.every((t) => t.failedRatio < 0.001),
        note: `rounds ${all(fews)}; busiest 10 s ${busiest(fews)}/s; ${few.failed} failed; ${Math.round(few.cpuUs)} µs CPU per session; RSS ${Math.round(few.rssMb)} MB`,
      },
      {
        suite: 'scale',
        name: `Inform sessions/s ${over(DEVICES)}, ${DEVICES} devices, median of ${ROUNDS}`,
        value: Math.round(many.perSecond),
        unit: 'sessions/s',
        target: `>= the ${COMPARE_DEVICES}-device figure and ${ISSUE_FIGURE}/s`,
        ok:
          many.perSecond >= few.perSecond &&
          many.perSecond >= ISSUE_FIGURE &&
          manys.every((t) => t.failedRatio < 0.001),
        note: `${r((many.perSecond / few.perSecond) * 100)} % of it; rounds ${all(manys)}; busiest 10 s ${busiest(manys)}/s; ${many.failed} failed; ${Math.round(many.cpuUs)} µs CPU per session; RSS ${Math.round(many.rssMb)} MB`,
      },
    ];
  } finally {
    acs.child.kill('SIGKILL');
  }
}
