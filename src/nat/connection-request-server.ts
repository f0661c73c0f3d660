import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log/logger.ts';
import { DigestVerifier } from './digest-verifier.ts';
import { SlidingWindowLimiter } from './rate-limit.ts';

/** One device behind the listener: the owner of one secret path. */
export interface ConnectionRequestTarget {
  /** Current ConnectionRequestUsername/Password from the data model. */
  credentials(): Promise<{ username: string; password: string }>;
  /** Called for every authenticated request; during a session the agent opens another one after it. */
  onRequest(): void;
  /** False while the device cannot be reached (a fleet scenario): requests get no answer. */
  reachable?(): boolean;
}

/** How long a request to an unreachable device is held unanswered before its socket is closed. */
const UNANSWERED_HOLD_MS = 30_000;

/** What a device needs of a listener it shares: routing of its secret path. */
export type ConnectionRequestRouter = Pick<ConnectionRequestServer, 'attach'>;

export interface ConnectionRequestServerOptions {
  port: number;
  host?: string;
  log: Logger;
  /**
   * Per device: at most this many authenticated requests per window; beyond: 503 (default 10 per
   * 10 s). Refused ones do not count, so a flood of forged requests cannot lock the ACS out, and
   * a Digest handshake (a 401, then the answer) costs the ACS one request of its quota.
   */
  rateLimit?: { requests: number; windowMs: number };
  now?: () => number;
}

interface Attached {
  target: ConnectionRequestTarget;
  /** Made on the device's first authenticated request. */
  limit: SlidingWindowLimiter | undefined;
}

/**
 * The HTTP connection-request listener (TR-069 3.2.2): GET on a device's secret path, answered
 * with 200 only after Digest authentication against that device's
 * ManagementServer.ConnectionRequestUsername and Password. Anything else gets 401/404/405/503 and
 * starts nothing. One listener serves one device, or every device of a fleet (routed by path).
 */
export class ConnectionRequestServer {
  private server: Server;
  private readonly verifier: DigestVerifier;
  private readonly byPath = new Map<string, Attached>();

  /** Devices `attach` once it listens: one agent, or every device of a fleet. */
  constructor(private readonly opts: ConnectionRequestServerOptions) {
    this.verifier = new DigestVerifier({ realm: 'tr069-agent', ...(opts.now ? { now: opts.now } : {}) });
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => res.writeHead(500).end()));
    this.server.headersTimeout = 10_000;
    this.server.requestTimeout = 10_000;
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', (e: NodeJS.ErrnoException) =>
        reject(
          e.code === 'EADDRINUSE'
            ? new Error(
                `connection-request port ${this.opts.port} is already in use; choose another with --cr-port (0 picks a free one)`,
              )
            : e,
        ),
      );
      this.server.listen(this.opts.port, this.opts.host ?? '0.0.0.0', () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  /** Routes GET /<token> to a device; returns what detaches it (the token changed, the device stopped). */
  attach(token: string, target: ConnectionRequestTarget): () => void {
    const path = `/${token}`;
    const entry: Attached = { target, limit: undefined };
    this.byPath.set(path, entry);
    return () => {
      if (this.byPath.get(path) === entry) this.byPath.delete(path);
    };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.resume();
    const path = (req.url ?? '').split('?')[0] ?? '';
    const a = this.byPath.get(path);
    if (!a) {
      res.writeHead(404).end();
      return;
    }
    if (a.target.reachable?.() === false) {
      // A device cut off behind its NAT never answers: the ACS waits for its own timeout, as it
      // would for the real device, rather than seeing a reset. The socket is let go after a while.
      req.socket.setTimeout(UNANSWERED_HOLD_MS, () => req.socket.destroy());
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405, { Allow: 'GET' }).end();
      return;
    }
    const { username, password } = await a.target.credentials();
    const outcome = this.verifier.verify('GET', req.headers.authorization, username, password);
    if (!outcome.ok) {
      if (req.headers.authorization)
        this.opts.log.warn(`connection request refused: ${outcome.reason}`, { from: req.socket.remoteAddress });
      res.writeHead(401, { 'WWW-Authenticate': this.verifier.challenges(outcome.stale) }).end();
      return;
    }
    const { requests, windowMs } = this.opts.rateLimit ?? { requests: 10, windowMs: 10_000 };
    if ((a.limit ??= new SlidingWindowLimiter(requests, windowMs)).hit((this.opts.now ?? Date.now)())) {
      // TR-069 3.2.2: a CPE's 503 to a connection request carries no Retry-After.
      this.opts.log.warn('connection request refused: too many in a short time', { from: req.socket.remoteAddress });
      res.writeHead(503).end();
      return;
    }
    this.opts.log.info('connection request accepted', { from: req.socket.remoteAddress });
    res.writeHead(200).end();
    a.target.onRequest();
  }
}
