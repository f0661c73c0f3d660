import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { parseDeviceTemplate } from '../../src/fleet/device-template.ts';
import { Fleet } from '../../src/fleet/fleet.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';
import { LOOPBACK_FLEET } from '../support/loopback-fleet.ts';

// A fleet whose sessions queue behind --max-sessions (a boot storm against a slow ACS) stops,
// and powers a queued device off, without first running the queue.
const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const COUNT = 40;
const ACS_DELAY_MS = 200;

describe('stopping a fleet with sessions queued', () => {
  const stops: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const s of stops.reverse()) await s();
  });

  it('powers a queued device off at once, and stops the fleet without running the rest of the queue', async () => {
    // Every message takes the ACS 200 ms: one session at a time, 40 queued take over 16 s.
    const acs = new ScriptedAcs({
      script: () => [],
      intercept: async () => {
        await new Promise((r) => setTimeout(r, ACS_DELAY_MS));
        return false;
      },
    });
    const url = await acs.listen();
    stops.push(() => acs.close());
    const fleet = new Fleet({
      first: 1,
      last: COUNT,
      device: await simulatedDevice(await loadProfile(PROFILE)),
      profileName: PROFILE,
      acsUrl: url,
      serial: parseDeviceTemplate('Q-{n:04}', 'serial-template', true),
      crPassword: 'x',
      bootRate: 0,
      maxSessions: 1,
      ...LOOPBACK_FLEET,
      random: () => 0.5,
    });
    await fleet.start();
    stops.push(() => fleet.stop());
    await until(
      'every device started and the first session done',
      () => fleet.metrics.started === COUNT && acs.sessions.length >= 1,
      20_000,
    );
    const last = fleet.serials().at(-1)!;
    let t = performance.now();
    expect(await fleet.powerOff(last)).toBe(true);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(fleet.isOn(last)).toBe(false);
    t = performance.now();
    await fleet.stop();
    const stopMs = performance.now() - t;
    const ran = acs.sessions.length;
    // At most the session running when stop was called ends; the queue (about 35 devices) does not run.
    expect(stopMs).toBeLessThan(5000);
    expect(ran).toBeLessThan(COUNT / 2);
    expect(fleet.metrics.informed).toBeLessThanOrEqual(ran);
    await new Promise((r) => setTimeout(r, 3 * ACS_DELAY_MS));
    expect(acs.sessions.length).toBe(ran);
    expect(acs.sessions.some((s) => s.inform?.deviceId.serialNumber === last)).toBe(false);
  }, 40_000);
});
