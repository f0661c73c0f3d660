import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log/logger.ts';
import { DigestVerifier } from './digest-verifier.ts';

export interface ConnectionRequestServerOptions {
  port: number;
  host?: string;
  /** The random path segment of ConnectionRequestURL (read per request: a factory reset renews it). */
  token: () => string;
  /** Current ConnectionRequestUsername/Password from the data model. */
  credentials(): Promise<{ username: string; password: string }>;
  /** Called for every authenticated request; the agent merges it into a running session. */
  onRequest(): void;
  log: Logger;
  /** At most this many requests per window (any outcome); beyond: 503 (default 10 per 10 s). */
  rateLimit?: { requests: number; windowMs: number };
  now?: () => number;
}

/**
 * The HTTP connection-request listener (TR-069 3.2.2): GET on the secret path, answered with
 * 200 only after Digest authentication against ManagementServer.ConnectionRequestUsername and
 * Password. Anything else gets 401/404/405/503 and starts nothing.
 */
export class ConnectionRequestServer {
  private server: Server;
  private readonly verifier: DigestVerifier;
  private window: number[] = [];

  constructor(private readonly opts: ConnectionRequestServerOptions) {
    this.verifier = new DigestVerifier({ realm: 'tr069-agent', ...(opts.now ? { now: opts.now } : {}) });
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => res.writeHead(500).end()));
    this.server.headersTimeout = 10_000;
    this.server.requestTimeout = 10_000;
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', (e: NodeJS.ErrnoException) =>
        reject(e.code === 'EADDRINUSE' ? new Error(`connection-request port ${this.opts.port} is already in use; choose another with --cr-port (0 picks a free one)`) : e));
      this.server.listen(this.opts.port, this.opts.host ?? '0.0.0.0', () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private limited(): boolean {
    const { requests, windowMs } = this.opts.rateLimit ?? { requests: 10, windowMs: 10_000 };
    const t = (this.opts.now ?? Date.now)();
    this.window = this.window.filter((x) => t - x < windowMs);
    this.window.push(t);
    return this.window.length > requests;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.resume();
    if (this.limited()) {
      res.writeHead(503, { 'Retry-After': '10' }).end();
      return;
    }
    const path = (req.url ?? '').split('?')[0];
    if (path !== `/${this.opts.token()}`) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405, { Allow: 'GET' }).end();
      return;
    }
    const { username, password } = await this.opts.credentials();
    const outcome = this.verifier.verify('GET', req.headers.authorization, username, password);
    if (!outcome.ok) {
      if (req.headers.authorization) this.opts.log.warn(`connection request refused: ${outcome.reason}`, { from: req.socket.remoteAddress });
      res.writeHead(401, { 'WWW-Authenticate': this.verifier.challenges(outcome.stale) }).end();
      return;
    }
    this.opts.log.info('connection request accepted', { from: req.socket.remoteAddress });
    res.writeHead(200).end();
    this.opts.onRequest();
  }
}
