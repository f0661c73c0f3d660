import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, inflateSync } from 'node:zlib';
import { DigestVerifier } from '../../src/nat/digest-verifier.ts';

/** One report as the collector received it, its body decoded (Content-Encoding undone). */
export interface ReceivedReport {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  /** The bytes on the wire, before decoding. */
  readonly wireBytes: number;
  readonly body: string;
}

/** How the collector treats requests to one path. */
export interface CollectorRoute {
  /** Credentials the route demands, with the scheme it offers. */
  auth?: { scheme: 'Basic' | 'Digest'; username: string; password: string };
  /** While set, requests get this status (an outage) and are not recorded as received. */
  failWith?: number;
  /** Answers 307 to this path (a collector that moved). */
  movedTo?: string;
  /** Holds each answer this long (a slow collector). */
  delayMs?: number;
}

/**
 * A Bulk Data collector on 127.0.0.1 (TR-069 Annex N): takes POST and PUT, decodes gzip and
 * deflate bodies, answers 401 challenges for routes with credentials (Basic, or Digest checked
 * with nonce counts), and can fail a route on demand. Records every report it accepted.
 */
export class BulkCollector {
  readonly received: ReceivedReport[] = [];
  /** Requests refused while a route failed, and 401s sent. */
  refused = 0;
  challenged = 0;
  readonly routes = new Map<string, CollectorRoute>();
  private readonly server: Server;
  private readonly digest = new DigestVerifier({ realm: 'collector' });
  private port = 0;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  route(path: string, r: CollectorRoute): this {
    this.routes.set(path, r);
    return this;
  }

  /** The reports received on a path, in order. */
  on(path: string): ReceivedReport[] {
    return this.received.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://collector');
    const route = this.routes.get(url.pathname) ?? {};
    if (route.delayMs) await new Promise((r) => setTimeout(r, route.delayMs));
    if (route.movedTo !== undefined)
      return void res.writeHead(307, { location: route.movedTo, 'content-length': 0 }).end();
    if (route.failWith !== undefined) {
      this.refused += 1;
      return void res.writeHead(route.failWith, { 'content-length': 0 }).end();
    }
    if (route.auth && !this.authorized(req, route.auth)) {
      this.challenged += 1;
      const challenge =
        route.auth.scheme === 'Basic' ? ['Basic realm="collector"'] : this.digest.challenges().slice(-1);
      return void res.writeHead(401, { 'www-authenticate': challenge, 'content-length': 0 }).end();
    }
    const encoding = req.headers['content-encoding'];
    const body = encoding === 'gzip' ? gunzipSync(raw) : encoding === 'deflate' ? inflateSync(raw) : raw;
    this.received.push({
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      wireBytes: raw.length,
      body: body.toString('utf8'),
    });
    res.writeHead(200, { 'content-length': 0 }).end();
  }

  private authorized(req: IncomingMessage, a: NonNullable<CollectorRoute['auth']>): boolean {
    const header = req.headers.authorization;
    if (a.scheme === 'Basic')
      return header === `Basic ${Buffer.from(`${a.username}:${a.password}`).toString('base64')}`;
    return this.digest.verify(req.method ?? '', header, a.username, a.password).ok;
  }
}
