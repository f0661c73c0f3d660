import { createServer, type Server } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AcsSession, TransportError, type AcsClientOptions } from '../../src/transport/index.ts';
import { removeTestPki, testPki } from '../support/tls/test-ca.ts';
import { digestAuth, recordingLog, reply, startServer, type Handler, type TestServer } from './servers.ts';
import type { ServerOptions as HttpsServerOptions } from 'node:https';

const INFORM = '<soap:Envelope>Inform</soap:Envelope>';
const toClose: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((c) => c.close()));
});

async function server(handler: Handler): Promise<TestServer> {
  const s = await startServer(handler);
  toClose.push(s);
  return s;
}

async function tlsServer(options: HttpsServerOptions, handler: Handler = echo): Promise<TestServer> {
  const s = await startServer(handler, options);
  toClose.push(s);
  return s;
}

function session(opts: AcsClientOptions): AcsSession {
  const s = new AcsSession(opts);
  toClose.push(s);
  return s;
}

async function transportError(p: Promise<unknown>): Promise<TransportError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TransportError);
  return err as TransportError;
}

const echo: Handler = (req, res) => reply(res, 200, req.body === '' ? '' : `<ok n="${req.body.length}"/>`);

describe('AcsSession over http', () => {
  it('sends Content-Type and SOAPAction with an envelope, Content-Length: 0 and neither on the empty POST', async () => {
    const acs = await server(echo);
    const s = session({ url: `${acs.origin}/acs` });
    await s.post(INFORM, 'urn:dslforum-org:cwmp-1-0#Inform');
    await s.post('');
    const [inform, empty] = acs.received;
    expect(inform?.method).toBe('POST');
    expect(inform?.url).toBe('/acs');
    expect(inform?.headers['content-type']).toBe('text/xml; charset="utf-8"');
    expect(inform?.headers['soapaction']).toBe('"urn:dslforum-org:cwmp-1-0#Inform"');
    expect(inform?.headers['content-length']).toBe(String(Buffer.byteLength(INFORM)));
    expect(inform?.body).toBe(INFORM);
    expect(empty?.method).toBe('POST');
    expect(empty?.headers['content-length']).toBe('0');
    expect(empty?.headers['content-type']).toBeUndefined();
    expect(empty?.headers['soapaction']).toBeUndefined();
    expect(empty?.headers['transfer-encoding']).toBeUndefined();
  });

  it('keeps one TCP connection for the whole session and reports the local address', async () => {
    const acs = await server(echo);
    const s = session({ url: `${acs.origin}/acs` });
    expect(s.localAddress).toBeUndefined();
    await s.post(INFORM, '');
    for (let i = 0; i < 4; i++) await s.post(i % 2 ? '' : '<r/>');
    expect(acs.received).toHaveLength(5);
    expect(acs.connections).toBe(1);
    expect(s.localAddress).toBe('127.0.0.1');
    await s.close();
    const again = session({ url: `${acs.origin}/acs` });
    await again.post('');
    expect(acs.connections).toBe(2);
  });

  it('marks 204 and an empty 200 as empty, a 200 with an envelope as not', async () => {
    let n = 0;
    const acs = await server((req, res) => {
      n++;
      if (n === 1) reply(res, 200, '<soap:Envelope>InformResponse</soap:Envelope>');
      else if (n === 2) reply(res, 204);
      else reply(res, 200, '', { 'content-length': '0' });
    });
    const s = session({ url: acs.origin });
    const r1 = await s.post(INFORM, '');
    expect(r1).toEqual({
      status: 200,
      body: '<soap:Envelope>InformResponse</soap:Envelope>',
      contentType: 'text/xml; charset=utf-8',
      empty: false,
    });
    expect((await s.post('')).empty).toBe(true);
    expect(await s.post('')).toMatchObject({ status: 200, body: '', empty: true });
  });

  it('returns session cookies on later POSTs of the same session only', async () => {
    let n = 0;
    const acs = await server((req, res) => {
      n++;
      const headers: Record<string, string | string[]> =
        n === 1
          ? { 'set-cookie': ['sid=abc123; Path=/; HttpOnly', 'lang=en; Max-Age=3600', 'other=x; Path=/elsewhere'] }
          : {};
      reply(res, 200, '<r/>', headers);
    });
    const s = session({ url: `${acs.origin}/acs` });
    await s.post(INFORM, '');
    await s.post('');
    expect(acs.received[0]?.headers.cookie).toBeUndefined();
    expect(acs.received[1]?.headers.cookie).toBe('sid=abc123; lang=en');
    const next = session({ url: `${acs.origin}/acs` });
    await next.post(INFORM, '');
    expect(acs.received[2]?.headers.cookie).toBeUndefined();
  });

  it('turns a 500 with a SOAP envelope into a reply and other errors into kind http', async () => {
    let n = 0;
    const acs = await server((req, res) => {
      n++;
      if (n === 1) reply(res, 500, '<soap:Fault/>');
      else reply(res, 503, '', { 'retry-after': '10' });
    });
    const s = session({ url: acs.origin });
    expect(await s.post(INFORM, '')).toMatchObject({ status: 500, body: '<soap:Fault/>', empty: false });
    const err = await transportError(s.post(''));
    expect(err).toMatchObject({ kind: 'http', status: 503 });
    // The session is over after a transport failure.
    expect(await transportError(s.post(''))).toBe(err);
  });
});

