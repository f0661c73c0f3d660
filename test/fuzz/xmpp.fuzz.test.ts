import { client, xml, type XmppClient } from '@xmpp/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.ts';
import { XMPP_CONN_REQ_NS, XmppConnectionRequests } from '../../src/nat/xmpp-connection-request.ts';
import { freeTcpPort } from '../support/free-port.ts';
import { ProsodyServer } from '../support/prosody.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { sendXmppConnectionRequest } from '../support/xmpp-acs.ts';
import { params, RUNS } from './fuzz-config.ts';
import { until } from '../support/until.ts';

describe.skipIf(skipUnlessPeer('prosody'))('fuzz: XMPP stanzas at the CPE (TR-069 Annex K)', () => {
  let server: ProsodyServer;
  let cpe: XmppConnectionRequests;
  let attacker: XmppClient;
  let jid = '';
  let accepted = 0;
  const login = (): XmppClient => {
    const c = client({
      service: `xmpp://127.0.0.1:${server.port}`,
      domain: 'localhost',
      resource: 'fuzz',
      username: 'mallory',
      password: 'm-pass',
    });
    c.on('error', () => undefined);
    return c;
  };
  beforeAll(async () => {
    server = new ProsodyServer(await freeTcpPort(), { cpe: 'cpe-pass', acs: 'acs-pass', mallory: 'm-pass' });
    await server.start();
    cpe = new XmppConnectionRequests({
      account: {
        service: `xmpp://127.0.0.1:${server.port}`,
        domain: 'localhost',
        username: 'cpe',
        password: 'cpe-pass',
        resource: 'cwmp',
      },
      credentials: async () => ({ username: 'cr-user', password: 'cr-secret' }),
      allowedJids: async () => [],
      onRequest: () => void accepted++,
      onOnline: (j) => void (jid = j),
      onStatus: () => undefined,
      reconnectDelayMs: () => 300,
      log: silentLogger,
    });
    await cpe.start();
    await until('the CPE online', () => jid !== '');
    attacker = login();
    await attacker.start();
  }, 30_000);
  afterAll(async () => {
    await attacker?.stop().catch(() => undefined);
    await cpe?.stop();
    await server?.stop();
    server?.cleanup();
  });

  it('random and near-valid stanzas never start a session, and the CPE keeps answering', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('cr-user', 'cr-secret', '', ' cr-user', 'CR-USER', 'cr-secret\u0000', 'x'.repeat(5000)),
    );
    const child = fc.oneof(
      fc
        .record({
          u: text,
          p: text,
          ns: fc.constantFrom(XMPP_CONN_REQ_NS, 'urn:other', XMPP_CONN_REQ_NS.toUpperCase()),
          name: fc.constantFrom('connectionRequest', 'connectionrequest', 'cr'),
        })
        .filter(
          (r) =>
            !(r.u === 'cr-user' && r.p === 'cr-secret' && r.ns === XMPP_CONN_REQ_NS && r.name === 'connectionRequest'),
        )
        .map((r) => xml(r.name, { xmlns: r.ns }, xml('username', null, r.u), xml('password', null, r.p))),
      fc.constant(xml('connectionRequest', { xmlns: XMPP_CONN_REQ_NS })),
      fc.constant(xml('connectionRequest', { xmlns: XMPP_CONN_REQ_NS }, xml('username', null, 'cr-user'))),
      fc.string({ maxLength: 20 }).map((s) => xml('query', { xmlns: `urn:fuzz:${encodeURIComponent(s)}` })),
    );
    // Only stanza types the server relays: invalid ones make prosody close the sender's stream.
    const stanza = fc.oneof(
      fc.tuple(fc.constantFrom('set', 'get', 'result', 'error'), child, fc.constant('iq')),
      fc.tuple(fc.constantFrom('normal', 'chat', 'headline'), child, fc.constant('message')),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(stanza, async ([type, body, kind]) => {
        const id = `fz-${++n}`;
        try {
          if (kind === 'iq' && (type === 'set' || type === 'get')) {
            await attacker.iqCaller.request(xml('iq', { type, to: jid, id }, body), 3000).catch(() => undefined);
          } else {
            await attacker.send(xml(kind, { type, to: jid, id }, body));
          }
        } catch {
          // The server may cut a flooding sender (its policy, not the CPE's): log in again.
          await attacker.stop().catch(() => undefined);
          attacker = login();
          await attacker.start();
        }
        expect(accepted).toBe(0);
      }),
      params(process.env['FUZZ_RUNS'] ? Math.min(RUNS, 2000) : 50),
    ); // a round trip through prosody each, rate-limited by the server
    // Still online and still serving: the right credentials work.
    expect(
      await sendXmppConnectionRequest({
        port: server.port,
        account: { username: 'acs', password: 'acs-pass' },
        to: jid,
        crUsername: 'cr-user',
        crPassword: 'cr-secret',
      }),
    ).toBe('result');
    expect(accepted).toBe(1);
  }, 600_000);
});
