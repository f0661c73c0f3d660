import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

// A fleet process and the minimal ACS as two processes (one core each), so the fleet's CPU time
// is the agent's alone. Shared by the fleet and scale suites and bench/compare-fleet.ts; `repo`
// may be another checkout (its own src/cli/main.ts runs, from source under tsx).

/** How a measured fleet process runs. */
export interface FleetRun {
  /**
   * Node flags: on top of `--import tsx` from source, or through TR069_NODE_OPTIONS to
   * `bin/tr069-agent` (the installed command, on dist/) with `built`.
   */
  nodeArgs?: readonly string[];
  built?: boolean;
  bootRate?: number;
}

export async function startAcs(repo: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'bench', 'support', 'minimal-acs.ts')], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(d.toString().split('\n')[0]!.trim()));
    child.once('exit', (c) => reject(new Error(`minimal ACS exited ${c}`)));
  });
  child.stdout!.resume();
  return { child, url };
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function startFleet(
  repo: string,
  url: string,
  count: number,
  extra: string[],
  run: FleetRun,
): Promise<{ child: ChildProcess; metrics: () => Promise<Map<string, number>> }> {
  const port = await freePort();
  const nodeArgs = run.nodeArgs ?? [];
  const [command, args] = run.built
    ? [join(repo, 'bin', 'tr069-agent'), []]
    : [process.execPath, [...nodeArgs, '--import', 'tsx', join(repo, 'src', 'cli', 'main.ts')]];
  const child = spawn(
    command,
    [
      ...args,
      'fleet',
      '--acs-url',
      url,
      '--count',
      String(count),
      '--profile',
      'stb',
      '--memory',
      '--cr-port',
      '0',
      '--udp-port',
      '0',
      '--cr-host',
      '127.0.0.1',
      '--metrics-port',
      String(port),
      '--boot-rate',
      String(run.bootRate ?? 2000),
      ...extra,
    ],
    {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: run.built ? { ...process.env, TR069_NODE_OPTIONS: nodeArgs.join(' ') } : process.env,
    },
  );
  const metrics = async (): Promise<Map<string, number>> => {
    const text = await fetch(`http://127.0.0.1:${port}/metrics`).then(
      (r) => r.text(),
      () => '',
    );
    const out = new Map<string, number>();
    for (const line of text.split('\n')) {
      const m = /^(\S+) ([0-9.e+-]+)$/.exec(line);
      if (m) out.set(m[1]!, Number(m[2]));
    }
    return out;
  };
  return { child, metrics };
}

function procStatus(pid: number): { rssMb: number; peakMb: number; cpuTicks: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string): number => Number(new RegExp(`^${k}:\\s+([0-9]+) kB`, 'm').exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024, cpuTicks: Number(stat[11]) + Number(stat[12]) };
}

/** How the devices started: the process's own start-up, then the devices' boots. */
export interface Started {
  /** ms from the launch until the first device had started (loading the profile and model). */
  firstMs: number;
  /** Devices started per second from the first poll that saw one started to the poll that saw all. */
  perSecond: number;
  /** ms from the launch until all had started. */
  allMs: number;
}

