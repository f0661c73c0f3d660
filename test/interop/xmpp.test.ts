import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AgentProcess } from '../support/agent-process.ts';
import { freeTcpPort } from '../support/free-port.ts';
import { GenieAcs, type GenieSession, type ProblemMark } from '../support/genieacs/genie-acs.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { ProsodyServer } from '../support/prosody.ts';
import { expectGenieAcsSatisfied, sessionSummary } from './interop-support.ts';

const CR = { username: 'acs', password: 'cr-secret' };
const JID = 'cpe@localhost/box1';
const JABBER_ID = 'Device.ManagementServer.ConnReqJabberID';

/**
 * TR-069 Annex K through a real XMPP server: the stb agent logs in to prosody, advertises its
 * JID, and GenieACS's own xmppConnectionRequest (its XMPP client, its IQ) reaches it there.
 */
describe.skipIf(skipUnlessPeer('genieacs', 'prosody'))(
  "GenieACS's XMPP connection request to the stb agent, through prosody",
  () => {
    let prosody: ProsodyServer;
    let acs: GenieAcs;
    let agent: AgentProcess;
    let id: string;
    let mark: ProblemMark;
    const detail = (): string => `${sessionSummary(acs, id)}\n--- agent log ---\n${agent.output.slice(-3000)}`;
    const next = (after: number, predicate: (s: GenieSession) => boolean, what: string): Promise<GenieSession> =>
      acs.waitForSession((s) => s.deviceId === id && s.index > after && s.outcome !== 'open' && predicate(s), {
        timeoutMs: 20_000,
        what,
        detail,
      });

    beforeAll(async () => {
      prosody = new ProsodyServer(await freeTcpPort(), { cpe: 'cpe-pass', acs: 'acs-pass' });
      await prosody.start();
      // GenieACS's XMPP account; its client dials the JID's domain on 5222, which the bundle's
      // stand-in sends to the test's prosody (see bundle.ts).
      acs = await GenieAcs.start({
        config: {
          XMPP_JID: 'acs@localhost',
          XMPP_PASSWORD: 'acs-pass',
          TEST_XMPP_ADDRESS: `127.0.0.1:${prosody.port}`,
        },
      });
      id = acs.deviceId({ OUI: '00D09E', ProductClass: 'STB4K', SerialNumber: 'ACME0000001' });
      agent = new AgentProcess().start([
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
        '--session-timeout',
        '5',
        '--xmpp-jid',
        JID,
        '--xmpp-password',
        'cpe-pass',
        '--xmpp-host',
        '127.0.0.1',
        '--xmpp-port',
        String(prosody.port),
        '--xmpp-tls',
        'off',
      ]);
    });

    afterAll(async () => {
      await agent?.stop();
      await acs?.close();
      await prosody?.stop();
      prosody?.cleanup();
      agent?.cleanup();
    });

    beforeEach(() => {
      mark = acs.mark();
    });

    it('the agent tells GenieACS its JabberID in an Inform once logged in', async () => {
      const s = await next(
        -1,
        (x) => x.informParameters.get(JABBER_ID) === JID,
        `an Inform with ${JABBER_ID} = ${JID}`,
      );
      expect(acs.parameter(id, JABBER_ID)).toBe(JID);
      expect(s.outcome).toBe('ended');
      expectGenieAcsSatisfied(acs, mark);
    });

    it("wrong credentials get GenieACS's error; the right ones start a 6 CONNECTION REQUEST session", async () => {
      expect(await acs.xmppConnectionRequest(id, { username: CR.username, password: 'wrong' })).toBe(
        'Incorrect connection request credentials',
      );
      const last = acs.sessions.filter((s) => s.deviceId === id).at(-1)?.index ?? -1;
      expect(await acs.xmppConnectionRequest(id, CR), detail()).toBe('');
      const s = await next(
        last,
        (x) => x.events.includes('6 CONNECTION REQUEST'),
        'the XMPP connection-requested session',
      );
      expect(s.outcome).toBe('ended');
      expectGenieAcsSatisfied(acs, mark);
    });

    it("GenieACS's own choice of method (api-functions connectionRequest) takes XMPP for this device and succeeds", async () => {
      const last = acs.sessions.filter((s) => s.deviceId === id).at(-1)?.index ?? -1;
      expect(await acs.connectionRequest(id, CR), detail()).toBe('');
      const s = await next(last, (x) => x.events.includes('6 CONNECTION REQUEST'), 'the connection-requested session');
      expect(s.outcome).toBe('ended');
      expectGenieAcsSatisfied(acs, mark);
    });
  },
);
