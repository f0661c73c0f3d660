import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentProcess } from '../support/agent-process.ts';
import { freeUdpPort } from '../support/free-port.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { GenieAcs, type GenieSession, type UdpDatagram } from '../support/genieacs/genie-acs.ts';
import { until } from '../support/until.ts';
import { expectGenieAcsSatisfied, response, sessionSummary, values, within } from './interop-support.ts';

const CR = { username: 'acs', password: 'cr-secret' };
const WAIT_MS = 20_000;
const MS = 'Device.ManagementServer.';
const IDENTITY = { Manufacturer: 'Acme Set-Top', OUI: '00D09E', ProductClass: 'STB4K', SerialNumber: 'ACME0000001' };

/**
 * TR-111 replay protection across a restart: a UDP connection request GenieACS sent, captured
 * byte for byte, starts nothing when replayed to the same device after its agent restarted on the
 * same state directory; a fresh one from GenieACS still does.
 */
describe.skipIf(skipUnlessPeer('genieacs'))('a UDP connection request replayed after the agent restarts (stb)', () => {
  let acs: GenieAcs;
  let agent: AgentProcess;
  let udpPort: number;
  let id: string;
  const args = (): string[] => [
    '--acs-url',
    acs.url,
    '--profile',
    'stb',
    '--cr-username',
    CR.username,
    '--cr-password',
    CR.password,
    '--cr-host',
    '127.0.0.1',
    '--udp-port',
    String(udpPort),
    '--session-timeout',
    '5',
  ];
  const detail = (): string => `${sessionSummary(acs, id)}\n--- agent log ---\n${agent.output.slice(-3000)}`;
  const lastIndex = (): number => acs.sessions.filter((s) => s.deviceId === id).at(-1)?.index ?? -1;
  const next = (after: number, predicate: (s: GenieSession) => boolean, what: string): Promise<GenieSession> =>
    acs.waitForSession((s) => s.deviceId === id && s.index > after && s.outcome !== 'open' && predicate(s), {
      timeoutMs: WAIT_MS,
      what,
      detail,
    });
  const acceptedCount = (): number => agent.output.split('UDP connection request accepted').length - 1;

  beforeAll(async () => {
    acs = await GenieAcs.start();
    id = acs.deviceId(IDENTITY);
    udpPort = await freeUdpPort();
    agent = new AgentProcess().start(args());
  });

  afterAll(async () => {
    await agent?.stop();
    await acs?.close();
    agent?.cleanup();
  });

  it('GenieACS learns the UDP address in the bootstrap session and its UDP connection request starts a session (three copies, one accepted)', async () => {
    const mark = acs.mark();
    const setup = acs.enqueue(id, {
      name: 'SetParameterValues',
      parameterKey: 'udp-setup',
      parameterList: [
        [`${MS}CWMPRetryMinimumWaitInterval`, 1, 'xsd:unsignedInt'],
        [`${MS}CWMPRetryIntervalMultiplier`, 1000, 'xsd:unsignedInt'],
        [`${MS}PeriodicInformEnable`, false, 'xsd:boolean'],
      ],
    });
    const address = acs.enqueue(id, {
      name: 'GetParameterValues',
      parameterNames: [`${MS}UDPConnectionRequestAddress`],
    });
    const e = await within(address, 30_000, 'the bootstrap session', detail);
    expect(e.session.events).toContain('0 BOOTSTRAP');
    expect(response(await setup, 'SetParameterValuesResponse').status).toBe(0);
    expect(values(e).get(`${MS}UDPConnectionRequestAddress`)).toBe(`127.0.0.1:${udpPort}`);
    await next(e.session.index - 1, (x) => x === e.session, 'the end of the bootstrap session');

    const last = lastIndex();
    expect(await acs.udpConnectionRequest(id, CR)).toBe('');
    const s = await next(
      last,
      (x) => x.events.includes('6 CONNECTION REQUEST'),
      'the UDP connection-requested session',
    );
    expect(s.outcome).toBe('ended');
    await until('the accepted request in the agent log', () => acceptedCount() === 1);
    // GenieACS sends each request three times; the copies are replays of the first.
    const sent = acs.udpDatagrams;
    expect(sent).toHaveLength(3);
    expect(sent.map((d) => [d.host, d.port])).toEqual(Array(3).fill(['127.0.0.1', udpPort]));
    expect(new Set(sent.map((d) => d.data.toString('latin1'))).size).toBe(1);
    expect(sent[0]!.data.toString('latin1')).toMatch(
      new RegExp(
        `^GET http://127\\.0\\.0\\.1:${udpPort}\\?ts=[0-9]+&id=[0-9]+&un=acs&cn=[0-9a-f]{16}&sig=[0-9a-f]{40} HTTP/1\\.1\\r\\n`,
      ),
    );
    expect(acceptedCount()).toBe(1);
    expectGenieAcsSatisfied(acs, mark);
  });

  it('after a restart on the same state directory the captured datagram starts nothing; a fresh GenieACS request does', async () => {
    const mark = acs.mark();
    const captured: UdpDatagram = acs.udpDatagrams[0]!;
    expect(await agent.stop()).toBe(0);
    const before = lastIndex();
    agent = new AgentProcess(agent.stateDir).start(args());
    // The boot session tells GenieACS the new ConnectionRequestURL; the UDP address is the same.
    const boot = await next(before, (x) => x.events.includes('1 BOOT'), 'the session after the restart');
    expect(boot.events).not.toContain('0 BOOTSTRAP');
    expect(boot.outcome).toBe('ended');

    const last = lastIndex();
    const socket = createSocket('udp4');
    try {
      await new Promise<void>((resolve, reject) =>
        socket.send(captured.data, captured.port, captured.host, (err) => (err ? reject(err) : resolve())),
      );
    } finally {
      socket.close();
    }
    // Nothing to wait for but time: a replay the agent took would have opened a session by now.
    await new Promise((r) => setTimeout(r, 1500));
    expect(acs.sessions.filter((x) => x.deviceId === id && x.index > last)).toEqual([]);
    expect(acceptedCount()).toBe(0);

    const sentBefore = acs.udpDatagrams.length;
    expect(await acs.udpConnectionRequest(id, CR)).toBe('');
    const s = await next(
      last,
      (x) => x.events.includes('6 CONNECTION REQUEST'),
      'the session of the fresh UDP connection request',
    );
    expect(s.outcome).toBe('ended');
    await until('the accepted request in the agent log', () => acceptedCount() === 1);
    expect(acs.udpDatagrams.slice(sentBefore).map((d) => d.data.equals(captured.data))).toEqual([false, false, false]);
    expectGenieAcsSatisfied(acs, mark);
  });
});
