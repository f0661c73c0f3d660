import { bracketHost } from '../common/ip-literal.ts';
import type { DataModel } from '../datamodel/tree.ts';
import type { Logger } from '../log/logger.ts';
import {
  ConnectionRequestServer,
  type ConnectionRequestRouter,
  type ConnectionRequestTarget,
} from '../nat/connection-request-server.ts';
import { advertiseAddress } from './advertised-address.ts';
import type { AgentComponent, SessionStart } from './component.ts';
import { connectionRequestCredentials } from './connection-request-credentials.ts';

/** The HTTP listener's settings: its port (0 picks one), the host to advertise, or a fleet's shared listener. */
export interface HttpListenSettings {
  port: number;
  advertiseHost?: string | undefined;
  bindHost?: string;
  shared?: ConnectionRequestRouter;
  /** False while requests must not reach the device (a fleet scenario's unreachable share): they drop. */
  reachable?(): boolean;
}

export interface HttpConnectionRequestsOptions {
  tree: DataModel;
  root: string;
  listen: HttpListenSettings;
  /** The secret path segment of ConnectionRequestURL, as persisted. */
  token(): string;
  /** A connection request passed authentication. */
  onRequest(): void;
  log: Logger;
}

/**
 * HTTP connection requests (TR-069 3.2.2): a GET on a secret path of this device's own listener,
 * or of a fleet's shared one, and the ConnectionRequestURL that advertises it.
 */
export class HttpConnectionRequests implements AgentComponent, ConnectionRequestTarget {
  private server: ConnectionRequestServer | undefined;
  private port: number | undefined;
  private detach: (() => void) | undefined;
  private token = '';

  constructor(private readonly o: HttpConnectionRequestsOptions) {}

  // What the listener asks of this device (ConnectionRequestTarget).
  credentials(): Promise<{ username: string; password: string }> {
    return connectionRequestCredentials(this.o.tree, this.o.root);
  }

  onRequest(): void {
    this.o.onRequest();
  }

  reachable(): boolean {
    return this.o.listen.reachable?.() !== false;
  }

  async start(): Promise<void> {
    const l = this.o.listen;
    if (l.shared) {
      this.port = l.port;
    } else {
      this.server = new ConnectionRequestServer({
        port: l.port,
        ...(l.bindHost ? { host: l.bindHost } : {}),
        log: this.o.log,
      });
      this.port = await this.server.listen();
      this.o.log.info(`agent: connection requests on port ${this.port}`);
    }
    this.renewToken(this.o.token());
  }

  /** Routes the (new) secret path to this device: at start, and after a factory reset renewed it. */
  renewToken(token: string): void {
    this.detach?.();
    this.token = token;
    this.detach = (this.o.listen.shared ?? this.server)?.attach(token, this);
  }

  async beforeSession(session: SessionStart): Promise<void> {
    if (this.port === undefined) return;
    const host = this.o.listen.advertiseHost ?? (await session.localAddress());
    if (host)
      await advertiseAddress(
        this.o.tree,
        this.o.root,
        'ManagementServer.ConnectionRequestURL',
        `http://${bracketHost(host)}:${this.port}/${this.token}`,
      );
  }

  async stop(): Promise<void> {
    this.detach?.();
    await this.server?.close();
  }
}
