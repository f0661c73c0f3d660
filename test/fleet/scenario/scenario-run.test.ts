import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../../src/agent/device-setup.ts';
import type { Message } from '../../../src/cwmp/soap/index.ts';
import { ScriptedAcs } from '../../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../../src/device/profile/load.ts';
import { ControlledFleet } from '../../../src/fleet/controlled-fleet.ts';
import { parseDeviceTemplate } from '../../../src/fleet/device-template.ts';
import type { SessionSeen } from '../../../src/fleet/device-tracker.ts';
import { FleetRoster } from '../../../src/fleet/fleet-roster.ts';
import { parseScenario } from '../../../src/fleet/scenario/scenario-parse.ts';
import { ScenarioRun, type ScenarioResult } from '../../../src/fleet/scenario/scenario-run.ts';
import { streamOf } from '../../../src/fleet/scenario/seeded.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { REPO } from '../../support/bbf-path.ts';
import { digestConnectionRequest } from '../../support/digest-client.ts';
import { until } from '../../support/until.ts';
import { LOOPBACK_FLEET } from '../../support/loopback-fleet.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const COUNT = 24;
const CR_PASSWORD = 'scenario-cr-secret';
const serial = parseDeviceTemplate('SCN-{n:03}', 'serial-template', true);
type Inform = Extract<Message, { kind: 'Inform' }>;

// Devices 1-8: an ACS outage (poked by a connection request during it, over 3 s later); 9-16: a value-change
// storm, twice; 17-18: GetParameterValues answered with fault 9002; 19-20: answered 400 ms late;
// 21-24: a power cycle after the outage; a seeded 25 % share of 9-24: unreachable for connection requests.
const SCENARIO = `
name: every step on 24 devices
seed: 5
steps:
  - name: power on
    boot: { rate: 200 }
  - name: cut off
    select: { devices: 9-24, share: 25% }
    unreachable: {}
  - name: gpv fault
    select: { devices: 17-18 }
    rpc-fault: { rpc: GetParameterValues, code: 9002 }
  - name: gpv latency
    select: { devices: 19-20 }
    rpc-fault: { rpc: GetParameterValues, latency: 400ms }
  - name: outage
    after: power on
    wait: 500ms
    select: { devices: 1-8 }
    acs-outage: {}
  - name: poke
    after: power on
    wait: 600ms
    select: { devices: 1-8 }
    connection-request: {}
  - name: recovery
    after: poke
    wait: 3s
    select: { devices: 1-8 }
    acs-recovery: {}
  - name: storm
    after: power on
    wait: 500ms
    select: { devices: 9-16 }
    value-change: { parameter: Device.DeviceInfo.ProvisioningCode, value: "storm-{k}", notify: active }
    repeat: { every: 300ms, times: 2 }
  - name: cycle
    after: recovery
    select: { devices: 21-24 }
    power-cycle: { off: 200ms }
expect:
  - name: the storm's last value on a third of the fleet
    parameter: Device.DeviceInfo.ProvisioningCode
    equals: storm-2
    share: ">= 30%"
    within: 30s
  - name: the outage made devices retry
    retry-count: ">= 1"
    select: { devices: 1-8 }
  - name: no retries after recovery
    retry-count: "<= 0"
    from: { after: recovery }
  - events: { "4 VALUE CHANGE": ">= 8" }
  - events: { "1 BOOT": ">= 28" }
  - faults: { 9002: ">= 2" }
  - name: no failed session at all
    sessions: { failed: "<= 0" }
`;

