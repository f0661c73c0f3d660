import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedAcs, type AcsSessionRecord } from '../../src/demo-acs/scripted-acs.ts';
import { sendXmppConnectionRequest } from '../support/xmpp-acs.ts';
import type { Message } from '../../src/cwmp/soap/index.ts';
import { AgentProcess } from '../support/agent-process.ts';
import { REPO } from '../support/bbf-path.ts';
import { ProsodyServer } from '../support/prosody.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { removeTestPki, testPki } from '../support/tls/test-ca.ts';
import { freeTcpPort } from '../support/free-port.ts';

const PROFILE = join(REPO, 'test', 'fixtures', 'profiles', 'xmpp-device.yaml');
const ROW = 'Device.XMPP.Connection.1.';
const WATCH = [
  'Device.ManagementServer.ConnReqJabberID',
  'Device.ManagementServer.ConnReqXMPPConnection',
  `${ROW}Status`,
  `${ROW}TLSEstablished`,
  `${ROW}JabberID`,
  `${ROW}UseTLS`,
];

/** Every session reads the XMPP state, so a test can see what the agent reported when. */
function watchingAcs(): ScriptedAcs {
  return new ScriptedAcs({ script: () => [{ kind: 'GetParameterValues', parameterNames: WATCH }] });
}

function values(s: AcsSessionRecord): Record<string, string> {
  const r = s.received.find(
    (m): m is Extract<Message, { kind: 'GetParameterValuesResponse' }> => m.kind === 'GetParameterValuesResponse',
  );
  return Object.fromEntries((r?.parameterList ?? []).map((p) => [p.name, p.value]));
}

const codes = (s: AcsSessionRecord): string[] => s.inform!.events.map((e) => e.eventCode);

