/**
 * Test ACS servers on 127.0.0.1 (node:http / node:https) that record what they receive, plus an
 * independent Digest verifier (RFC 7616) so the client is checked against a second implementation.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsServerOptions } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  connection: number; // index of the TCP connection it arrived on
  tlsProtocol: string | null; // 'TLSv1.2' / 'TLSv1.3' on https
}

export type Handler = (req: Received, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  origin: string; // e.g. http://127.0.0.1:40000
  port: number;
  received: Received[];
  connections: number;
  server: Server;
  close(): Promise<void>;
}

export async function startServer(handler: Handler, https?: HttpsServerOptions): Promise<TestServer> {
  const server: Server = https ? createHttpsServer(https) : createHttpServer();
  const ids = new WeakMap<Socket, number>();
  const state: TestServer = {
    origin: '',
    port: 0,
    received: [],
    connections: 0,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on(https ? 'secureConnection' : 'connection', (socket: Socket) => {
    ids.set(socket, state.connections++);
  });
  server.on('tlsClientError', () => {
    /* handshake failures are expected in negative tests */
  });
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const socket = req.socket;
      const rec: Received = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        connection: ids.get(socket) ?? -1,
        tlsProtocol: https ? (socket as TLSSocket).getProtocol() : null,
      };
      state.received.push(rec);
      void Promise.resolve(handler(rec, res)).catch((err: unknown) => {
        res.statusCode = 599;
        res.end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.origin = `${https ? 'https' : 'http'}://127.0.0.1:${state.port}`;
  return state;
}

export function reply(
  res: ServerResponse,
  status: number,
  body = '',
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, body === '' ? headers : { 'content-type': 'text/xml; charset=utf-8', ...headers });
  res.end(body);
}

/** Parse an Authorization: Digest header (written separately from src/transport on purpose). */
export function parseAuthParams(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w-]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g;
  for (let m = re.exec(header); m; m = re.exec(header)) {
    out[(m[1] ?? '').toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  return out;
}

export interface DigestServerOptions {
  realm: string;
  username: string;
  password: string;
  algorithm: 'MD5' | 'MD5-sess' | 'SHA-256';
  /** Declare a nonce stale after this many successful uses (tests stale=true). */
  nonceUses?: number;
  /** Extra challenges put before the Digest one in the same header, e.g. 'Basic realm="x"'. */
  otherChallenges?: string;
  opaque?: string;
}

export interface DigestLog {
  challenges: number;
  accepted: { nonce: string; nc: number; cnonce: string }[];
  rejected: string[];
}

/** A handler wrapper that answers 401 until the request carries a valid Digest Authorization. */
export function digestAuth(o: DigestServerOptions, inner: Handler): { handler: Handler; log: DigestLog } {
  const log: DigestLog = { challenges: 0, accepted: [], rejected: [] };
  const nonces = new Map<string, { lastNc: number; uses: number }>();
  const hash = (s: string): string =>
    createHash(o.algorithm.startsWith('SHA-256') ? 'sha256' : 'md5')
      .update(s)
      .digest('hex');
  const challenge = (res: ServerResponse, stale: boolean): void => {
    const nonce = randomBytes(12).toString('base64');
    nonces.set(nonce, { lastNc: 0, uses: 0 });
    log.challenges++;
    const digest =
      `Digest realm="${o.realm}", qop="auth,auth-int", algorithm=${o.algorithm}, nonce="${nonce}"` +
      `${o.opaque ? `, opaque="${o.opaque}"` : ''}${stale ? ', stale=true' : ''}`;
    reply(res, 401, '', { 'www-authenticate': o.otherChallenges ? `${o.otherChallenges}, ${digest}` : digest });
  };
  const handler: Handler = (req, res) => {
    const header = req.headers.authorization;
    if (header === undefined || !/^digest /i.test(header)) return challenge(res, false);
    const p = parseAuthParams(header.slice(7));
    const state = nonces.get(p['nonce'] ?? '');
    const nc = parseInt(p['nc'] ?? '', 16);
    const fail = (why: string): void => {
      log.rejected.push(why);
      challenge(res, false);
    };
    if (!state) return fail('unknown nonce');
    if (p['username'] !== o.username || p['realm'] !== o.realm) return fail('username/realm');
    if (p['uri'] !== req.url) return fail(`uri ${p['uri']} != ${req.url}`);
    if (p['qop'] !== 'auth') return fail('qop');
    if ((p['algorithm'] ?? 'MD5') !== o.algorithm) return fail('algorithm');
    if (o.opaque !== undefined && p['opaque'] !== o.opaque) return fail('opaque');
    if (!/^[0-9a-f]{8}$/.test(p['nc'] ?? '') || !(nc > state.lastNc))
      return fail(`nc ${p['nc']} after ${state.lastNc}`);
    const cnonce = p['cnonce'] ?? '';
    if (cnonce === '') return fail('cnonce');
    let ha1 = hash(`${o.username}:${o.realm}:${o.password}`);
    if (o.algorithm.endsWith('-sess')) ha1 = hash(`${ha1}:${p['nonce']}:${cnonce}`);
    const ha2 = hash(`${req.method}:${p['uri']}`);
    const expected = hash(`${ha1}:${p['nonce']}:${p['nc']}:${cnonce}:auth:${ha2}`);
    if (p['response'] !== expected) return fail('response hash');
    if (o.nonceUses !== undefined && state.uses >= o.nonceUses) return challenge(res, true);
    state.lastNc = nc;
    state.uses++;
    log.accepted.push({ nonce: p['nonce'] ?? '', nc, cnonce });
    return inner(req, res);
  };
  return { handler, log };
}

export function recordingLog(): { debug(m: string): void; warn(m: string): void; lines: string[]; warnings: string[] } {
  const lines: string[] = [];
  const warnings: string[] = [];
  return {
    lines,
    warnings,
    debug: (m) => {
      lines.push(m);
    },
    warn: (m) => {
      lines.push(m);
      warnings.push(m);
    },
  };
}
