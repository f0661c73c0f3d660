/**
 * A loopback file server (node:http / node:https on 127.0.0.1, port 0) for the transfer tests.
 * Its Basic and Digest (MD5, qop=auth) checks are written here, independently of src/transport.
 *
 *   GET  <path in files>           the file, with Accept-Ranges, an ETag and `Range: bytes=N-` (If-Range honoured)
 *   GET  /flaky/<name>?cut=N&times=K[&stall=1]  as above, but the first K answers stop after N body
 *                                  bytes (socket destroyed, or with stall=1 left open and silent)
 *   GET  /changing/<name>?cut=N    a new ETag on every request, and the first answer stops after N body bytes
 *   GET  /truncated/<name>         full Content-Length, half the body, then the socket is destroyed
 *   GET  /bad-length/<name>?cl=N   raw response declaring Content-Length N (none without cl), the whole file, close
 *   GET  /status/<code>            an empty answer with that status
 *   GET  /slow/<name>?every=ms[&chunk=bytes][&ranges=1]  the file in 1 KiB (`chunk`) pieces, one every
 *                                  `every` ms; with ranges=1 also Accept-Ranges, an ETag and `Range: bytes=N-`
 *   GET  /chunked/<name>           the file with chunked transfer coding (no Content-Length), in uneven pieces
 *   GET  /stall/<name>             headers and half the body, then silence (the socket stays open)
 *   GET  any path added with redirect(from, to, status)
 *   PUT  any path                  stores the body in `uploads`, answers `putStatus` (default 201)
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { parseAuthParams } from '../transport/servers.ts';

export interface FileServerAuth {
  scheme: 'basic' | 'digest';
  username: string;
  password: string;
  realm?: string;
}

export interface FileServerOptions {
  files?: Map<string, Buffer>;
  auth?: FileServerAuth;
  /** https: server certificate; `ca` + requestCert to ask for (and require) a client certificate. */
  tls?: { cert: string; key: string; ca?: string; requestCert?: boolean };
  putStatus?: number;
}

export interface SeenRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  /** CN of the client certificate, https with requestCert only. */
  clientCert: string | undefined;
  range: string | undefined;
}

export interface Upload {
  body: Buffer;
  contentType: string | undefined;
  authorization: string | undefined;
}

export interface FileServer {
  origin: string;
  port: number;
  url(path: string): string;
  files: Map<string, Buffer>;
  requests: SeenRequest[];
  uploads: Map<string, Upload>;
  /** Answer GET `from` with `status` and Location `to` (absolute or relative). */
  redirect(from: string, to: string, status?: number): void;
  close(): Promise<void>;
}

