import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { parseDeviceTemplate } from '../../src/fleet/device-template.ts';
import { Fleet } from '../../src/fleet/fleet.ts';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';
import { LOOPBACK_FLEET } from '../support/loopback-fleet.ts';

// Each fleet device follows its own ManagementServer.URL (TR-069 3.2.1): the ACS moves half the
// fleet in their bootstrap sessions; exactly those bootstrap at the new ACS, and only once.
const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const COUNT = 40;

describe('fleet devices whose URL the ACS changes', () => {
  const stops: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const s of stops.reverse()) await s();
  });

  it('bootstrap at the new URL, each on its own, and leave the old ACS', async () => {
    const b = new ScriptedAcs({ script: () => [] });
    const bUrl = await b.listen();
    stops.push(() => b.close());
    const moved = (serial: string): boolean => Number(serial.slice(-4)) % 2 === 0;
    const a = new ScriptedAcs({
      script: (inform): Message[] =>
        inform.events.some((e) => e.eventCode === '0 BOOTSTRAP') && moved(inform.deviceId.serialNumber)
          ? [
              {
                kind: 'SetParameterValues',
                parameterKey: 'move',
                parameterList: [{ name: 'Device.ManagementServer.URL', value: bUrl, xsiType: 'xsd:string' }],
              },
            ]
          : [],
    });
    const aUrl = await a.listen();
    stops.push(() => a.close());
    const device = await simulatedDevice(await loadProfile(PROFILE));
    const fleet = new Fleet({
      first: 1,
      last: COUNT,
      device,
      profileName: PROFILE,
      acsUrl: aUrl,
      serial: parseDeviceTemplate('MOV-{n:04}', 'serial-template', true),
      crPassword: 'x',
      bootRate: 0,
      ...LOOPBACK_FLEET,
      random: () => 0.5,
    });
    await fleet.start();
    stops.push(() => fleet.stop());
    await until('every moved device at the new ACS', () => b.sessions.length >= COUNT / 2, 20_000);
    await new Promise((r) => setTimeout(r, 1000));
    const atB = b.sessions.map((s) => s.inform!);
    expect(atB.map((i) => i.deviceId.serialNumber).sort()).toEqual(
      Array.from({ length: COUNT / 2 }, (_, i) => `MOV-${String(2 * (i + 1)).padStart(4, '0')}`),
    );
    expect(atB.every((i) => i.events.some((e) => e.eventCode === '0 BOOTSTRAP'))).toBe(true);
    // The old ACS saw each device once (its bootstrap), none again after the move.
    expect(a.sessions).toHaveLength(COUNT);
  }, 40_000);
});
