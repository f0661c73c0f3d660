import { createHmac } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { parseDeviceTemplate } from '../../src/fleet/device-template.ts';
import { Fleet } from '../../src/fleet/fleet.ts';
import { REPO } from '../support/bbf-path.ts';
import { until } from '../support/until.ts';
import { LOOPBACK_FLEET } from '../support/loopback-fleet.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const COUNT = 30;

describe("a fleet whose ACS renames every device's connection-request user at bootstrap", () => {
  it('routes UDP connection requests by the new usernames, to every device at once', async () => {
    // As GenieACS-style provisioning does: the bootstrap session sets new credentials.
    const acs = new ScriptedAcs({
      script: (inform) =>
        inform.events.some((e) => e.eventCode === '0 BOOTSTRAP')
          ? [
              {
                kind: 'SetParameterValues',
                parameterKey: 'cr',
                parameterList: [
                  {
                    name: 'Device.ManagementServer.ConnectionRequestUsername',
                    value: `acs-${inform.deviceId.serialNumber}`,
                    xsiType: 'xsd:string',
                  },
                  {
                    name: 'Device.ManagementServer.ConnectionRequestPassword',
                    value: 'renamed-secret',
                    xsiType: 'xsd:string',
                  },
                ],
              },
            ]
          : [],
    });
    const url = await acs.listen();
    const fleet = new Fleet({
      first: 1,
      last: COUNT,
      device: await simulatedDevice(await loadProfile(PROFILE)),
      profileName: PROFILE,
      acsUrl: url,
      serial: parseDeviceTemplate('REN-{n:03}', 'serial-template', true),
      crPassword: 'first-secret',
      bootRate: 0,
      ...LOOPBACK_FLEET,
    });
    const sock = createSocket('udp4');
    try {
      await fleet.start();
      await until('every device informed', () => fleet.metrics.informed === COUNT, 20_000);
      const before = acs.sessions.length;
      const ts = Math.floor(Date.now() / 1000);
      // More devices than unknown names may be searched for (10 per 10 s): each must be indexed.
      for (let n = 1; n <= COUNT; n++) {
        const un = `acs-REN-${String(n).padStart(3, '0')}`;
        const f = { ts, id: `r${n}`, un, cn: 'c' };
        const sig = createHmac('sha1', 'renamed-secret').update(`${f.ts}${f.id}${f.un}${f.cn}`).digest('hex');
        await new Promise<void>((r) =>
          sock.send(
            Buffer.from(
              `GET http://127.0.0.1:${fleet.ports.udp}?ts=${ts}&id=${f.id}&un=${un}&cn=c&sig=${sig} HTTP/1.1\r\n\r\n`,
            ),
            fleet.ports.udp,
            '127.0.0.1',
            () => r(),
          ),
        );
      }
      const woken = await until(
        'a session from every renamed device',
        () => {
          const serials = new Set(
            acs.sessions
              .slice(before)
              .filter((s) => s.inform?.events.some((e) => e.eventCode === '6 CONNECTION REQUEST'))
              .map((s) => s.inform!.deviceId.serialNumber),
          );
          return serials.size === COUNT ? serials : undefined;
        },
        20_000,
      );
      expect(woken.size).toBe(COUNT);
    } finally {
      sock.close();
      await fleet.stop();
      await acs.close();
    }
  }, 60_000);
});
