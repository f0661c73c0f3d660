import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { ControlledFleet } from '../../src/fleet/controlled-fleet.ts';
import { parseDeviceTemplate } from '../../src/fleet/device-template.ts';
import { parseScenario } from '../../src/fleet/scenario/scenario-parse.ts';
import { ScenarioRun } from '../../src/fleet/scenario/scenario-run.ts';
import { draw, streamOf } from '../../src/fleet/scenario/seeded.ts';
import { silentLogger } from '../../src/log/logger.ts';
import { REPO } from '../support/bbf-path.ts';
import { GenieAcs, type GenieSession, type ProblemMark } from '../support/genieacs/genie-acs.ts';
import type { TransferCompleteRequest } from '../support/genieacs/types.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { until } from '../support/until.ts';
import { expectGenieAcsSatisfied, sessionSummary, startFileServer } from './interop-support.ts';
import { LOOPBACK_FLEET } from '../support/loopback-fleet.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const COUNT = 16;
const SEED = 21;
const CR_PASSWORD = 'campaign-cr-secret';
const serial = parseDeviceTemplate('FW-{n:03}', 'serial-template', true);

// Every device's firmware install takes 100-300 ms, a quarter fails with 9018, and the reboot
// into the new image takes 100-300 ms; GenieACS sends each device a Download.
const SCENARIO = `
name: firmware campaign
seed: ${SEED}
steps:
  - name: power on
    boot: { rate: 0 }
  - name: campaign behaviour
    firmware:
      download: { uniform: [100ms, 300ms] }
      fail: { share: 25%, code: 9018 }
      reboot: { uniform: [100ms, 300ms] }
expect:
  - name: most devices on 2.0.0
    parameter: Device.DeviceInfo.SoftwareVersion
    equals: 2.0.0
    share: ">= 50%"
    within: 30s
  - faults: { 9018: ">= 1" }
`;

describe.skipIf(skipUnlessPeer('genieacs'))(`a firmware campaign from GenieACS to ${COUNT} scenario devices`, () => {
  let acs: GenieAcs;
  let cf: ControlledFleet;
  let run: ScenarioRun;
  let files: Awaited<ReturnType<typeof startFileServer>>;
  let mark: ProblemMark;
  const id = (n: number): string => acs.deviceId({ OUI: '0A0B0C', ProductClass: 'FLEETBOX', SerialNumber: serial(n) });
  const detail = (): string => sessionSummary(acs);
  const transferComplete = (s: GenieSession): TransferCompleteRequest | undefined =>
    s.cpeRequests.find((r): r is TransferCompleteRequest => r.name === 'TransferComplete');

  beforeAll(async () => {
    acs = await GenieAcs.start();
    mark = acs.mark();
    files = await startFileServer({ '/firmware-2.0.0.bin': Buffer.from('fleet firmware 2.0.0\n'.repeat(4096)) });
    const scenario = await parseScenario(SCENARIO, 'campaign.yaml');
    cf = new ControlledFleet({
      count: COUNT,
      first: 1,
      last: COUNT,
      seed: scenario.seed,
      device: await simulatedDevice(await loadProfile(PROFILE)),
      profileName: PROFILE,
      acsUrl: acs.url,
      serial,
      crPassword: CR_PASSWORD,
      bootRate: 0,
      poweredOff: true,
      ...LOOPBACK_FLEET,
      transfers: { tls: {}, maxBytes: 1 << 24 },
    });
    await cf.fleet.start();
    run = new ScenarioRun({ scenario, ...cf, read: (s, p) => cf.read(s, p), log: silentLogger });
    run.start();
  }, 30_000);

  afterAll(async () => {
    await cf?.fleet.stop();
    await files?.close();
    await acs?.close();
  });

  it('installs in most devices and fails in the seeded share with 9018, as GenieACS reads the TransferCompletes', async () => {
    await until('every device bootstrapped', () => cf.fleet.metrics.informed === COUNT, 20_000);
    for (let n = 1; n <= COUNT; n++) {
      void acs.enqueue(id(n), {
        name: 'Download',
        commandKey: `fw-${n}`,
        instance: '1',
        fileType: '1 Firmware Upgrade Image',
        url: files.url('/firmware-2.0.0.bin'),
      });
      expect(await acs.httpConnectionRequest(id(n), { username: serial(n), password: CR_PASSWORD }), detail()).toBe('');
    }
    const completes = await Promise.all(
      Array.from({ length: COUNT }, (_, i) =>
        acs.waitForSession((s) => s.deviceId === id(i + 1) && s.outcome === 'ended' && !!transferComplete(s), {
          timeoutMs: 30_000,
          what: `the TransferComplete of device ${i + 1}`,
          detail,
        }),
      ),
    );
    // The seed decides which installs fail: the first draw of each device's failure stream.
    const failing = (n: number): boolean => draw(SEED, streamOf(`${serial(n)}\u0000firmware failure`), 0, 1) < 0.25;
    const expectedFailures = Array.from({ length: COUNT }, (_, i) => i + 1).filter(failing);
    expect(expectedFailures.length).toBeGreaterThan(0);
    expect(expectedFailures.length).toBeLessThan(COUNT / 2);
    completes.forEach((s, i) => {
      const n = i + 1;
      const tc = transferComplete(s)!;
      expect(tc.commandKey).toBe(`fw-${n}`);
      if (failing(n)) {
        expect(tc.faultStruct?.faultCode, `device ${n}`).toBe('9018');
        expect(String(s.informParameters.get('Device.DeviceInfo.SoftwareVersion'))).toBe('1.0.0');
      } else {
        expect(tc.faultStruct?.faultCode, `device ${n}`).toBe('0');
        expect(s.events).toEqual(expect.arrayContaining(['1 BOOT', '7 TRANSFER COMPLETE', 'M Download']));
        expect(String(s.informParameters.get('Device.DeviceInfo.SoftwareVersion'))).toBe('2.0.0');
      }
    });
    expect(cf.fleet.metrics.summary().faultCodes).toEqual({ 'TransferComplete 9018': expectedFailures.length });
    const result = await run.finish();
    // Passed once half the fleet ran 2.0.0 (the share when it was decided), faults counted as reported.
    const [share, faults] = result.verdicts;
    expect(share).toMatchObject({ name: 'most devices on 2.0.0', status: 'pass' });
    const [, upgraded] = /^[0-9.]+% \(([0-9]+) of 16\)$/.exec(share!.got)!;
    expect(Number(upgraded)).toBeGreaterThanOrEqual(COUNT / 2);
    expect(Number(upgraded)).toBeLessThanOrEqual(COUNT - expectedFailures.length);
    expect(faults).toMatchObject({ name: 'faults 9018 >= 1', status: 'pass', got: '1' });
    const versions = await Promise.all(
      Array.from({ length: COUNT }, (_, i) => cf.read(serial(i + 1), 'Device.DeviceInfo.SoftwareVersion')),
    );
    expect(versions.filter((v) => v === '2.0.0')).toHaveLength(COUNT - expectedFailures.length);
    expectGenieAcsSatisfied(acs, mark);
  }, 60_000);
});