/** Waits until every device has informed; returns how they started. */
async function waitInformed(
  child: ChildProcess,
  metrics: () => Promise<Map<string, number>>,
  count: number,
  timeoutMs: number,
): Promise<Started> {
  const t0 = performance.now();
  const end = Date.now() + timeoutMs;
  let first: { ms: number; started: number } | undefined;
  let allMs: number | undefined;
  for (;;) {
    const m = await metrics();
    const started = m.get('tr069_fleet_devices{state="started"}') ?? 0;
    const now = performance.now() - t0;
    if (first === undefined && started > 0) first = { ms: now, started };
    if (allMs === undefined && started === count) allMs = now;
    if (m.get('tr069_fleet_devices{state="informed"}') === count) {
      const all = allMs ?? now;
      const f = first ?? { ms: all, started: 0 };
      return {
        firstMs: f.ms,
        allMs: all,
        perSecond: all > f.ms ? ((count - f.started) * 1000) / (all - f.ms) : Infinity,
      };
    }
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`fleet: the process ended (${child.exitCode ?? child.signalCode}) before all ${count} informed`);
    if (Date.now() > end) throw new Error(`fleet: not all ${count} devices informed within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Boots `count` idle devices; RSS once every one has informed and the boot's garbage settled. */
export async function capacity(
  repo: string,
  url: string,
  count: number,
  run: FleetRun = {},
): Promise<{ rssMb: number; peakMb: number; bootS: number; started: Started }> {
  const f = await startFleet(repo, url, count, [], run);
  try {
    const t0 = performance.now();
    const started = await waitInformed(f.child, f.metrics, count, Math.max(300_000, count * 5));
    const bootS = (performance.now() - t0) / 1000;
    // Let the boot's garbage be collected and freed pages settle before reading RSS.
    await new Promise((r) => setTimeout(r, 5000));
    const s = procStatus(f.child.pid!);
    return { rssMb: s.rssMb, peakMb: s.peakMb, bootS, started };
  } finally {
    f.child.kill('SIGKILL');
  }
}

export interface Throughput {
  perSecond: number;
  ok: number;
  failed: number;
  failedRatio: number;
  /** CPU time of the fleet process per session (µs). */
  cpuUs: number;
  rssMb: number;
  /** Sessions/s in the window's busiest 10 s: what the fleet can do when devices queue up. */
  busiest: number;
}

/** Sessions/s of `devices` devices informing every `intervalS`, over `seconds` past the boot. */
export async function throughput(
  repo: string,
  url: string,
  o: { devices: number; intervalS: number; seconds: number } & FleetRun,
): Promise<Throughput> {
  const f = await startFleet(repo, url, o.devices, ['--periodic-inform-interval', String(o.intervalS)], o);
  try {
    await waitInformed(f.child, f.metrics, o.devices, Math.max(120_000, o.devices * 5));
    // Past the boot and its backlog, into the periodic rhythm: devices whose first periodic Inform
    // came due while boot sessions queued catch up within one interval.
    await new Promise((r) => setTimeout(r, Math.max(5, o.intervalS) * 1000));
    const sessions = (m: Map<string, number>, outcome: 'ok' | 'failed'): number =>
      m.get(`tr069_fleet_sessions_total{outcome="${outcome}"}`)!;
    const okOf = (m: Map<string, number>): number => sessions(m, 'ok');
    const m0 = await f.metrics();
    const c0 = procStatus(f.child.pid!).cpuTicks;
    const t0 = performance.now();
    // Read every 10 s as well: the busiest stretch shows the headroom a whole-window average hides.
    let busiest = 0;
    let [last, lastAt] = [okOf(m0), t0];
    for (let left = o.seconds; left > 0; left -= 10) {
      await new Promise((r) => setTimeout(r, Math.min(10, left) * 1000));
      const [now, at] = [okOf(await f.metrics()), performance.now()];
      if (left >= 10) busiest = Math.max(busiest, (now - last) / ((at - lastAt) / 1000));
      [last, lastAt] = [now, at];
    }
    const m1 = await f.metrics();
    const s1 = procStatus(f.child.pid!);
    const seconds = (performance.now() - t0) / 1000;
    const ok = okOf(m1) - okOf(m0);
    const failed = sessions(m1, 'failed') - sessions(m0, 'failed');
    const ticksPerSecond = 100; // USER_HZ on Linux
    return {
      perSecond: ok / seconds,
      ok,
      failed,
      failedRatio: failed / Math.max(1, ok + failed),
      cpuUs: ((s1.cpuTicks - c0) / ticksPerSecond / Math.max(1, ok + failed)) * 1e6,
      rssMb: s1.rssMb,
      busiest,
    };
  } finally {
    f.child.kill('SIGKILL');
  }
}
