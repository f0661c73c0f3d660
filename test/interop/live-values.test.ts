import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { GenieAcs, type Exchange, type GenieSession, type QueueItem } from '../support/genieacs/genie-acs.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { expectGenieAcsSatisfied, fault, response, sessionSummary, values, within } from './interop-support.ts';

// The real agent process on a profile whose values live on short timelines
// (test/fixtures/profiles/live-device.yaml: hosts join every 2 s and leave every 3 s on average,
// Device.IP.Interface.1.Status changes every 3 s), driven by the GenieACS test ACS.
const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'live-device.yaml');
const CR = { username: 'acs', password: 'cr-secret' };
const STATUS = 'Device.IP.Interface.1.Status';
const HOSTS = 'Device.Hosts.Host.';
const COUNT = 'Device.Hosts.HostNumberOfEntries';
const WAIT_MS = 30_000;

/** Row numbers named by a list of paths under the Hosts table. */
const hostRows = (paths: Iterable<string>): number[] =>
  [
    ...new Set([...paths].filter((p) => p.startsWith(HOSTS)).map((p) => Number(p.slice(HOSTS.length).split('.')[0]))),
  ].sort((a, b) => a - b);

describe.skipIf(skipUnlessPeer('genieacs'))('living values seen by GenieACS', () => {
  let acs: GenieAcs;
  let agent: AgentProcess;
  let id: string;
  const detail = (): string => `${sessionSummary(acs, id)}\n--- agent log ---\n${agent.output.slice(-3000)}`;

  beforeAll(async () => {
    acs = await GenieAcs.start();
    id = acs.deviceId({ OUI: '0A0B0C', ProductClass: 'LIVEBOX', SerialNumber: 'L0001' });
    // The bootstrap session asks for Active notification on the status and Passive on the count.
    void acs.enqueue(id, {
      name: 'SetParameterAttributes',
      parameterList: [
        [STATUS, 2, null],
        [COUNT, 1, null],
      ],
    });
    agent = new AgentProcess().start([
      '--acs-url',
      acs.url,
      '--profile',
      PROFILE,
      '--cr-username',
      CR.username,
      '--cr-password',
      CR.password,
      '--cr-host',
      '127.0.0.1',
      '--session-timeout',
      '5',
    ]);
  });

  afterAll(async () => {
    await agent?.stop();
    await acs?.close();
    agent?.cleanup();
  });

  /** Queues the requests, opens a session with GenieACS's connection request, returns the answers. */
  const run = async (items: QueueItem[]): Promise<Exchange[]> => {
    const answers = items.map((item) => acs.enqueue(id, item));
    expect(await acs.httpConnectionRequest(id, CR), detail()).toBe('');
    return within(Promise.all(answers), WAIT_MS, items.map((i) => i.name).join(', '), detail);
  };

  it('a value that changes by itself with Active notification opens "4 VALUE CHANGE" sessions carrying it', async () => {
    const mark = acs.mark();
    const changed = (s: GenieSession): boolean =>
      s.deviceId === id &&
      s.outcome === 'ended' &&
      s.events.includes('4 VALUE CHANGE') &&
      s.informParameters.has(STATUS);
    // The agent process boots first (slow on a loaded machine): a longer wait for the first one.
    const first = await acs.waitForSession(changed, {
      timeoutMs: 2 * WAIT_MS,
      what: 'a 4 VALUE CHANGE session',
      detail,
    });
    const second = await acs.waitForSession((s) => changed(s) && s.index > first.index, {
      timeoutMs: WAIT_MS,
      what: 'a second 4 VALUE CHANGE session',
      detail,
    });
    for (const s of [first, second]) expect(['Up', 'Down', 'Dormant']).toContain(s.informParameters.get(STATUS));
    expect(second.informParameters.get(STATUS)).not.toBe(first.informParameters.get(STATUS));
    // Only the Active parameter opens them: the Passive count (hosts come and go) never does.
    const sessions = acs.sessions.filter((s) => s.deviceId === id && s.events.includes('4 VALUE CHANGE'));
    expect(sessions.every((s) => s.informParameters.has(STATUS))).toBe(true);
    expectGenieAcsSatisfied(acs, mark);
  }, 120_000);

  it('hosts join and leave: GetParameterNames and GetParameterValues agree with HostNumberOfEntries, numbers only grow, a host that left is gone', async () => {
    const mark = acs.mark();
    const seen: number[][] = [];
    let highest = 0;
    // Hosts come and go at random (a leave every 3 s on average): a fixed number of rounds sees
    // none leave now and then, so the rounds go on until one has left and one has joined.
    const someLeftAndJoined = (): boolean => {
      const all = new Set(seen.flat());
      return seen.length >= 2 && all.size > seen[0]!.length && [...all].some((n) => !seen.at(-1)!.includes(n));
    };
    for (let round = 0; round < 20; round++) {
      const [names, vals] = await run([
        { name: 'GetParameterNames', parameterPath: 'Device.Hosts.', nextLevel: false },
        { name: 'GetParameterValues', parameterNames: ['Device.Hosts.'] },
      ]);
      const inNames = hostRows(response(names!, 'GetParameterNamesResponse').parameterList.map(([p]) => p.toString()));
      const v = values(vals!);
      const inValues = hostRows(v.keys());
      // One GetParameterValues is one moment: its count is its rows.
      expect(v.get(COUNT)).toBe(inValues.length);
      expect(inValues.length).toBeGreaterThanOrEqual(1);
      expect(inValues.length).toBeLessThanOrEqual(6);
      // Between the two requests a host may have come (a higher number) or gone; nothing else differs.
      for (const n of inValues.filter((x) => !inNames.includes(x))) expect(n).toBeGreaterThan(Math.max(...inNames));
      // Numbers never go back: a row not seen before is above every row seen before.
      for (const n of inValues.filter((x) => !seen.flat().includes(x))) expect(n).toBeGreaterThan(highest);
      highest = Math.max(highest, ...inValues);
      seen.push(inValues);
      if (round >= 3 && someLeftAndJoined()) break;
      await new Promise((r) => setTimeout(r, 2500));
    }
    const all = [...new Set(seen.flat())];
    const left = all.filter((n) => !seen.at(-1)!.includes(n));
    expect(left.length, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(seen[0]!.length); // new hosts joined
    const [gone] = await run([{ name: 'GetParameterValues', parameterNames: [`${HOSTS}${left[0]}.HostName`] }]);
    expect(fault(gone!).detail?.faultCode).toBe('9005');
    expectGenieAcsSatisfied(acs, mark);
  }, 90_000);
});
