import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.ts';
import { ConnectionRequestServer } from '../../src/nat/connection-request-server.ts';
import {
  parseUdpConnectionRequest,
  UdpConnectionRequestListener,
  udpSignature,
} from '../../src/nat/udp-connection-request.ts';
import { mutated, params } from './fuzz-config.ts';

const hex = (max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: max });
const CREDS = { username: 'acs-user', password: 'cr-secret-123' };

/** One raw HTTP exchange; resolves with the status (0 when the server closed without one). */
function raw(port: number, request: string): Promise<number> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    let buf = '';
    s.setTimeout(2000, () => s.destroy());
    s.on('data', (d) => {
      buf += d.toString('latin1');
    });
    s.on('close', () => resolve(Number(/^HTTP\/1\.[01] ([0-9]{3})/.exec(buf)?.[1] ?? 0)));
    s.on('error', () => undefined);
    s.end(request);
  });
}

describe('fuzz: connection requests from anyone', () => {
  let http: ConnectionRequestServer;
  let httpPort = 0;
  let httpAccepted = 0;
  let udp: UdpConnectionRequestListener;
  let udpPort = 0;
  let udpAccepted = 0;
  beforeAll(async () => {
    // No rate limit here: every case must reach the credential checks, not the flood guard.
    const unlimited = { requests: Number.MAX_SAFE_INTEGER, windowMs: 1000 };
    http = new ConnectionRequestServer({ port: 0, host: '127.0.0.1', log: silentLogger, rateLimit: unlimited });
    http.attach('tok123', { credentials: async () => CREDS, onRequest: () => void httpAccepted++ });
    httpPort = await http.listen();
    udp = new UdpConnectionRequestListener({
      port: 0,
      log: silentLogger,
      onOtherDatagram: () => undefined,
      rateLimit: unlimited,
    });
    udp.attach(CREDS.username, { credentials: async () => CREDS, onRequest: () => void udpAccepted++ });
    udpPort = await udp.listen();
  });
  afterAll(async () => {
    await http?.close();
    await udp?.close();
  });

  it('HTTP: mangled request lines, headers and Digest fields never start a session', async () => {
    const digest = fc
      .record({
        username: fc.oneof(fc.constant(CREDS.username), fc.string({ maxLength: 12 })),
        realm: fc.string({ maxLength: 12 }),
        nonce: hex(40),
        uri: fc.constantFrom('/tok123', '/', '/tok1234', '/tok123?x=1'),
        qop: fc.constantFrom('auth', 'auth-int', '', 'AUTH'),
        nc: fc.constantFrom('00000001', 'ffffffff', '', 'zz'),
        cnonce: fc.string({ maxLength: 10 }),
        response: hex(64),
        algorithm: fc.constantFrom('MD5', 'SHA-256', 'MD5-sess', 'X'),
      })
      .map(
        (d) =>
          `Digest ${Object.entries(d)
            .map(([k, v]) => `${k}="${v}"`)
            .join(', ')}`,
      );
    const auth = fc.oneof(
      digest,
      fc.constantFrom(
        'Basic YWNzLXVzZXI6Y3Itc2VjcmV0LTEyMw==',
        'Digest',
        'Digest ,,,,',
        `Digest username="${'a'.repeat(10000)}"`,
      ),
      fc.string({ maxLength: 200 }),
    );
    const request = fc
      .tuple(
        fc.constantFrom('GET', 'POST', 'HEAD', 'GET ', 'OPTIONS'),
        fc.constantFrom('/tok123', '/', '/../tok123', '/tok123/'),
        auth,
      )
      .map(([m, path, a]) => `${m} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${a}\r\n\r\n`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(request, mutated(request), fc.string({ maxLength: 400 })), async (text) => {
        const status = await raw(httpPort, text);
        expect([200, 204]).not.toContain(status);
      }),
      params(),
    );
    expect(httpAccepted).toBe(0);
    // The listener is still up and still refuses without credentials.
    expect(await raw(httpPort, 'GET /tok123 HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(401);
  }, 600_000);

  it('UDP: random and near-valid datagrams are dropped; only an exact signature is accepted', async () => {
    const sock = createSocket('udp4');
    let id = 0;
    const valid = fc.constant(null).map(() => {
      const f = { ts: Math.floor(Date.now() / 1000), id: `fz${++id}`, un: CREDS.username, cn: `c${id}` };
      return {
        f,
        text: `GET http://127.0.0.1:${udpPort}?ts=${f.ts}&id=${f.id}&un=${f.un}&cn=${f.cn}&sig=${udpSignature(CREDS.password, f)} HTTP/1.1\r\nHost: 127.0.0.1:${udpPort}\r\n\r\n`,
      };
    });
    const cases = fc.oneof(
      valid.chain((v) => mutated(fc.constant(v.text)).map((text) => ({ text, signed: v.f }))),
      fc.string({ maxLength: 300 }).map((text) => ({ text, signed: undefined })),
    );
    try {
      await fc.assert(
        fc.asyncProperty(cases, async ({ text, signed }) => {
          const parsed = parseUdpConnectionRequest(Buffer.from(text, 'latin1'));
          // A mutation outside the signed fields leaves a valid request: not what this property is about.
          fc.pre(
            !(
              signed &&
              parsed &&
              parsed.ts === signed.ts &&
              parsed.id === signed.id &&
              parsed.un === signed.un &&
              parsed.cn === signed.cn &&
              parsed.sig === udpSignature(CREDS.password, signed)
            ),
          );
          const before = udpAccepted;
          await new Promise<void>((r) => sock.send(Buffer.from(text, 'latin1'), udpPort, '127.0.0.1', () => r()));
          await new Promise((r) => setTimeout(r, 2));
          expect(udpAccepted).toBe(before);
        }),
        params(),
      );
      // And the listener still accepts a correct request afterwards.
      const f = { ts: Math.floor(Date.now() / 1000) + 5, id: 'final', un: CREDS.username, cn: 'final' };
      const ok = `GET http://127.0.0.1:${udpPort}?ts=${f.ts}&id=${f.id}&un=${f.un}&cn=${f.cn}&sig=${udpSignature(CREDS.password, f)} HTTP/1.1\r\n\r\n`;
      const before = udpAccepted;
      await new Promise<void>((r) => sock.send(Buffer.from(ok), udpPort, '127.0.0.1', () => r()));
      const end = Date.now() + 2000;
      while (udpAccepted === before && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
      expect(udpAccepted).toBe(before + 1);
    } finally {
      sock.close();
    }
  }, 600_000);
});
