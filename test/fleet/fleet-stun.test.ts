import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { ScriptedAcs } from '../../src/demo-acs/scripted-acs.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { parseDeviceTemplate } from '../../src/fleet/device-template.ts';
import { Fleet } from '../../src/fleet/fleet.ts';
import { createLogger, silentLogger, type Logger } from '../../src/log/logger.ts';
import { REPO } from '../support/bbf-path.ts';
import { startCoturn, StunRelay } from '../support/coturn.ts';
import { freeUdpPort } from '../support/free-port.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { until } from '../support/until.ts';
import { LOOPBACK_FLEET } from '../support/loopback-fleet.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const COUNT = 4;
const MS = 'Device.ManagementServer.';
const serials = Array.from({ length: COUNT }, (_, i) => `STUN-${i + 1}`);

/** The bootstrap provisioning an ACS does for TR-111: STUN on, with the device's own STUN username. */
function stunSetup(serial: string, stunPort: number): Message[] {
  const p = (name: string, value: string, xsiType: string): { name: string; value: string; xsiType: string } => ({
    name: `${MS}${name}`,
    value,
    xsiType,
  });
  return [
    {
      kind: 'SetParameterValues',
      parameterKey: 'stun',
      parameterList: [
        p('STUNServerAddress', '127.0.0.1', 'xsd:string'),
        p('STUNServerPort', String(stunPort), 'xsd:unsignedInt'),
        p('STUNUsername', `stun-${serial}`, 'xsd:string'),
        p('STUNPassword', `pw-${serial}`, 'xsd:string'),
        p('STUNMinimumKeepAlivePeriod', '1', 'xsd:unsignedInt'),
        p('STUNMaximumKeepAlivePeriod', '1', 'xsd:int'),
        p('STUNEnable', 'true', 'xsd:boolean'),
      ],
    },
  ];
}

/** A fleet of COUNT devices STUN-1… on the ACS at `url`, sharing their UDP socket. */
async function stunFleet(url: string, log: Logger): Promise<Fleet> {
  return new Fleet({
    first: 1,
    last: COUNT,
    device: await simulatedDevice(await loadProfile(PROFILE)),
    profileName: PROFILE,
    acsUrl: url,
    serial: parseDeviceTemplate('STUN-{n}', 'serial-template', true),
    crPassword: 'cr-secret',
    bootRate: 0,
    ...LOOPBACK_FLEET,
    log,
  });
}

/** An ACS that provisions STUN at bootstrap, towards the STUN server (or relay) on `port`. */
function stunAcs(port: number): ScriptedAcs {
  return new ScriptedAcs({
    script: (inform) =>
      inform.events.some((e) => e.eventCode === '0 BOOTSTRAP') ? stunSetup(inform.deviceId.serialNumber, port) : [],
  });
}

/**
 * TR-111 part 2 in a fleet: every device behind the one shared UDP socket keeps the NAT mapping
 * alive with its own Binding Requests (its own USERNAME) to coturn through a NAT-like relay,
 * and advertises the mapping they all share.
 */
describe.skipIf(skipUnlessPeer('coturn'))(`a fleet of ${COUNT} devices with STUNEnable against coturn`, () => {
  let coturn: { port: number; stop(): void };
  let relay: StunRelay;
  let acs: ScriptedAcs;
  let fleet: Fleet;

  beforeAll(async () => {
    coturn = await startCoturn();
    relay = await StunRelay.start(coturn.port);
    acs = stunAcs(relay.port);
    const url = await acs.listen();
    fleet = await stunFleet(url, silentLogger);
    await fleet.start();
  });

  afterAll(async () => {
    await fleet?.stop();
    await acs?.close();
    relay?.close();
    coturn?.stop();
  });

  const read = (serial: string, name: string): Promise<unknown> =>
    fleet.agent(serial)!.tree.readInternal(`${MS}${name}`);

  it('each device sends its own Binding Requests from the shared socket and advertises the one mapping', async () => {
    const mapped = `127.0.0.1:${relay.mappedPort}`;
    await until(
      'every device advertising the mapping after two Binding Requests of its own',
      async () => {
        const counts = relay.countsByUsername();
        for (const sn of serials) {
          if ((counts.get(`stun-${sn}`) ?? 0) < 2) return false;
          if (fleet.agent(sn) === undefined || (await read(sn, 'UDPConnectionRequestAddress')) !== mapped) return false;
        }
        return true;
      },
      15_000,
    );
    // All from the fleet's one UDP socket, each request with a device's own USERNAME.
    expect(new Set(relay.requests.map((r) => r.fromPort))).toEqual(new Set([fleet.ports.udp]));
    expect(new Set(relay.countsByUsername().keys())).toEqual(new Set(serials.map((sn) => `stun-${sn}`)));
    for (const sn of serials) expect(await read(sn, 'NATDetected')).toBe(true);
    // The relay's outside port is not the socket's: behind a NAT, as NATDetected says.
    expect(relay.mappedPort).not.toBe(fleet.ports.udp);
  }, 20_000);

  it("a device that powers off stops its keep-alive; the others' go on", async () => {
    const off = serials[0]!;
    await fleet.powerOff(off);
    const at = relay.countsByUsername().get(`stun-${off}`) ?? 0;
    const others = (): number[] => serials.slice(1).map((sn) => relay.countsByUsername().get(`stun-${sn}`) ?? 0);
    const before = others();
    await until('two more rounds of every other device', () => others().every((n, i) => n >= before[i]! + 2), 10_000);
    // At most one request of the powered-off device was already on its way.
    expect(relay.countsByUsername().get(`stun-${off}`) ?? 0).toBeLessThanOrEqual(at + 1);
  }, 15_000);
});

describe('a fleet whose STUN server does not answer', () => {
  it("logs one line for all its devices' unanswered requests, not one per device and round", async () => {
    // A relay towards a port nobody listens on: it counts the requests, nothing answers.
    const relay = await StunRelay.start(await freeUdpPort());
    const acs = stunAcs(relay.port);
    const lines: string[] = [];
    const fleet = await stunFleet(
      await acs.listen(),
      createLogger({ level: 'warn', write: (l) => void lines.push(l) }),
    );
    try {
      await fleet.start();
      // A device sends its second request only after its first went unanswered.
      await until(
        'every device past an unanswered request',
        () => serials.every((sn) => (relay.countsByUsername().get(`stun-${sn}`) ?? 0) >= 2),
        15_000,
      );
      const unanswered = lines.filter((l) => l.includes('STUN:'));
      expect(unanswered).toHaveLength(1);
      expect(unanswered[0]).toMatch(
        new RegExp(`WARN  STUN: no answer from 127\\.0\\.0\\.1:${relay.port} device=STUN-[1-4]$`),
      );
      for (const sn of serials)
        expect(await fleet.agent(sn)!.tree.readInternal(`${MS}UDPConnectionRequestAddress`)).toBe(
          `127.0.0.1:${fleet.ports.udp}`,
        );
    } finally {
      await fleet.stop();
      await acs.close();
      relay.close();
    }
  }, 20_000);
});
