import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from '../../src/agent/agent.ts';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { AcsSession } from '../../src/transport/index.ts';
import { median, percentile, type Row } from '../measure.ts';

/** Issue 4 targets: process start to first Inform, and a full-tree GPV session on loopback. */
export async function sessionSuite(repo: string, runs: number): Promise<Row[]> {
  // 1. Start to first Inform POST: the built CLI (dist/, what a device runs) and under tsx.
  const built = existsSync(join(repo, 'dist', 'cli.js'));
  const firstInform = await startToInform(repo, runs, ['--import', 'tsx', join(repo, 'src', 'cli', 'main.ts')]);
  const firstInformBuilt = built ? await startToInform(repo, runs, [join(repo, 'dist', 'cli.js')]) : [];

  // 2. Inform + GetParameterValues('Device.') + empty POST, in-process agent, loopback HTTP.
  const dir = mkdtempSync(join(tmpdir(), 'tr069-bench-'));
  const times: number[] = [];
  let count = 0;
  const acs = new ScriptedAcs({ script: () => [{ kind: 'GetParameterValues', parameterNames: ['Device.'] }] });
  const url = await acs.listen();
  const agent = new Agent({
    stateDir: dir, profileName: 'stb', device: await simulatedDevice(await loadProfile('stb')), acsUrl: url, maxMessageBytes: 64 << 20,
    log: silentLogger, localControl: false,
    connect: (u) => new AcsSession({ url: u, maxResponseBytes: 64 << 20 }),
  });
  await agent.start();
  await acs.waitForSessions(1, 30_000);
  const sessions = Math.max(runs * 4, 20);
  for (let i = 0; i < sessions; i++) {
    const t0 = performance.now();
    agent.connectionRequest();
    await acs.waitForSessions(2 + i, 30_000);
    times.push(performance.now() - t0);
  }
  const gpv = acs.sessions.at(-1)!.received[1];
  count = gpv?.kind === 'GetParameterValuesResponse' ? gpv.parameterList.length : 0;
  await agent.stop();
  await acs.close();
  rmSync(dir, { recursive: true, force: true });
  const r = (x: number): number => Math.round(x * 10) / 10;
  return [
    ...(built ? [{ suite: 'session', name: 'process start to first Inform POST (built dist/cli.js)', value: r(median(firstInformBuilt)), unit: 'ms', target: '<= 300 ms', ok: median(firstInformBuilt) <= 300 }] : []),
    { suite: 'session', name: 'process start to first Inform POST (npm start, under tsx)', value: r(median(firstInform)), unit: 'ms', target: '<= 300 ms', ok: median(firstInform) <= 300 },
    { suite: 'session', name: `session: Inform + GPV 'Device.' (${count} values) + empty POST, loopback`, value: r(median(times)), unit: 'ms', target: '<= 60 ms', ok: median(times) <= 60, note: `p99 ${r(percentile(times, 99))} ms` },
  ];
}

async function startToInform(repo: string, runs: number, entry: string[]): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'tr069-bench-'));
    let arrived = 0;
    const acs = new ScriptedAcs({ script: () => [], intercept: () => ((arrived ||= performance.now()), false) });
    const url = await acs.listen();
    const t0 = performance.now();
    const child = spawn(process.execPath, [...entry, 'run', '--acs-url', url, '--state-dir', dir, '--cr-port', '0'], { cwd: repo, stdio: 'ignore' });
    await acs.waitForSessions(1, 30_000);
    out.push(arrived - t0);
    child.kill('SIGKILL');
    await acs.close();
    rmSync(dir, { recursive: true, force: true });
  }

  return out;
}
