import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionRequestServer } from '../../src/nat/connection-request-server.ts';
import { parseDigestHeader } from '../../src/nat/digest-verifier.ts';
import { silentLogger } from '../../src/log/logger.ts';

// A Digest client written here, independent of src/, so the listener is checked against RFC 7616.
function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; challenge: string[]; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const r = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      res.resume();
      const h = res.headers['www-authenticate'];
      resolve({
        status: res.statusCode ?? 0,
        challenge: Array.isArray(h) ? h : h ? [h] : [],
        retryAfter: res.headers['retry-after'],
      });
    });
    r.on('error', reject);
    r.end();
  });
}

function digest(
  challenge: string,
  user: string,
  pass: string,
  uri: string,
  nc: number,
  alg: 'MD5' | 'SHA-256',
): string {
  const p = parseDigestHeader(challenge)!;
  const h = (s: string): string =>
    createHash(alg === 'MD5' ? 'md5' : 'sha256')
      .update(s)
      .digest('hex');
  const cnonce = randomBytes(4).toString('hex');
  const ncs = nc.toString(16).padStart(8, '0');
  const response = h(`${h(`${user}:${p['realm']}:${pass}`)}:${p['nonce']}:${ncs}:${cnonce}:auth:${h(`GET:${uri}`)}`);
  return `Digest username="${user}", realm="${p['realm']}", nonce="${p['nonce']}", uri="${uri}", algorithm=${alg}, qop=auth, nc=${ncs}, cnonce="${cnonce}", response="${response}", opaque="${p['opaque']}"`;
}

