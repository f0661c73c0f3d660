import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Row } from '../measure.ts';

const DEVICES = Number(process.env['BULK_DEVICES'] ?? 10_000);
const INTERVAL_S = Number(process.env['BULK_INTERVAL'] ?? 60);
const WINDOW_S = Number(process.env['BULK_SECONDS'] ?? 120);
const BOOT_RATE = Number(process.env['BULK_BOOT_RATE'] ?? 500);

/**
 * Issue 21: a fleet of 10,000 stb devices, each with one Bulk Data profile (JSON, every 60 s, the
 * IP interface statistics by wildcard and the uptime), reporting to one collector on loopback in
 * another process: 166.7 reports/s expected. A device that boots with an enabled profile and no
 * TimeReference picks the phase of its intervals at random, so the reports arrive evenly however
 * fast the fleet boots; one interval after the last boot a window of WINDOW_S seconds is measured:
 * reports/s received, and the lag from each report's CollectionTime to its arrival (whole seconds,
 * so up to 1 s of it is rounding), which must not grow over the window. The minimal ACS answers
 * the boot sessions only (PeriodicInformInterval stays 3600 s).
 */
export async function bulkdataSuite(repo: string): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tr069-bench-bulk-'));
  const children: ChildProcess[] = [];
  try {
    const acs = await child(repo, ['bench/support/minimal-acs.ts'], children);
    const collector = await child(repo, ['bench/support/report-collector.ts'], children);
    const profile = join(dir, 'stb-bulkdata.yaml');
    writeFileSync(profile, benchProfile(repo, `${collector.url}/bulk`));
    const metricsPort = await freePort();
    const bootRate = BOOT_RATE;
    const fleet = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(repo, 'src', 'cli', 'main.ts'),
        'fleet',
        '--acs-url',
        acs.url,
        '--count',
        String(DEVICES),
        '--profile',
        profile,
        '--memory',
        '--boot-rate',
        String(bootRate),
        '--cr-port',
        '0',
        '--udp-port',
        '0',
        '--cr-host',
        '127.0.0.1',
        '--metrics-port',
        String(metricsPort),
      ],
      { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    children.push(fleet);
    const t0 = Date.now();
    // The steady state: every boot session done (the boot is the fleet suite's measurement, not
    // this one's), and every device has reported once since.
    await devices(metricsPort, 'started', DEVICES, (DEVICES / bootRate + 300) * 1000);
    await devices(metricsPort, 'informed', DEVICES, 1200_000);
    await sleep((INTERVAL_S + 5) * 1000);
    const informedAtStart = await count(metricsPort, 'informed');
    const c0 = cpuTicks(fleet.pid!);
    const from = Date.now();
    await sleep(WINDOW_S * 1000);
    const to = Date.now();
    const c1 = cpuTicks(fleet.pid!);
    const informedAtEnd = await count(metricsPort, 'informed');
    const rssMb = rss(fleet.pid!);
    const s = (await (await fetch(`${collector.url}/stats?from=${from}&to=${to}`)).json()) as Stats;
    const seconds = (to - from) / 1000;
    const perSecond = s.reports / seconds;
    const expected = DEVICES / INTERVAL_S;
    const growth = s.lastThirdMedian - s.firstThirdMedian;
    const kept = perSecond >= expected * 0.98 && s.lagP99 < 2000 && growth < 500 && s.retained === 0;
    const cpu = (c1 - c0) / 100 / seconds; // USER_HZ ticks: cores busy
    return [
      {
        suite: 'bulkdata',
        name: `${DEVICES} fleet devices reporting every ${INTERVAL_S} s: reports/s received by one collector (${WINDOW_S} s window)`,
        value: Math.round(perSecond * 10) / 10,
        unit: 'reports/s',
        target: `>= ${Math.round(expected * 0.98 * 10) / 10}/s (${Math.round(expected * 10) / 10} expected)`,
        ok: perSecond >= expected * 0.98,
        note: `${s.posts} POSTs, ${s.retained} with retained reports, ${s.unreadable} unreadable; window from ${Math.round((from - t0) / 1000)} s after launch, boot sessions done ${informedAtStart} then ${informedAtEnd} of ${DEVICES}`,
      },
      {
        suite: 'bulkdata',
        name: 'lag from CollectionTime to arrival (includes up to 1 s of rounding to whole seconds)',
        value: s.lagP99,
        unit: 'ms p99',
        target: '< 2000 ms, not growing',
        ok: s.lagP99 < 2000 && growth < 500,
        note: `p50 ${s.lagP50} ms, max ${s.lagMax} ms; median first third ${s.firstThirdMedian} ms, last third ${s.lastThirdMedian} ms`,
      },
      {
        suite: 'bulkdata',
        name: 'the fleet kept up (rate, lag and no retained reports)',
        value: kept ? 1 : 0,
        unit: kept ? '(yes)' : '(no)',
        target: 'yes',
        ok: kept,
      },
      {
        suite: 'bulkdata',
        name: 'fleet process while reporting: CPU, RSS',
        value: Math.round(cpu * 100),
        unit: '% of a core',
        target: 'reported',
        ok: true,
        note: `RSS ${Math.round(rssMb)} MB for ${DEVICES} devices`,
      },
    ];
  } finally {
    for (const c of children) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Stats {
  posts: number;
  reports: number;
  retained: number;
  unreadable: number;
  lagP50: number;
  lagP99: number;
  lagMax: number;
  firstThirdMedian: number;
  lastThirdMedian: number;
}

/** The stb profile with one enabled Bulk Data profile in its factory state, shared by every device. */
function benchProfile(repo: string, url: string): string {
  const p = parse(readFileSync(join(repo, 'src', 'device', 'profiles', 'stb.yaml'), 'utf8')) as {
    name: string;
    instances: Record<string, number[]>;
    values: Record<string, string | number | boolean>;
  };
  const P = 'Device.BulkData.Profile.1.';
  p.name = `${p.name} (Bulk Data benchmark)`;
  p.instances['Device.BulkData.Profile.'] = [1];
  p.instances[`${P}Parameter.`] = [1, 2];
  Object.assign(p.values, {
    'Device.BulkData.Enable': true,
    'Device.BulkData.Status': 'Enabled',
    [`${P}Enable`]: true,
    [`${P}Protocol`]: 'HTTP',
    [`${P}EncodingType`]: 'JSON',
    [`${P}ReportingInterval`]: INTERVAL_S,
    [`${P}JSONEncoding.ReportFormat`]: 'NameValuePair',
    [`${P}JSONEncoding.ReportTimestamp`]: 'Unix-Epoch',
    [`${P}HTTP.URL`]: url,
    [`${P}Parameter.1.Reference`]: 'Device.IP.Interface.*.Stats.',
    [`${P}Parameter.2.Reference`]: 'Device.DeviceInfo.UpTime',
  });
  return stringify(p);
}

async function child(repo: string, args: string[], children: ChildProcess[]): Promise<{ url: string }> {
  const c = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(c);
  const url = await new Promise<string>((resolve, reject) => {
    c.stdout!.once('data', (d: Buffer) => resolve(d.toString().split('\n')[0]!.trim()));
    c.once('exit', (code) => reject(new Error(`${args[0]} exited ${code}`)));
  });
  c.stdout!.resume();
  return { url };
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** The fleet's device count in a state ('started', 'informed': its boot session done). */
async function count(port: number, state: 'started' | 'informed'): Promise<number> {
  const text = await fetch(`http://127.0.0.1:${port}/metrics`).then(
    (r) => r.text(),
    () => '',
  );
  return Number(new RegExp(`^tr069_fleet_devices\\{state="${state}"\\} ([0-9]+)$`, 'm').exec(text)?.[1] ?? 0);
}

async function devices(port: number, state: 'started' | 'informed', n: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while ((await count(port, state)) !== n) {
    if (Date.now() > end) throw new Error(`bulkdata: not all ${n} devices ${state} within ${timeoutMs / 1000} s`);
    await sleep(500);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(stat[11]) + Number(stat[12]);
}

function rss(pid: number): number {
  return Number(/^VmRSS:\s+([0-9]+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}