describe('AcsSession authentication', () => {
  for (const algorithm of ['MD5', 'MD5-sess', 'SHA-256'] as const) {
    it(`answers a Digest ${algorithm} challenge once and then authenticates pre-emptively with nc counting up`, async () => {
      const { handler, log } = digestAuth(
        { realm: 'acs@example', username: 'cpe-0001', password: 'pa"ss,word', algorithm, opaque: 'op-aque' },
        echo,
      );
      const acs = await server(handler);
      const logger = recordingLog();
      const s = session({ url: `${acs.origin}/cwmp?id=1`, username: 'cpe-0001', password: 'pa"ss,word', log: logger });
      await s.post(INFORM, '');
      await s.post('<r/>', '');
      await s.post('');
      expect(log.rejected).toEqual([]);
      expect(log.challenges).toBe(1);
      expect(acs.received.map((r) => r.headers.authorization === undefined)).toEqual([true, false, false, false]);
      expect(log.accepted.map((a) => a.nc)).toEqual([1, 2, 3]);
      expect(new Set(log.accepted.map((a) => a.nonce)).size).toBe(1);
      expect(acs.connections).toBe(1); // the 401 did not cost a new connection
      expect(logger.lines.join('\n')).not.toContain('pa"ss,word');
    });
  }

  it('retries with the new nonce on stale=true and restarts nc', async () => {
    const { handler, log } = digestAuth(
      { realm: 'r', username: 'u', password: 'p', algorithm: 'MD5', nonceUses: 2 },
      echo,
    );
    const acs = await server(handler);
    const s = session({ url: acs.origin, username: 'u', password: 'p' });
    for (let i = 0; i < 5; i++) await s.post(i === 0 ? INFORM : '');
    expect(log.rejected).toEqual([]);
    expect(log.accepted.map((a) => a.nc)).toEqual([1, 2, 1, 2, 1]);
    expect(new Set(log.accepted.map((a) => a.nonce)).size).toBe(3);
    expect(new Set(log.accepted.map((a) => a.cnonce)).size).toBe(3);
  });

  it('prefers Digest when Basic is offered first in the same header', async () => {
    const { handler, log } = digestAuth(
      { realm: 'r', username: 'u', password: 'p', algorithm: 'SHA-256', otherChallenges: 'Basic realm="basic, realm"' },
      echo,
    );
    const acs = await server(handler);
    const s = session({ url: acs.origin, username: 'u', password: 'p' });
    await s.post(INFORM, '');
    expect(log.accepted).toHaveLength(1);
    expect(acs.received[1]?.headers.authorization).toMatch(/^Digest /);
  });

  it('fails with kind auth on wrong Digest credentials, without logging the password', async () => {
    const { handler } = digestAuth({ realm: 'r', username: 'u', password: 'right', algorithm: 'MD5' }, echo);
    const acs = await server(handler);
    const logger = recordingLog();
    const s = session({ url: acs.origin, username: 'u', password: 'wrong-secret', log: logger });
    const err = await transportError(s.post(INFORM, ''));
    expect(err).toMatchObject({ kind: 'auth', status: 401 });
    expect(acs.received).toHaveLength(2);
    expect(`${logger.lines.join('\n')}\n${err.message}`).not.toContain('wrong-secret');
  });

  it('does Basic, then sends it pre-emptively; a second 401 is kind auth', async () => {
    const good = `Basic ${Buffer.from('cpe:s3cr3t').toString('base64')}`;
    const acs = await server((req, res) => {
      if (req.headers.authorization === good) reply(res, 200, '<ok/>');
      else reply(res, 401, '', { 'www-authenticate': 'Basic realm="ACS"' });
    });
    const s = session({ url: acs.origin, username: 'cpe', password: 's3cr3t' });
    await s.post(INFORM, '');
    await s.post('');
    expect(acs.received.map((r) => r.headers.authorization ?? null)).toEqual([null, good, good]);
    const bad = session({ url: acs.origin, username: 'cpe', password: 'nope' });
    expect(await transportError(bad.post(INFORM, ''))).toMatchObject({ kind: 'auth', status: 401 });
  });

  it('fails with kind auth on a 401 when no username is configured', async () => {
    const acs = await server((req, res) => reply(res, 401, '', { 'www-authenticate': 'Basic realm="ACS"' }));
    expect(await transportError(session({ url: acs.origin }).post(''))).toMatchObject({ kind: 'auth' });
  });
});