describe(`a scenario over ${COUNT} devices against the test ACS`, () => {
  let acs: ScriptedAcs;
  let cf: ControlledFleet;
  let run: ScenarioRun;
  let result: ScenarioResult;
  const seen: SessionSeen[] = [];
  const informs = (n: number): Inform[] =>
    acs.sessions.map((s) => s.inform!).filter((i) => i.deviceId.serialNumber === serial(n));
  const codes = (i: Inform): string[] => i.events.map((e) => e.eventCode);

  beforeAll(async () => {
    // Bootstrap sessions read the serial number back: the RPC the faults are injected into.
    acs = new ScriptedAcs({
      script: (inform) =>
        inform.events.some((e) => e.eventCode === '0 BOOTSTRAP')
          ? [{ kind: 'GetParameterValues', parameterNames: ['Device.DeviceInfo.SerialNumber'] }]
          : [],
    });
    const url = await acs.listen();
    const scenario = await parseScenario(SCENARIO, 'inline.yaml');
    cf = new ControlledFleet({
      count: COUNT,
      first: 1,
      last: COUNT,
      seed: scenario.seed,
      device: await simulatedDevice(await loadProfile(PROFILE)),
      profileName: PROFILE,
      acsUrl: url,
      serial,
      crPassword: CR_PASSWORD,
      bootRate: 0,
      poweredOff: true,
      ...LOOPBACK_FLEET,
    });
    cf.tracker.onSession((s) => seen.push(s));
    await cf.fleet.start();
    run = new ScenarioRun({ scenario, ...cf, read: (s, p) => cf.read(s, p), log: silentLogger });
    run.start();
    await until('every step to take effect', () => cf.fleet.serials().length === COUNT && ended(), 40_000).catch(
      (e: Error) => {
        const state = (n: number): string =>
          `${serial(n)}: ${JSON.stringify(cf.tracker.get(serial(n)))} ${informs(n).map(codes).join('/')}`;
        throw new Error(`${e.message}\n${Array.from({ length: COUNT }, (_, i) => state(i + 1)).join('\n')}`);
      },
    );
    result = await run.finish();
  }, 60_000);

  // Every step has had its effect once the outage's devices got through again, the power-cycled
  // ones informed again and the storm's last value arrived.
  const ended = (): boolean =>
    [1, 2, 3, 4, 5, 6, 7, 8].every((n) => {
      const t = cf.tracker.get(serial(n));
      return t !== undefined && t.failed > 0 && t.retryCount === 0;
    }) &&
    [21, 22, 23, 24].every((n) => informs(n).filter((i) => codes(i).includes('1 BOOT')).length >= 2) &&
    [9, 10, 11, 12, 13, 14, 15, 16].every((n) =>
      informs(n).some((i) => i.parameterList.some((p) => p.value === 'storm-2')),
    );

  afterAll(async () => {
    await cf?.fleet.stop();
    await acs?.close();
  });

  it('boot: powers every device on from the scenario (none at the boot rate), each bootstraps once', () => {
    for (let n = 1; n <= COUNT; n++) expect(informs(n).filter((i) => codes(i).includes('0 BOOTSTRAP'))).toHaveLength(1);
    expect(cf.fleet.metrics.started).toBe(COUNT);
  });

  it('acs-outage: sessions fail until recovery, then the retry carries RetryCount and succeeds', () => {
    for (let n = 1; n <= 8; n++) {
      // Each failure is retried after the back-off; the session that gets through carries the count.
      const failures = seen.filter((s) => s.n === n && !s.report.ok);
      expect(failures.length).toBeGreaterThanOrEqual(1);
      expect(failures[0]!.report.reason).toMatch(/ACS outage/);
      expect(informs(n).map((i) => i.retryCount)).toEqual([0, failures.length]);
      expect(cf.tracker.get(serial(n))!.retryCount).toBe(0);
    }
    for (let n = 9; n <= COUNT; n++) expect(seen.filter((s) => s.n === n && !s.report.ok)).toEqual([]);
  });

  it('value-change: every stormed device informs "4 VALUE CHANGE" with each value', () => {
    for (let n = 9; n <= 16; n++) {
      const changes = informs(n).filter((i) => codes(i).includes('4 VALUE CHANGE'));
      const values = changes.flatMap((i) =>
        i.parameterList.filter((p) => p.name === 'Device.DeviceInfo.ProvisioningCode').map((p) => p.value),
      );
      expect(values).toEqual(expect.arrayContaining(['storm-2']));
      expect(changes.length).toBeGreaterThanOrEqual(1);
    }
    expect(informs(8).some((i) => codes(i).includes('4 VALUE CHANGE'))).toBe(false);
  });

  it('rpc-fault: the chosen devices answer GetParameterValues with the fault, or after the latency', () => {
    for (const n of [17, 18]) {
      const boot = acs.sessions.find((s) => s.inform?.deviceId.serialNumber === serial(n))!;
      expect(boot.received.find((m) => m.kind === 'Fault')).toMatchObject({ faultCode: 9002 });
    }
    for (const n of [19, 20]) {
      const boot = acs.sessions.find((s) => s.inform?.deviceId.serialNumber === serial(n))!;
      expect(boot.received.some((m) => m.kind === 'GetParameterValuesResponse')).toBe(true);
      expect(seen.find((s) => s.n === n)!.report.ms).toBeGreaterThanOrEqual(400);
    }
    const other = acs.sessions.find((s) => s.inform?.deviceId.serialNumber === serial(1))!;
    expect(other.received.some((m) => m.kind === 'GetParameterValuesResponse')).toBe(true);
  });

  it('power-cycle: the device boots again with its state kept ("1 BOOT", no new BOOTSTRAP)', () => {
    for (let n = 21; n <= 24; n++) {
      const after = informs(n).slice(1);
      expect(after.some((i) => codes(i).includes('1 BOOT'))).toBe(true);
      expect(after.some((i) => codes(i).includes('0 BOOTSTRAP'))).toBe(false);
    }
  });

  it('unreachable: connection requests to the drawn share drop unanswered; the same seed draws the same devices', async () => {
    const again = new FleetRoster({
      count: COUNT,
      first: 1,
      last: COUNT,
      serial,
      defaultProfile: 'x',
      groups: [],
      seed: 5,
    });
    const cutOff = { devices: [[9, 24]] as const, share: 0.25 };
    const drawn = again.select(cutOff, streamOf('step cut off'));
    expect(drawn).toHaveLength(4);
    expect(drawn.every((n) => n >= 9)).toBe(true);
    expect(cf.roster.select(cutOff, streamOf('step cut off'))).toEqual(drawn);
    expect(new FleetRoster({ ...again.o, seed: 6 }).select(cutOff, streamOf('step cut off'))).not.toEqual(drawn);
    const crUrl = (n: number): string =>
      informs(n)[0]!.parameterList.find((p) => p.name === 'Device.ManagementServer.ConnectionRequestURL')!.value;
    const cut = drawn[0]!;
    const open = [...Array(COUNT).keys()].map((i) => i + 1).find((n) => n >= 9 && !drawn.includes(n))!;
    // No answer at all (the ACS times out, as with a real device cut off), not a reset.
    await expect(fetch(crUrl(cut), { signal: AbortSignal.timeout(1500) })).rejects.toThrow(/aborted|timeout/i);
    expect(await digestConnectionRequest(crUrl(open), serial(open), CR_PASSWORD)).toBe(200);
  });

  it('judges the run: each expectation with what was seen, the failed-session one failing', () => {
    const v = Object.fromEntries(result.verdicts.map((x) => [x.name, x]));
    expect(result.verdicts.map((x) => x.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'fail']);
    expect(v["the storm's last value on a third of the fleet"]!.got).toMatch(/^33\.33% \(8 of 24\)$/);
    expect(v['no failed session at all']!.got).toBe('1');
    expect(result.passed).toBe(false);
    expect(result.steps.map((s) => [s.name, s.devices, s.failed])).toEqual([
      ['power on', 24, 0],
      ['cut off', 4, 0],
      ['gpv fault', 2, 0],
      ['gpv latency', 2, 0],
      ['outage', 8, 0],
      ['poke', 8, 0],
      ['recovery', 8, 0],
      ['storm', 8, 0],
      ['cycle', 4, 0],
    ]);
    for (const s of result.steps) expect(s.endedS).toBeGreaterThanOrEqual(s.startedS!);
  });
});
