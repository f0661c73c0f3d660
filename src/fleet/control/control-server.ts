import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../log/logger.ts';
import { bearerMatches } from './control-auth.ts';
import { act, listDevices, type Reply, type RouteDeps, scenarioState, showDevice } from './control-routes.ts';

const MAX_BODY = 64 * 1024;

export interface ControlServerOptions extends RouteDeps {
  host: string;
  port: number;
  token: string;
  log: Logger;
}

const fail = (status: number, error: string): Reply => ({ status, body: { error } });

async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; reply: Reply }> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
    return { ok: false, reply: fail(415, 'send the body as JSON with Content-Type: application/json') };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) return { ok: false, reply: fail(413, `the body is larger than ${MAX_BODY} bytes`) };
    chunks.push(c as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch (e) {
    return { ok: false, reply: fail(400, `the body is not JSON (${(e as Error).message})`) };
  }
}

/**
 * The fleet's live-control API (`--control-port`): JSON over HTTP, every request authenticated by
 * a bearer token. GET /devices (paged), GET /devices/{serial}, POST /devices/{serial}/actions,
 * POST /actions (a selector), GET /scenario. Bound to loopback unless told otherwise.
 */
export class ControlServer {
  private readonly server: Server;

  constructor(private readonly o: ControlServerOptions) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => this.send(res, fail(500, (e as Error).message)));
    });
    this.server.headersTimeout = 10_000;
    this.server.requestTimeout = 30_000;
  }

  async listen(): Promise<{ host: string; port: number }> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.o.port, this.o.host, () => resolve());
    });
    const a = this.server.address() as AddressInfo;
    return { host: a.address, port: a.port };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send(res: ServerResponse, r: Reply): void {
    if (res.headersSent) return void res.end();
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
    if (r.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="tr069-agent fleet"';
    res.writeHead(r.status, headers).end(`${JSON.stringify(r.body)}\n`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!bearerMatches(req.headers.authorization, this.o.token)) {
      req.resume();
      this.o.log.warn('control: request without the right token refused', { from: req.socket.remoteAddress });
      return this.send(res, fail(401, 'send the control token: Authorization: Bearer <token>'));
    }
    const url = new URL(req.url ?? '/', 'http://control');
    const parts = url.pathname
      .split('/')
      .filter((p) => p !== '')
      .map(decodeURIComponent);
    const route = (method: string, ...shape: (string | null)[]): boolean =>
      req.method === method && parts.length === shape.length && shape.every((s, i) => s === null || s === parts[i]);
    const body = async (f: (value: unknown) => Promise<Reply>): Promise<Reply> => {
      const b = await readJson(req);
      return b.ok ? f(b.value) : b.reply;
    };
    let reply: Reply;
    if (route('GET', 'devices')) reply = listDevices(this.o, url.searchParams);
    else if (route('GET', 'devices', null)) reply = await showDevice(this.o, parts[1]!);
    else if (route('POST', 'devices', null, 'actions')) reply = await body((v) => act(this.o, v, parts[1]!));
    else if (route('POST', 'actions')) reply = await body((v) => act(this.o, v));
    else if (route('GET', 'scenario')) reply = scenarioState(this.o);
    else {
      req.resume();
      const known = ['devices', 'actions', 'scenario'].includes(parts[0] ?? '');
      reply = known
        ? fail(405, `${req.method} is not allowed on ${url.pathname}`)
        : fail(
            404,
            'no such resource: GET /devices, GET /devices/{serial}, POST /devices/{serial}/actions, POST /actions, GET /scenario',
          );
    }
    this.send(res, reply);
  }
}
