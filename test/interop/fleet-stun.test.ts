import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedDevice } from '../../src/agent/device-setup.ts';
import { loadProfile } from '../../src/device/profile/load.ts';
import { parseDeviceTemplate } from '../../src/fleet/device-template.ts';
import { Fleet } from '../../src/fleet/fleet.ts';
import { createLogger } from '../../src/log/logger.ts';
import { REPO } from '../support/bbf-path.ts';
import { startCoturn, StunRelay } from '../support/coturn.ts';
import { GenieAcs, type GenieSession, type ProblemMark } from '../support/genieacs/genie-acs.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { until } from '../support/until.ts';
import { expectGenieAcsSatisfied, sessionSummary } from './interop-support.ts';
import { LOOPBACK_FLEET } from '../support/loopback-fleet.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'fleet-device.yaml');
const COUNT = 3;
const CR_PASSWORD = 'fleet-udp-secret';
const MS = 'Device.ManagementServer.';
const serials = Array.from({ length: COUNT }, (_, i) => `NAT-${i + 1}`);

/**
 * TR-111 in a fleet, judged by GenieACS: it provisions STUN on each device (its own STUN
 * username) and active notification of UDPConnectionRequestAddress, learns the one mapping all
 * devices advertise through a NAT-like relay in front of coturn, and its own udpConnectionRequest
 * (lib/connection-request.ts) sent to that mapping wakes the device it names, and only that one.
 */
describe.skipIf(skipUnlessPeer('genieacs', 'coturn'))(`a fleet of ${COUNT} devices behind a NAT, with STUN`, () => {
  let acs: GenieAcs;
  let coturn: { port: number; stop(): void };
  let relay: StunRelay;
  let fleet: Fleet;
  let mark: ProblemMark;
  const lines: string[] = [];
  const ids = new Map<string, string>();
  const detail = (): string => `${sessionSummary(acs)}\n--- fleet log ---\n${lines.slice(-40).join('\n')}`;

  beforeAll(async () => {
    [acs, coturn] = await Promise.all([GenieAcs.start(), startCoturn()]);
    relay = await StunRelay.start(coturn.port);
    mark = acs.mark();
    for (const sn of serials) {
      const id = acs.deviceId({ OUI: '0A0B0C', ProductClass: 'FLEETBOX', SerialNumber: sn });
      ids.set(sn, id);
      void acs.enqueue(id, {
        name: 'SetParameterValues',
        parameterKey: 'stun',
        parameterList: [
          [`${MS}STUNServerAddress`, '127.0.0.1', 'xsd:string'],
          [`${MS}STUNServerPort`, relay.port, 'xsd:unsignedInt'],
          [`${MS}STUNUsername`, `stun-${sn}`, 'xsd:string'],
          [`${MS}STUNPassword`, `pw-${sn}`, 'xsd:string'],
          [`${MS}STUNMinimumKeepAlivePeriod`, 1, 'xsd:unsignedInt'],
          [`${MS}STUNMaximumKeepAlivePeriod`, 2, 'xsd:int'],
          [`${MS}STUNEnable`, true, 'xsd:boolean'],
        ],
      });
      // TR-111 2.2.1: the ACS asks to be told actively when the mapping moves.
      void acs.enqueue(id, {
        name: 'SetParameterAttributes',
        parameterList: [[`${MS}UDPConnectionRequestAddress`, 2, null]],
      });
    }
    fleet = new Fleet({
      first: 1,
      last: COUNT,
      device: await simulatedDevice(await loadProfile(PROFILE)),
      profileName: PROFILE,
      acsUrl: acs.url,
      serial: parseDeviceTemplate('NAT-{n}', 'serial-template', true),
      crPassword: CR_PASSWORD,
      bootRate: 0,
      ...LOOPBACK_FLEET,
      log: createLogger({ level: 'warn', write: (l) => void lines.push(l) }),
    });
    await fleet.start();
  });

  afterAll(async () => {
    await fleet?.stop();
    await acs?.close();
    relay?.close();
    coturn?.stop();
  });

  it('GenieACS learns the one mapped address every device advertises, by their value-change Informs', async () => {
    const mapped = `127.0.0.1:${relay.mappedPort}`;
    for (const sn of serials) {
      const id = ids.get(sn)!;
      const s = await acs.waitForSession(
        (x) =>
          x.deviceId === id &&
          x.outcome === 'ended' &&
          x.events.includes('4 VALUE CHANGE') &&
          x.inform.parameterList.some(([p, v]) => String(p) === `${MS}UDPConnectionRequestAddress` && v === mapped),
        { timeoutMs: 20_000, what: `${sn} telling its mapping`, detail },
      );
      expect(s.events).not.toContain('0 BOOTSTRAP');
      expect(acs.parameter(id, `${MS}UDPConnectionRequestAddress`)).toBe(mapped);
    }
    // Each device's own Binding Requests, all from the fleet's one socket.
    await until('two Binding Requests per device', () =>
      serials.every((sn) => (relay.countsByUsername().get(`stun-${sn}`) ?? 0) >= 2),
    );
    expect(new Set(relay.requests.map((r) => r.fromPort))).toEqual(new Set([fleet.ports.udp]));
    for (const sn of serials) expect(await fleet.agent(sn)!.tree.readInternal(`${MS}NATDetected`)).toBe(true);
    expectGenieAcsSatisfied(acs, mark);
  }, 30_000);

  it("GenieACS's UDP connection request to the mapping wakes the device it names, and only it", async () => {
    const since = acs.mark();
    const last = acs.sessions.length - 1;
    const requested = (): GenieSession[] =>
      acs.sessions.filter((x) => x.index > last && x.events.includes('6 CONNECTION REQUEST'));
    for (const sn of [serials[1]!, serials[2]!]) {
      const id = ids.get(sn)!;
      // ConnectionRequestUsername defaults to the serial number in a fleet: the shared socket's key.
      expect(await acs.udpConnectionRequest(id, { username: sn, password: CR_PASSWORD })).toBe('');
      const s = await acs.waitForSession((x) => x.index > last && x.deviceId === id && requested().includes(x), {
        what: `${sn}'s connection-requested session`,
        detail,
      });
      await until(`the end of ${sn}'s session`, () => s.outcome !== 'open', 15_000);
      expect(s.outcome).toBe('ended');
    }
    // GenieACS sent each request (three copies) to the advertised mapping, not to the fleet's port.
    expect(acs.udpDatagrams.map((d) => d.port)).toEqual(Array(6).fill(relay.mappedPort));
    expect(requested().map((x) => x.deviceId)).toEqual([ids.get(serials[1]!), ids.get(serials[2]!)]);
    expect(requested().every((x) => x.outcome === 'ended')).toBe(true);
    expectGenieAcsSatisfied(acs, since);
  }, 30_000);
});