describe('AcsSession redirects', () => {
  it('follows 301, 307 and 308 across origins with the same POST body; the session stays at the final URL', async () => {
    const final = await server(echo);
    const middle = await server((req, res) => {
      if (req.url === '/hop1') reply(res, 307, '', { location: '/hop2?x=1' });
      else reply(res, 308, '', { location: `${final.origin}/final` });
    });
    const start = await server((req, res) => reply(res, 301, '', { location: `${middle.origin}/hop1` }));
    const s = session({ url: `${start.origin}/acs` });
    const r = await s.post(INFORM, 'urn:dslforum-org:cwmp-1-0#Inform');
    expect(r.status).toBe(200);
    expect(s.currentUrl).toBe(`${final.origin}/final`);
    const hops = [...start.received, ...middle.received, ...final.received];
    expect(hops.map((h) => `${h.method} ${h.url} ${h.body === INFORM} ${h.headers['soapaction']}`)).toEqual([
      'POST /acs true "urn:dslforum-org:cwmp-1-0#Inform"',
      'POST /hop1 true "urn:dslforum-org:cwmp-1-0#Inform"',
      'POST /hop2?x=1 true "urn:dslforum-org:cwmp-1-0#Inform"',
      'POST /final true "urn:dslforum-org:cwmp-1-0#Inform"',
    ]);
    await s.post('');
    await s.post('');
    expect(start.received).toHaveLength(1);
    expect(middle.received).toHaveLength(2);
    expect(final.received).toHaveLength(3);
    expect(middle.connections).toBe(1);
    const fresh = session({ url: `${start.origin}/acs` });
    expect(fresh.currentUrl).toBe(`${start.origin}/acs`);
    await fresh.post(INFORM, '');
    expect(start.received).toHaveLength(2);
  });

  it('gives up after maxRedirects (default 5) per session', async () => {
    const loop = await server((req, res) => reply(res, 302, '', { location: `/r${req.url.length}` }));
    const err = await transportError(session({ url: `${loop.origin}/` }).post(INFORM, ''));
    expect(err.kind).toBe('redirect');
    expect(loop.received).toHaveLength(6);
    const two = await transportError(session({ url: `${loop.origin}/`, maxRedirects: 2 }).post(''));
    expect(two.kind).toBe('redirect');
  });

  it('rejects a redirect to a non-http(s) scheme', async () => {
    const acs = await server((req, res) => reply(res, 301, '', { location: 'ftp://127.0.0.1/acs' }));
    expect(await transportError(session({ url: acs.origin }).post(''))).toMatchObject({
      kind: 'redirect',
      status: 301,
    });
  });
});

