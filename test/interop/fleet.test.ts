import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/bbf-path.ts';
import { GenieAcs, type ProblemMark } from '../support/genieacs/genie-acs.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { until } from '../support/until.ts';
import { expectGenieAcsSatisfied, sessionSummary } from './interop-support.ts';

const COUNT = 500;
const CR_PASSWORD = 'fleet-cr-secret';
const serial = (n: number): string => `STB-${String(n).padStart(6, '0')}`;

/** `tr069-agent fleet`: 500 stb devices in one process against the GenieACS test ACS. */
describe.skipIf(skipUnlessPeer('genieacs'))(`a fleet of ${COUNT} devices against GenieACS`, () => {
  let acs: GenieAcs;
  let child: ChildProcess;
  let output = '';
  let exited: Promise<number | null>;
  let mark: ProblemMark;
  const detail = (): string => `${sessionSummary(acs)}\n--- fleet log ---\n${output.slice(-3000)}`;

  beforeAll(async () => {
    acs = await GenieAcs.start();
    mark = acs.mark();
    child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(REPO, 'src', 'cli', 'main.ts'),
        'fleet',
        '--acs-url',
        acs.url,
        '--profile',
        'stb',
        '--count',
        String(COUNT),
        '--memory',
        '--boot-rate',
        '250',
        '--cr-port',
        '0',
        '--udp-port',
        '0',
        '--cr-host',
        '127.0.0.1',
        '--cr-password',
        CR_PASSWORD,
        '--session-timeout',
        '10',
      ],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await acs?.close();
  });

  it(`bootstraps all ${COUNT} devices, every message parsed by GenieACS without an error or a warning`, async () => {
    const booted = (): Set<string> =>
      new Set(
        acs.sessions
          .filter((s) => s.outcome === 'ended' && s.events.includes('0 BOOTSTRAP'))
          .map((s) => s.inform.deviceId.SerialNumber),
      );
    await until(`${COUNT} bootstrap sessions`, () => booted().size === COUNT, 90_000).catch((e: Error) => {
      throw new Error(`${e.message}: ${booted().size} booted\n${detail()}`);
    });
    const serials = [...booted()].sort();
    expect(serials).toEqual(Array.from({ length: COUNT }, (_, i) => serial(i + 1)));
    // GenieACS's device ids, one per device.
    expect(new Set(acs.sessions.map((s) => s.deviceId)).size).toBe(COUNT);
    expect(
      acs.sessions
        .filter((s) => s.outcome !== 'ended' && s.outcome !== 'open')
        .map((s) => `${s.deviceId} ${s.outcome}`),
    ).toEqual([]);
    expectGenieAcsSatisfied(acs, mark);
  }, 120_000);

  it("GenieACS's HTTP connection request to one fleet device leads to that device's 6 CONNECTION REQUEST session", async () => {
    const since = acs.mark();
    const id = acs.deviceId({ OUI: '00D09E', ProductClass: 'STB4K', SerialNumber: serial(250) });
    expect(String(acs.parameter(id, 'Device.ManagementServer.ConnectionRequestURL'))).toMatch(
      /^http:\/\/127\.0\.0\.1:[0-9]+\//,
    );
    const last = acs.sessions.length - 1;
    // ConnectionRequestUsername defaults to the device's serial number in a fleet.
    expect(await acs.httpConnectionRequest(id, { username: serial(250), password: CR_PASSWORD }), detail()).toBe('');
    const s = await acs.waitForSession(
      (x) => x.index > last && x.outcome !== 'open' && x.events.includes('6 CONNECTION REQUEST'),
      { what: 'the connection-requested session', detail },
    );
    expect(s.deviceId).toBe(id);
    expect(s.outcome).toBe('ended');
    expectGenieAcsSatisfied(acs, since);
  });
});