describe('HTTP connection-request listener', () => {
  let server: ConnectionRequestServer | undefined;
  afterEach(async () => server?.close());

  async function start(rate = { requests: 50, windowMs: 10_000 }): Promise<{ port: number; hits: () => number }> {
    let hits = 0;
    server = new ConnectionRequestServer({ port: 0, host: '127.0.0.1', log: silentLogger, rateLimit: rate });
    server.attach('tok123', {
      credentials: async () => ({ username: 'acs', password: 'cr-secret' }),
      onRequest: () => void hits++,
    });
    return { port: await server.listen(), hits: () => hits };
  }

  it('accepts only Digest-authenticated GETs (MD5 and SHA-256) and starts a session for each', async () => {
    const { port, hits } = await start();
    const first = await get(port, '/tok123');
    expect(first.status).toBe(401);
    const sha = first.challenge.find((c) => c.includes('SHA-256'))!;
    const md5 = first.challenge.find((c) => c.includes('MD5'))!;
    expect(
      (await get(port, '/tok123', { Authorization: digest(sha, 'acs', 'cr-secret', '/tok123', 1, 'SHA-256') })).status,
    ).toBe(200);
    expect(
      (await get(port, '/tok123', { Authorization: digest(md5, 'acs', 'cr-secret', '/tok123', 2, 'MD5') })).status,
    ).toBe(200);
    expect(hits()).toBe(2);
  });

  it('refuses anonymous, Basic, wrong-password, replayed and unknown-nonce requests with 401', async () => {
    const { port, hits } = await start();
    const [challenge] = (await get(port, '/tok123')).challenge;
    const basic = `Basic ${Buffer.from('acs:cr-secret').toString('base64')}`;
    expect((await get(port, '/tok123', { Authorization: basic })).status).toBe(401);
    expect(
      (await get(port, '/tok123', { Authorization: digest(challenge!, 'acs', 'wrong', '/tok123', 1, 'SHA-256') }))
        .status,
    ).toBe(401);
    const good = digest(challenge!, 'acs', 'cr-secret', '/tok123', 1, 'SHA-256');
    expect((await get(port, '/tok123', { Authorization: good })).status).toBe(200);
    expect((await get(port, '/tok123', { Authorization: good })).status).toBe(401); // replay: same nc
    expect(
      (await get(port, '/tok123', { Authorization: good.replace(/nonce="[0-9a-f]+"/, 'nonce="00ff"') })).status,
    ).toBe(401);
    expect(hits()).toBe(1);
  });

  it('survives a flood of 500 forged requests, which do not lock the real ACS out', async () => {
    const { port, hits } = await start({ requests: 10, windowMs: 60_000 });
    const statuses = await Promise.all(
      Array.from({ length: 500 }, () =>
        get(port, '/tok123').then(
          (r) => r.status,
          () => 0,
        ),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(500);
    expect(hits()).toBe(0);
    // The ACS's Digest handshake right after the flood goes through.
    const challenge = (await get(port, '/tok123')).challenge.find((c) => c.includes('MD5'))!;
    expect(
      (await get(port, '/tok123', { Authorization: digest(challenge, 'acs', 'cr-secret', '/tok123', 1, 'MD5') }))
        .status,
    ).toBe(200);
    expect(hits()).toBe(1);
  });

  it('answers 404 off the secret path, 405 to other methods, 503 beyond the rate limit of authenticated requests', async () => {
    const { port, hits } = await start({ requests: 3, windowMs: 60_000 });
    expect((await get(port, '/guess')).status).toBe(404);
    expect((await get(port, '/tok123', {}, 'POST')).status).toBe(405);
    const challenge = (await get(port, '/tok123')).challenge.find((c) => c.includes('MD5'))!;
    for (let nc = 1; nc <= 3; nc++)
      expect(
        (await get(port, '/tok123', { Authorization: digest(challenge, 'acs', 'cr-secret', '/tok123', nc, 'MD5') }))
          .status,
      ).toBe(200);
    const limited = await get(port, '/tok123', {
      Authorization: digest(challenge, 'acs', 'cr-secret', '/tok123', 4, 'MD5'),
    });
    expect(limited.status).toBe(503);
    // TR-069 3.2.2: the CPE's 503 to a connection request has no Retry-After.
    expect(limited.retryAfter).toBeUndefined();
    expect(hits()).toBe(3);
  });

  it('routes each secret path to its own device, with its own credentials and rate limit (fleet mode)', async () => {
    server = new ConnectionRequestServer({
      port: 0,
      host: '127.0.0.1',
      log: silentLogger,
      rateLimit: { requests: 3, windowMs: 60_000 },
    });
    const port = await server.listen();
    const hits = { a: 0, b: 0 };
    server.attach('path-a', {
      credentials: async () => ({ username: 'dev-a', password: 'pa' }),
      onRequest: () => void hits.a++,
    });
    const detachB = server.attach('path-b', {
      credentials: async () => ({ username: 'dev-b', password: 'pb' }),
      onRequest: () => void hits.b++,
    });
    const [ca] = (await get(port, '/path-a')).challenge;
    expect(
      (await get(port, '/path-a', { Authorization: digest(ca!, 'dev-b', 'pb', '/path-a', 1, 'MD5') })).status,
    ).toBe(401); // b's login on a's path
    expect(
      (await get(port, '/path-b', { Authorization: digest(ca!, 'dev-b', 'pb', '/path-b', 2, 'MD5') })).status,
    ).toBe(200);
    expect(hits).toEqual({ a: 0, b: 1 });
    // a reaches its quota of 3 accepted requests; b, with 1, does not.
    for (let nc = 3; nc <= 5; nc++)
      expect(
        (await get(port, '/path-a', { Authorization: digest(ca!, 'dev-a', 'pa', '/path-a', nc, 'MD5') })).status,
      ).toBe(200);
    expect(
      (await get(port, '/path-a', { Authorization: digest(ca!, 'dev-a', 'pa', '/path-a', 6, 'MD5') })).status,
    ).toBe(503);
    expect(
      (await get(port, '/path-b', { Authorization: digest(ca!, 'dev-b', 'pb', '/path-b', 7, 'MD5') })).status,
    ).toBe(200);
    expect(hits).toEqual({ a: 3, b: 2 });
    detachB();
    expect((await get(port, '/path-b')).status).toBe(404);
  });

  it('a backward step of the clock neither blocks requests for hours nor keeps old nonces alive', async () => {
    let t = Date.UTC(2026, 10, 22, 12);
    let hits = 0;
    server = new ConnectionRequestServer({
      port: 0,
      host: '127.0.0.1',
      log: silentLogger,
      rateLimit: { requests: 3, windowMs: 10_000 },
      now: () => t,
    });
    server.attach('tok123', {
      credentials: async () => ({ username: 'acs', password: 'cr-secret' }),
      onRequest: () => void hits++,
    });
    const port = await server.listen();
    const challenge = (await get(port, '/tok123')).challenge.find((c) => c.includes('MD5'));
    for (let nc = 1; nc <= 3; nc++)
      expect(
        (await get(port, '/tok123', { Authorization: digest(challenge!, 'acs', 'cr-secret', '/tok123', nc, 'MD5') }))
          .status,
      ).toBe(200);
    expect(
      (await get(port, '/tok123', { Authorization: digest(challenge!, 'acs', 'cr-secret', '/tok123', 4, 'MD5') }))
        .status,
    ).toBe(503);
    t -= 3 * 3_600_000;
    // A nonce issued before the step has an unknown age: refused, and a new one is offered.
    const old = await get(port, '/tok123', {
      Authorization: digest(challenge!, 'acs', 'cr-secret', '/tok123', 5, 'MD5'),
    });
    expect(old.status).toBe(401);
    expect(old.challenge.length).toBeGreaterThan(0);
    // The window's entries are in the "future" now: they no longer count.
    const fresh = old.challenge.find((c) => c.includes('MD5'))!;
    expect(
      (await get(port, '/tok123', { Authorization: digest(fresh, 'acs', 'cr-secret', '/tok123', 1, 'MD5') })).status,
    ).toBe(200);
    expect(hits).toBe(4);
  });
});
