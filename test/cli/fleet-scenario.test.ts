import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { REPO } from '../support/bbf-path.ts';
import { dumpDom } from '../support/chromium.ts';
import { peer } from '../support/peers.ts';
import { until } from '../support/until.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const CLI = ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), 'fleet'];
mkdirSync(join(REPO, '.tmp'), { recursive: true });
const dir = mkdtempSync(join(REPO, '.tmp', 'fleet-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fleet = (acsUrl: string, count: number, scenario: string, extra: string[] = []): string[] => {
  const file = join(dir, `scenario-${count}.yaml`);
  writeFileSync(file, scenario);
  return [
    ...CLI,
    ...['--acs-url', acsUrl, '--profile', PROFILE, '--count', String(count), '--serial-template', 'E2E-{n:03}'],
    ...['--cr-port', '0', '--udp-port', '0', '--scenario', file, ...extra],
  ];
};

describe('tr069-agent fleet --scenario --report --control-port', () => {
  it('refuses a scenario file with its problems, each on its line', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'steps:\n  - boot: { rate: fast }\n  - { at: soon, reboot: {} }\n');
    const r = spawnSync(
      process.execPath,
      [...CLI, '--acs-url', 'http://127.0.0.1:9/', '--count', '2', '--scenario', file],
      {
        cwd: REPO,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `tr069-agent: invalid scenario ${file} (2 problems):`,
      `tr069-agent:   ${file}:2: steps[0].boot.rate: string "fast" is not a whole number from 0 to 1000000; e.g. rate: 200`,
      `tr069-agent:   ${file}:3: steps[1].at: string "soon" is not a duration; write e.g. 500ms, 30s, 10m or 1h`,
    ]);
  }, 30_000);

  it('refuses a scenario that names a parameter the devices do not serve, before any device starts', () => {
    const file = join(dir, 'typo.yaml');
    writeFileSync(
      file,
      'steps:\n  - name: storm\n    value-change: { parameter: Device.DeviceInfo.ProvisionCode, value: x }\n',
    );
    const r = spawnSync(
      process.execPath,
      [...CLI, '--acs-url', 'http://127.0.0.1:9/', '--profile', PROFILE, '--count', '2', '--scenario', file],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `tr069-agent: --scenario ${file}: steps[0] (storm): Device.DeviceInfo.ProvisionCode is not a parameter the devices serve (profile ${PROFILE}); check the path`,
    );
  }, 30_000);

  it('runs a scenario end to end: live control on loopback behind a token, the verdict, the summary and a report Chromium draws', async () => {
    const acs = new ScriptedAcs({ script: () => [] });
    const url = await acs.listen();
    const report = join(dir, 'report.html');
    const summaryFile = join(dir, 'summary.json');
    const child = spawn(
      process.execPath,
      fleet(
        url,
        20,
        `name: e2e
seed: 11
duration: 5s
steps:
  - name: storm
    boot: { rate: 0 }
  - name: change
    after: storm
    wait: 300ms
    select: { share: 50% }
    value-change: { parameter: Device.DeviceInfo.ProvisioningCode, value: e2e, notify: active }
expect:
  - name: half the fleet changed
    parameter: Device.DeviceInfo.ProvisioningCode
    equals: e2e
    share: ">= 50%"
    within: 4s
  - events: { "4 VALUE CHANGE": ">= 10" }
  - sessions: { failed: "== 0" }
`,
        ['--report', report, '--summary-file', summaryFile, '--control-port', '0'],
      ),
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const [, base, token] = await until(
        'the control API line',
        () => /control API on (http:\/\/127\.0\.0\.1:[0-9]+)\/ \(token ([A-Za-z0-9_-]+)\)/.exec(stderr) ?? undefined,
      );
      expect((await fetch(`${base!}/devices`)).status).toBe(401);
      const auth = { Authorization: `Bearer ${token!}` };
      const list = (await (await fetch(`${base!}/devices?limit=3`, { headers: auth })).json()) as { total: number };
      expect(list).toMatchObject({ total: 20 });
      const cr = await fetch(`${base!}/devices/E2E-003/actions`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: '{"connection-request": {}}',
      });
      expect(cr.status).toBe(200);
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await acs.close();
    }
    expect(acs.sessions.some((s) => s.inform!.events.some((e) => e.eventCode === '6 CONNECTION REQUEST'))).toBe(true);
    expect(stdout).toMatch(/^scenario "e2e" \(seed 11\): PASS \(3 of 3 expectations met\)\n/);
    expect(stdout).toMatch(
      /half the fleet changed +>= 50% of devices with Device\.DeviceInfo\.ProvisioningCode = e2e by 4 s +50% \(10 of 20\) +PASS at/,
    );
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as {
      scenario: { passed: boolean; steps: unknown[] };
    };
    expect(summary.scenario).toMatchObject({
      passed: true,
      steps: [
        { name: 'storm', devices: 20 },
        { name: 'change', devices: 10 },
      ],
    });
    // The report the command wrote (its renderer loaded through tsx) draws in Chromium.
    if (!peer('chromium')) return;
    const page = readFileSync(report, 'utf8');
    const data = JSON.parse(/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(page)![1]!) as {
      timeline: { samples: unknown[] };
    };
    const dom = await dumpDom(report);
    const sessions = dom.slice(dom.indexOf('<section id="sessions">'), dom.indexOf('<section id="latency">'));
    const polylines = [...sessions.matchAll(/<polyline points="([^"]*)"/g)].map((m) => m[1]!.split(' ').length);
    expect(polylines).toEqual([3, 3, 3].map(() => data.timeline.samples.length));
    expect(dom).toContain('Scenario "e2e" (seed 11): PASS');
    expect(dom).toMatch(/<section id="versions"><h2>Firmware versions across the fleet<\/h2><svg/);
  }, 120_000);

  it('exits 1 as soon as an expectation fails, with end-when-decided', async () => {
    const acs = new ScriptedAcs({ script: () => [] });
    const url = await acs.listen();
    const child = spawn(
      process.execPath,
      fleet(url, 3, 'end-when-decided: true\nduration: 30s\nexpect:\n  - events: { "0 BOOTSTRAP": "<= 1" }\n'),
      { cwd: REPO, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    try {
      expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(1);
      expect(stdout).toMatch(/: FAIL \(0 of 1 expectations met\)/);
      expect(stdout).toMatch(/events 0 BOOTSTRAP <= 1 +<= 1 '0 BOOTSTRAP' events +2 +FAIL at/);
    } finally {
      child.kill('SIGKILL');
      await acs.close();
    }
  }, 60_000);
});
