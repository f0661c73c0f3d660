import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { REPO } from '../support/bbf-path.ts';
import { freeTcpPort } from '../support/free-port.ts';
import { until } from '../support/until.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const CLI = ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), 'fleet'];

function fleetError(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, TR069_STATE_DIR: '' },
  });
  return { status: r.status, stderr: r.stderr };
}

describe('tr069-agent fleet', () => {
  it('refuses bad options in one line that says how to fix them', () => {
    const cases: [string[], RegExp][] = [
      [['--count', '5'], /fleet needs --acs-url/],
      [['--acs-url', 'http://127.0.0.1:9/acs'], /fleet needs --count N/],
      [
        ['--acs-url', 'http://127.0.0.1:9/acs', '--count', '5', '--shard', '2/2'],
        /--shard '2\/2' is not i\/n with 0 <= i < n/,
      ],
      [['--acs-url', 'http://127.0.0.1:9/acs', '--count', '5', '--serial-template', 'SAME'], /put \{n\} in it/],
      [
        ['--acs-url', 'http://127.0.0.1:9/acs', '--count', '5', '--memory', '--state-dir', '/tmp/x'],
        /--memory and --state-dir exclude each other/,
      ],
      [['--acs-url', 'http://127.0.0.1:9/acs', '--count', 'many'], /--count 'many' is not a whole number/],
      [
        ['--acs-url', 'http://127.0.0.1:9/acs', '--count', '5', '--profile', PROFILE, '--oui-template', 'XYZ{n}'],
        /--oui-template gives 'XYZ1' for device 1, which is not a valid ManufacturerOUI/,
      ],
      [
        ['--acs-url', 'http://127.0.0.1:9/acs', '--count', '5', '--ca-file', '/nonexistent/ca.pem'],
        /--ca-file: cannot read \/nonexistent\/ca.pem \(ENOENT\); give a readable PEM file/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = fleetError(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);

  it('stops with one line, not a hang, when the connection-request port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '0.0.0.0', () => r()));
    const port = String((taken.address() as AddressInfo).port);
    try {
      const r = fleetError([
        '--acs-url',
        'http://127.0.0.1:9/acs',
        '--count',
        '3',
        '--profile',
        PROFILE,
        '--cr-port',
        port,
        '--udp-port',
        '0',
      ]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(`connection-request port ${port} is already in use; choose another with --cr-port`),
      );
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      taken.close();
    }
  }, 30_000);

  it('runs its shard of the serial range, serves Prometheus metrics and writes a summary on exit', async () => {
    const acs = new ScriptedAcs({ script: () => [] });
    const url = await acs.listen();
    const dir = mkdtempSync(join(tmpdir(), 'tr069-fleet-cli-'));
    const metricsPort = await freeTcpPort();
    const child = spawn(
      process.execPath,
      [
        ...CLI,
        '--acs-url',
        url,
        '--profile',
        PROFILE,
        '--count',
        '40',
        '--shard',
        '1/2',
        '--serial-template',
        'CLI-{n:03}',
        '--boot-rate',
        '0',
        '--cr-port',
        '0',
        '--udp-port',
        '0',
        '--state-dir',
        join(dir, 'state'),
        '--metrics-port',
        String(metricsPort),
        '--summary-file',
        join(dir, 'summary.json'),
      ],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await acs.waitForSessions(20, 30_000);
      const serials = acs.sessions.map((s) => s.inform!.deviceId.serialNumber).sort();
      expect(serials).toEqual(Array.from({ length: 20 }, (_, i) => `CLI-${String(21 + i).padStart(3, '0')}`));
      const metrics = await until(
        'metrics with 20 devices informed',
        async () => {
          const text = await fetch(`http://127.0.0.1:${metricsPort}/metrics`).then(
            (r) => r.text(),
            () => '',
          );
          return text.includes('tr069_fleet_devices{state="informed"} 20') ? text : undefined;
        },
        15_000,
      );
      expect(metrics).toContain('tr069_fleet_sessions_total{outcome="ok"} 20');
      // One state folder per device, under --state-dir.
      expect(readdirSync(join(dir, 'state')).sort()).toEqual(serials);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Record<string, unknown>;
      expect(summary).toMatchObject({
        shard: '1/2',
        firstSerial: 'CLI-021',
        lastSerial: 'CLI-040',
        devices: 20,
        informed: 20,
        sessions: { ok: 20, failed: 0 },
      });
      expect(output).toMatch(/fleet: devices CLI-021 … CLI-040 \(20 of 40, shard 1\/2\)/);

      // The same shard again on the same --state-dir: every device remembers it has bootstrapped.
      const again = spawn(
        process.execPath,
        [
          ...CLI,
          '--acs-url',
          url,
          '--profile',
          PROFILE,
          '--count',
          '40',
          '--shard',
          '1/2',
          '--serial-template',
          'CLI-{n:03}',
          '--boot-rate',
          '0',
          '--cr-port',
          '0',
          '--udp-port',
          '0',
          '--state-dir',
          join(dir, 'state'),
          '--duration',
          '30',
        ],
        { cwd: REPO, stdio: 'ignore' },
      );
      try {
        const sessions = await acs.waitForSessions(40, 30_000);
        for (const s of sessions.slice(20)) {
          // A new process, a new listener port: ConnectionRequestURL changed, which the ACS must hear (TR-069 3.2.1).
          expect(s.inform!.events.map((e) => e.eventCode).sort()).toEqual(['1 BOOT', '4 VALUE CHANGE']);
          const before = sessions.find((x) => x.inform!.deviceId.serialNumber === s.inform!.deviceId.serialNumber)!;
          const crUrl = (x: typeof s): string | undefined =>
            x.inform!.parameterList.find((p) => p.name === 'Device.ManagementServer.ConnectionRequestURL')?.value;
          expect(new URL(crUrl(s)!).pathname).toBe(new URL(crUrl(before)!).pathname); // same device, same secret path
        }
        expect(new Set(sessions.slice(20).map((s) => s.inform!.deviceId.serialNumber)).size).toBe(20);
      } finally {
        again.kill('SIGKILL');
      }
    } finally {
      child.kill('SIGKILL');
      await acs.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