describe('AcsSession limits and failures', () => {
  it('aborts with too-large when the body exceeds maxResponseBytes, streamed or declared', async () => {
    const acs = await server((req, res) => {
      if (req.url === '/declared') {
        reply(res, 200, 'x'.repeat(5000));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/xml' }); // chunked, no Content-Length
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      res.end();
    });
    const streamed = session({ url: `${acs.origin}/chunked`, maxResponseBytes: 1000 });
    expect(await transportError(streamed.post(INFORM, ''))).toMatchObject({ kind: 'too-large' });
    expect(acs.received[0]?.headers['transfer-encoding']).toBeUndefined();
    const declared = session({ url: `${acs.origin}/declared`, maxResponseBytes: 1000 });
    expect(await transportError(declared.post(INFORM, ''))).toMatchObject({ kind: 'too-large' });
    const enough = session({ url: `${acs.origin}/chunked`, maxResponseBytes: 5000 });
    expect((await enough.post(INFORM, '')).body).toHaveLength(5000);
  });

  it('times out with kind timeout when the ACS accepts and never answers', async () => {
    const acs = await server(() => {
      /* never answer */
    });
    const t0 = Date.now();
    const err = await transportError(session({ url: acs.origin, timeoutMs: 300 }).post(INFORM, ''));
    expect(err.kind).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('times out while the body trickles too slowly', async () => {
    const acs = await server((req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write('<partial');
    });
    const err = await transportError(session({ url: acs.origin, timeoutMs: 300 }).post(INFORM, ''));
    expect(err.kind).toBe('timeout');
  });

  it('times out a TLS handshake that never completes', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => {
      sockets.push(socket);
    }); // accept, never speak TLS
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    toClose.push({
      close: () =>
        new Promise<void>((resolve) => {
          sockets.forEach((x) => x.destroy());
          silent.close(() => resolve());
        }),
    });
    const { port } = silent.address() as AddressInfo;
    const s = session({ url: `https://127.0.0.1:${port}/`, timeoutMs: 300 });
    expect(await transportError(s.post(''))).toMatchObject({ kind: 'timeout', code: 'CONNECT_TIMEOUT' });
  });

  it('reports a refused connection as kind connect', async () => {
    const probe: Server = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const err = await transportError(session({ url: `http://127.0.0.1:${port}/` }).post(''));
    expect(err).toMatchObject({ kind: 'connect', code: 'ECONNREFUSED' });
  });

  it('rejects bad configuration at construction', () => {
    expect(() => new AcsSession({ url: 'ftp://acs.example/' })).toThrow(TypeError);
    expect(() => new AcsSession({ url: 'not a url' })).toThrow(TypeError);
    expect(() => new AcsSession({ url: 'https://acs.example/', cert: 'PEM' })).toThrow(/together/);
  });
});

describe('AcsSession over https', () => {
  const pki = testPki();
  afterAll(removeTestPki);
  const serverCert = { cert: pki.server.cert, key: pki.server.key };

  for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
    it(`talks ${version} to a server whose certificate chains to the given CA`, async () => {
      const acs = await tlsServer({ ...serverCert, minVersion: version, maxVersion: version });
      const s = session({ url: `${acs.origin}/acs`, ca: pki.ca.cert });
      expect((await s.post(INFORM, '')).status).toBe(200);
      await s.post('');
      expect(acs.received.map((r) => r.tlsProtocol)).toEqual([version, version]);
      expect(acs.connections).toBe(1);
      expect(s.localAddress).toBe('127.0.0.1');
    });
  }

  it('verifies the DNS name too (https://localhost)', async () => {
    const acs = await tlsServer(serverCert);
    const s = session({ url: `https://localhost:${acs.port}/acs`, ca: pki.ca.cert });
    expect((await s.post('')).status).toBe(200);
  });

  it('refuses TLS 1.1 and below (minVersion TLSv1.2)', async () => {
    const acs = await tlsServer({
      ...serverCert,
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    });
    expect(await transportError(session({ url: acs.origin, ca: pki.ca.cert }).post(''))).toMatchObject({ kind: 'tls' });
  });

  it('presents the client certificate to a server that requires one (mutual TLS)', async () => {
    const acs = await tlsServer({ ...serverCert, ca: pki.ca.cert, requestCert: true, rejectUnauthorized: true });
    const s = session({ url: acs.origin, ca: pki.ca.cert, cert: pki.client.cert, key: pki.client.key });
    expect((await s.post(INFORM, '')).status).toBe(200);
    const anonymous = session({ url: acs.origin, ca: pki.ca.cert });
    const err = await transportError(anonymous.post(INFORM, ''));
    expect(err).toMatchObject({ kind: 'tls', code: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED' });
    expect(acs.received).toHaveLength(1);
  });

  it('fails with kind tls when the server certificate is from another CA', async () => {
    const acs = await tlsServer({ cert: pki.otherServer.cert, key: pki.otherServer.key });
    const err = await transportError(session({ url: acs.origin, ca: pki.ca.cert }).post(INFORM, ''));
    expect(err.kind).toBe('tls');
    expect(acs.received).toHaveLength(0);
  });

  it('trusts only the given CA, not the system store', async () => {
    const acs = await tlsServer(serverCert);
    const err = await transportError(session({ url: acs.origin, ca: pki.otherCa.cert }).post(''));
    expect(err.kind).toBe('tls');
  });

  it('fails with kind tls when the certificate is for another host name', async () => {
    const acs = await tlsServer({ cert: pki.wrongHost.cert, key: pki.wrongHost.key });
    const err = await transportError(session({ url: acs.origin, ca: pki.ca.cert }).post(''));
    expect(err).toMatchObject({ kind: 'tls', code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });

  it('insecureSkipVerify connects anyway and warns at the start of every session', async () => {
    const acs = await tlsServer({ cert: pki.otherServer.cert, key: pki.otherServer.key });
    const wrongHost = await tlsServer({ cert: pki.wrongHost.cert, key: pki.wrongHost.key });
    const logger = recordingLog();
    for (const origin of [acs.origin, acs.origin, wrongHost.origin]) {
      const s = session({ url: origin, ca: pki.ca.cert, insecureSkipVerify: true, log: logger });
      expect((await s.post(INFORM, '')).status).toBe(200);
    }
    expect(logger.warnings).toHaveLength(3);
    expect(logger.warnings.every((w) => /verification is OFF/.test(w))).toBe(true);
  });
});