/** The first completed session whose Inform carried `name` = `value` (a value change). */
async function informWith(acs: ScriptedAcs, name: string, value: string): Promise<AcsSessionRecord> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const s = acs.sessions
      .slice(0, -1)
      .concat(
        acs.sessions.at(-1)?.received.some((m) => m.kind === 'GetParameterValuesResponse')
          ? [acs.sessions.at(-1)!]
          : [],
      )
      .find((x) => x.inform?.parameterList.some((p) => p.name === name && p.value === value));
    if (s) return s;
    if (Date.now() > deadline)
      throw new Error(
        `no Inform carried ${name}=${value}: ${JSON.stringify(acs.sessions.map((x) => x.inform?.parameterList))}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

const xmppConnectionRequest = (
  port: number,
  to: string,
  crUsername: string,
  crPassword: string,
  tls?: { ca: string },
): Promise<string> =>
  sendXmppConnectionRequest({
    port,
    account: { username: 'acs', password: 'acs-pass' },
    to,
    crUsername,
    crPassword,
    ...(tls ? { tls } : {}),
  });

describe.skipIf(skipUnlessPeer('prosody'))('XMPP connection requests to the real agent (TR-069 Annex K)', () => {
  let plain: ProsodyServer;
  let secure: ProsodyServer;
  beforeAll(async () => {
    const pki = testPki();
    plain = new ProsodyServer(await freeTcpPort(), { cpe: 'cpe-pass', acs: 'acs-pass' });
    secure = new ProsodyServer(
      await freeTcpPort(),
      { cpe: 'cpe-pass', acs: 'acs-pass' },
      { cert: pki.server.cert, key: pki.server.key },
    );
    await Promise.all([plain.start(), secure.start()]);
  }, 20_000);
  afterAll(async () => {
    await plain?.stop();
    await secure?.stop();
    plain?.cleanup();
    secure?.cleanup();
    removeTestPki();
  });

  it('--xmpp-* set up the connection row; the JID reaches the ACS; an IQ get (as GenieACS sends) starts "6 CONNECTION REQUEST"', async () => {
    const acs = watchingAcs();
    const url = await acs.listen();
    const agent = new AgentProcess().start([
      '--acs-url',
      url,
      '--profile',
      PROFILE,
      '--cr-username',
      'cr-user',
      '--cr-password',
      'cr-secret',
      '--xmpp-jid',
      'cpe@localhost/box1',
      '--xmpp-password',
      'cpe-pass',
      '--xmpp-host',
      '127.0.0.1',
      '--xmpp-port',
      String(plain.port),
      '--xmpp-tls',
      'off',
    ]);
    try {
      // The JID appears after login: a "4 VALUE CHANGE" session reports it (forceDefaultEnabled).
      const change = await informWith(acs, 'Device.ManagementServer.ConnReqJabberID', 'cpe@localhost/box1');
      expect(codes(change)).toContain('4 VALUE CHANGE');
      expect(
        change.inform!.parameterList.find((p) => p.name === 'Device.ManagementServer.ConnReqJabberID')?.value,
      ).toBe('cpe@localhost/box1');
      const v = values(change);
      expect(v['Device.ManagementServer.ConnReqXMPPConnection']).toBe('Device.XMPP.Connection.1');
      expect(v[`${ROW}Status`]).toBe('Enabled');
      expect(v[`${ROW}TLSEstablished`]).toBe('false');
      expect(v[`${ROW}JabberID`]).toBe('cpe@localhost/box1');

      const before = acs.sessions.length;
      expect(await xmppConnectionRequest(plain.port, 'cpe@localhost/box1', 'cr-user', 'wrong')).toBe('not-authorized');
      expect(await xmppConnectionRequest(plain.port, 'cpe@localhost/box1', 'cr-user', 'cr-secret')).toBe('result');
      const sessions = await acs.waitForSessions(before + 1, 15_000);
      expect(codes(sessions[before]!)).toEqual(['6 CONNECTION REQUEST']);
      await new Promise((r) => setTimeout(r, 500));
      expect(acs.sessions.length).toBe(before + 1); // the refused request started nothing

      expect(agent.output).not.toContain('cpe-pass');
      expect(agent.output).not.toContain('cr-secret');
    } finally {
      // SIGTERM ends the process cleanly: no XMPP timer may keep it alive (5 s would mean SIGKILL).
      expect(await agent.stop()).toBe(0);
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('with --xmpp-tls on, logs in over STARTTLS checked against --ca-file and reports TLSEstablished', async () => {
    const acs = watchingAcs();
    const url = await acs.listen();
    const agent = new AgentProcess().start([
      '--acs-url',
      url,
      '--profile',
      PROFILE,
      '--cr-username',
      'cr-user',
      '--cr-password',
      'cr-secret',
      '--ca-file',
      testPki().ca.certPath,
      '--xmpp-jid',
      'cpe@localhost',
      '--xmpp-password',
      'cpe-pass',
      '--xmpp-host',
      '127.0.0.1',
      '--xmpp-port',
      String(secure.port),
      '--xmpp-tls',
      'on',
    ]);
    try {
      const change = await informWith(acs, 'Device.ManagementServer.ConnReqJabberID', 'cpe@localhost/cwmp');
      const v = values(change);
      expect(v['Device.ManagementServer.ConnReqJabberID']).toBe('cpe@localhost/cwmp');
      expect(v[`${ROW}UseTLS`]).toBe('true');
      expect(v[`${ROW}TLSEstablished`]).toBe('true');
      const before = acs.sessions.length;
      expect(
        await xmppConnectionRequest(secure.port, 'cpe@localhost/cwmp', 'cr-user', 'cr-secret', {
          ca: testPki().ca.cert,
        }),
      ).toBe('result');
      const sessions = await acs.waitForSessions(before + 1, 15_000);
      expect(codes(sessions[before]!)).toEqual(['6 CONNECTION REQUEST']);
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);

  it('follows the ACS: disabling the row disconnects and clears ConnReqJabberID', async () => {
    let disable = false;
    const acs = new ScriptedAcs({
      script: () => {
        if (!disable) return [{ kind: 'GetParameterValues', parameterNames: WATCH }];
        disable = false;
        return [
          {
            kind: 'SetParameterValues',
            parameterList: [{ name: `${ROW}Enable`, value: 'false', xsiType: 'xsd:boolean' }],
            parameterKey: 'off',
          },
        ];
      },
    });
    const url = await acs.listen();
    const agent = new AgentProcess().start([
      '--acs-url',
      url,
      '--profile',
      PROFILE,
      '--cr-username',
      'cr-user',
      '--cr-password',
      'cr-secret',
      '--xmpp-jid',
      'cpe@localhost/box1',
      '--xmpp-password',
      'cpe-pass',
      '--xmpp-host',
      '127.0.0.1',
      '--xmpp-port',
      String(plain.port),
      '--xmpp-tls',
      'off',
    ]);
    try {
      await informWith(acs, 'Device.ManagementServer.ConnReqJabberID', 'cpe@localhost/box1');
      disable = true;
      expect(await xmppConnectionRequest(plain.port, 'cpe@localhost/box1', 'cr-user', 'cr-secret')).toBe('result');
      // After that session the agent logs out; the emptied JID reaches the ACS as a value change.
      const cleared = await informWith(acs, 'Device.ManagementServer.ConnReqJabberID', '');
      expect(values(cleared)[`${ROW}Status`]).toBe('Disabled');
      expect(await xmppConnectionRequest(plain.port, 'cpe@localhost/box1', 'cr-user', 'cr-secret')).toBe(
        'service-unavailable',
      );
    } finally {
      await agent.stop();
      await acs.close();
      agent.cleanup();
    }
  }, 40_000);
});