export async function startFileServer(o: FileServerOptions = {}): Promise<FileServer> {
  const files = o.files ?? new Map<string, Buffer>();
  const redirects = new Map<string, { to: string; status: number }>();
  const answered = new Map<string, number>();
  const requests: SeenRequest[] = [];
  const uploads = new Map<string, Upload>();
  const sockets = new Set<Socket>();
  const checkAuth = o.auth ? authChecker(o.auth) : undefined;

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const method = req.method ?? '';
    const url = new URL(req.url ?? '/', 'http://x');
    const tls = o.tls?.requestCert === true ? (req.socket as TLSSocket).getPeerCertificate() : undefined;
    const cn = tls?.subject?.CN;
    requests.push({
      method,
      url: req.url ?? '',
      authorization: req.headers.authorization,
      clientCert: typeof cn === 'string' ? cn : undefined,
      range: req.headers.range,
    });
    if (checkAuth && !checkAuth(req, res)) return;

    if (method === 'PUT') {
      const ct = req.headers['content-type'];
      uploads.set(url.pathname, { body, contentType: ct, authorization: req.headers.authorization });
      res.writeHead(o.putStatus ?? 201).end();
      return;
    }
    const redirect = redirects.get(url.pathname);
    if (redirect) {
      res.writeHead(redirect.status, { location: redirect.to }).end();
      return;
    }
    const status = /^\/status\/(\d{3})$/.exec(url.pathname);
    if (status) {
      res.writeHead(Number(status[1])).end();
      return;
    }
    const [, route, name] =
      /^\/(truncated|bad-length|slow|stall|chunked|flaky|changing)(\/.*)$/.exec(url.pathname) ?? [];
    const file = files.get(name ?? url.pathname);
    if (method !== 'GET' || !file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    switch (route) {
      case 'truncated':
        res.writeHead(200, { 'content-length': String(file.length) });
        res.write(file.subarray(0, file.length >> 1), () => res.socket?.destroy());
        return;
      case 'bad-length': {
        // Raw bytes: node:http itself refuses to send a body that disagrees with Content-Length.
        const socket = req.socket;
        const cl = url.searchParams.get('cl');
        socket.write(`HTTP/1.1 200 OK\r\n${cl === null ? '' : `Content-Length: ${cl}\r\n`}Connection: close\r\n\r\n`);
        socket.end(file);
        return;
      }
      case 'slow': {
        const every = Number(url.searchParams.get('every') ?? '20');
        const chunkSize = Number(url.searchParams.get('chunk') ?? '1024');
        // Byte ranges only when asked for (?ranges=1), as serveRange answers them.
        const ranges = url.searchParams.get('ranges') === '1';
        const range = ranges ? /^bytes=(\d+)-$/.exec(req.headers.range ?? '') : null;
        const from = range && req.headers['if-range'] === '"v1"' ? Number(range[1]) : 0;
        res.writeHead(from > 0 ? 206 : 200, {
          'content-length': String(file.length - from),
          ...(ranges ? { 'accept-ranges': 'bytes', etag: '"v1"' } : {}),
          ...(from > 0 ? { 'content-range': `bytes ${from}-${file.length - 1}/${file.length}` } : {}),
        });
        let sent = from;
        const timer = setInterval(() => {
          const chunk = file.subarray(sent, sent + chunkSize);
          sent += chunk.length;
          if (sent >= file.length) {
            clearInterval(timer);
            res.end(chunk);
          } else {
            res.write(chunk);
          }
        }, every);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case 'chunked': {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        for (let at = 0, n = 1; at < file.length; at += n, n = ((n * 7 + 13) % 50_000) + 1)
          res.write(file.subarray(at, at + n));
        res.end();
        return;
      }
      case 'flaky': {
        const seen = (answered.get(url.pathname) ?? 0) + 1;
        answered.set(url.pathname, seen);
        const cut =
          seen <= Number(url.searchParams.get('times') ?? '1')
            ? Number(url.searchParams.get('cut') ?? '1000')
            : undefined;
        serveRange(req, res, file, '"v1"', cut, url.searchParams.get('stall') === '1');
        return;
      }
      case 'changing': {
        const seen = (answered.get(url.pathname) ?? 0) + 1;
        answered.set(url.pathname, seen);
        serveRange(
          req,
          res,
          file,
          `"v${seen}"`,
          seen === 1 ? Number(url.searchParams.get('cut') ?? '1000') : undefined,
        );
        return;
      }
      case 'stall':
        res.writeHead(200, { 'content-length': String(file.length) });
        res.write(file.subarray(0, file.length >> 1));
        return;
      default:
        serveRange(req, res, file, '"v1"', undefined);
    }
  };

  const server: Server = o.tls
    ? createHttpsServer({
        cert: o.tls.cert,
        key: o.tls.key,
        ca: o.tls.ca,
        requestCert: o.tls.requestCert === true,
        rejectUnauthorized: o.tls.requestCert === true,
      })
    : createHttpServer();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', () => {
    /* handshake failures are what the negative tests provoke */
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `${o.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    origin,
    port,
    files,
    requests,
    uploads,
    url: (path) => `${origin}${path}`,
    redirect: (from, to, status = 302) => {
      redirects.set(from, { to, status });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * The file, or its tail from `Range: bytes=N-` as a 206 when If-Range (if any) names `etag`;
 * `cut`: send only that many body bytes, then destroy the socket (or, `stall`, go silent).
 */
function serveRange(
  req: IncomingMessage,
  res: ServerResponse,
  file: Buffer,
  etag: string,
  cut: number | undefined,
  stall = false,
): void {
  const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  const ifRange = req.headers['if-range'];
  const from = range && (ifRange === undefined || ifRange === etag) ? Number(range[1]) : 0;
  if (from >= file.length && file.length > 0) {
    res.writeHead(416, { 'content-range': `bytes */${file.length}` }).end();
    return;
  }
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'content-length': String(file.length - from),
    'accept-ranges': 'bytes',
    etag,
  };
  if (range && from > 0) headers['content-range'] = `bytes ${from}-${file.length - 1}/${file.length}`;
  res.writeHead(range && from > 0 ? 206 : 200, headers);
  if (cut === undefined) res.end(file.subarray(from));
  else
    res.write(file.subarray(from, from + cut), () => {
      if (!stall) res.socket?.destroy();
    });
}

/** Returns true when the request may proceed; otherwise it has answered 401 with a fresh challenge. */
function authChecker(a: FileServerAuth): (req: IncomingMessage, res: ServerResponse) => boolean {
  const realm = a.realm ?? 'files';
  const nonces = new Set<string>();
  const md5 = (s: string): string => createHash('md5').update(s).digest('hex');
  const challenge = (res: ServerResponse): false => {
    let value = `Basic realm="${realm}"`;
    if (a.scheme === 'digest') {
      const nonce = randomBytes(12).toString('hex');
      nonces.add(nonce);
      value = `Digest realm="${realm}", qop="auth", algorithm=MD5, nonce="${nonce}"`;
    }
    res.writeHead(401, { 'www-authenticate': value }).end();
    return false;
  };
  return (req, res) => {
    const header = req.headers.authorization ?? '';
    if (a.scheme === 'basic') {
      const expected = `Basic ${Buffer.from(`${a.username}:${a.password}`).toString('base64')}`;
      return header === expected || challenge(res);
    }
    if (!/^digest /i.test(header)) return challenge(res);
    const p = parseAuthParams(header.slice(7));
    if (
      !nonces.has(p['nonce'] ?? '') ||
      p['username'] !== a.username ||
      p['realm'] !== realm ||
      p['uri'] !== req.url ||
      p['qop'] !== 'auth'
    ) {
      return challenge(res);
    }
    const ha1 = md5(`${a.username}:${realm}:${a.password}`);
    const ha2 = md5(`${req.method ?? ''}:${p['uri'] ?? ''}`);
    const expected = md5(`${ha1}:${p['nonce'] ?? ''}:${p['nc'] ?? ''}:${p['cnonce'] ?? ''}:auth:${ha2}`);
    return p['response'] === expected || challenge(res);
  };
}
