import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.ts';
import { XmppConnectionRequests } from '../../src/nat/xmpp-connection-request.ts';
import { sendXmppConnectionRequest } from '../support/xmpp-acs.ts';
import type { XmppTrust } from '../../src/nat/xmpp-tls.ts';
import { ProsodyServer } from '../support/prosody.ts';
import { skipUnlessPeer } from '../support/peers.ts';
import { removeTestPki, testPki } from '../support/tls/test-ca.ts';
import { freeTcpPort } from '../support/free-port.ts';
import { until } from '../support/until.ts';

describe.skipIf(skipUnlessPeer('prosody'))('XMPP connection requests (TR-069 Annex K) against prosody', () => {
  let server: ProsodyServer;
  let cpe: XmppConnectionRequests;
  let cpeJid = '';
  let requests = 0;
  let online = 0;
  const statuses: string[] = [];
  beforeAll(async () => {
    server = new ProsodyServer(await freeTcpPort(), { cpe: 'cpe-pass', acs: 'acs-pass', stranger: 'x-pass' });
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
      allowedJids: async () => ['acs@localhost'],
      onRequest: () => void requests++,
      onOnline: (jid) => {
        cpeJid = jid;
        online++;
      },
      onStatus: (s) => void statuses.push(s),
      reconnectDelayMs: () => 300,
      log: silentLogger,
    });
    await cpe.start();
    await until('the CPE online', () => cpeJid !== '');
  }, 20_000);
  afterAll(async () => {
    await cpe?.stop();
    await server?.stop();
    server?.cleanup();
  });

  const ask = (user: string, pass: string, crUser: string, crPass: string, type?: 'get' | 'set'): Promise<string> =>
    sendXmppConnectionRequest({
      port: server.port,
      account: { username: user, password: pass },
      to: cpeJid,
      crUsername: crUser,
      crPassword: crPass,
      ...(type ? { type } : {}),
    });

  it('comes online with a full JID and accepts an IQ get from an allowed ACS with the right credentials', async () => {
    expect(cpeJid).toMatch(/^cpe@localhost\/cwmp/);
    // Annex K's example and GenieACS send type="get".
    expect(await ask('acs', 'acs-pass', 'cr-user', 'cr-secret', 'get')).toBe('result');
    expect(requests).toBe(1);
  }, 20_000);

  it('still accepts an IQ set', async () => {
    const before = requests;
    expect(await ask('acs', 'acs-pass', 'cr-user', 'cr-secret', 'set')).toBe('result');
    expect(requests).toBe(before + 1);
  }, 20_000);

  it.each(['get', 'set'] as const)(
    'refuses an IQ %s with wrong credentials (not-authorized) or from a JID that is not allowed (service-unavailable)',
    async (type) => {
      const before = requests;
      expect(await ask('acs', 'acs-pass', 'cr-user', 'wrong', type)).toBe('not-authorized');
      expect(await ask('stranger', 'x-pass', 'cr-user', 'cr-secret', type)).toBe('service-unavailable');
      expect(requests).toBe(before);
    },
    20_000,
  );

  it('reconnects after the server is killed and restarted', async () => {
    const before = online;
    await server.stop();
    const mark = statuses.length;
    // The reconnect loop runs into a closed port: TR-181 Status ServerNotPresent.
    await until('Status ServerNotPresent', () => statuses.slice(mark).includes('ServerNotPresent'));
    await server.start();
    await until('reconnection', () => online > before, 15_000);
    expect(statuses.at(-1)).toBe('Enabled');
    expect(statuses.slice(mark)).toContain('Connecting');
    expect(await ask('acs', 'acs-pass', 'cr-user', 'cr-secret')).toBe('result');
  }, 30_000);
});

describe.skipIf(skipUnlessPeer('prosody'))('XMPP over TLS against prosody (UseTLS true)', () => {
  let server: ProsodyServer;
  let plain: ProsodyServer;
  let directPort = 0;
  beforeAll(async () => {
    const pki = testPki();
    directPort = await freeTcpPort();
    server = new ProsodyServer(
      await freeTcpPort(),
      { cpe: 'cpe-pass', acs: 'acs-pass' },
      { cert: pki.server.cert, key: pki.server.key, directTlsPort: directPort },
    );
    plain = new ProsodyServer(await freeTcpPort(), { cpe: 'cpe-pass' });
    await Promise.all([server.start(), plain.start()]);
  }, 20_000);
  afterAll(async () => {
    await server?.stop();
    await plain?.stop();
    server?.cleanup();
    plain?.cleanup();
    removeTestPki();
  });

  /** Logs in with the given service and trust; resolves with how it ended. */
  async function login(
    service: string,
    trust: XmppTrust,
    requireTls = true,
  ): Promise<{ jid: string; tls: boolean; statuses: string[] }> {
    const statuses: string[] = [];
    let jid = '';
    let tls = false;
    const cpe = new XmppConnectionRequests({
      account: {
        service,
        domain: 'localhost',
        username: 'cpe',
        password: 'cpe-pass',
        resource: 'cwmp',
        requireTls,
        trust,
      },
      credentials: async () => ({ username: 'u', password: 'p' }),
      allowedJids: async () => [],
      onRequest: () => undefined,
      onOnline: (j, t) => {
        jid = j;
        tls = t;
      },
      onStatus: (s) => void statuses.push(s),
      reconnectDelayMs: () => 60_000,
      log: silentLogger,
    });
    await cpe.start();
    try {
      await until('login or an error', () => jid !== '' || statuses.some((s) => s.startsWith('Error')), 10_000);
    } finally {
      await cpe.stop();
    }
    return { jid, tls, statuses };
  }

  it('upgrades with STARTTLS and checks the server against the configured CA', async () => {
    const r = await login(`xmpp://127.0.0.1:${server.port}`, { ca: testPki().ca.cert });
    expect(r.jid).toBe('cpe@localhost/cwmp');
    expect(r.tls).toBe(true);
  }, 20_000);

  it('connects with direct TLS (xmpps:) and checks the CA', async () => {
    const r = await login(`xmpps://127.0.0.1:${directPort}`, { ca: testPki().ca.cert });
    expect(r.jid).toBe('cpe@localhost/cwmp');
    expect(r.tls).toBe(true);
  }, 20_000);

  it('refuses a server whose certificate is not from the configured CA', async () => {
    for (const service of [`xmpp://127.0.0.1:${server.port}`, `xmpps://127.0.0.1:${directPort}`]) {
      const r = await login(service, { ca: testPki().otherCa.cert });
      expect(r.jid).toBe('');
      expect(r.statuses).toContain('Error');
    }
  }, 30_000);

  it('never logs in over a plain stream when UseTLS is true', async () => {
    const r = await login(`xmpp://127.0.0.1:${plain.port}`, { ca: testPki().ca.cert });
    expect(r.jid).toBe('');
    expect(r.statuses).toContain('Error_Misconfigured');
  }, 20_000);
});
