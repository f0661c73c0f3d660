/**
 * The node:http(s) connection of an Upload (TR-069 A.4.1.5: PUT) and of Bulk Data reports (Annex N:
 * POST or PUT): keep-alive, so that a 401 retry reuses the socket, plus what the fault mapping
 * needs to know about the sockets. Downloads have their own reader (download-connection.ts),
 * built for throughput and a fixed memory bound.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { checkTlsConfig, tlsOptions } from '../transport/tls-options.ts';
import type { TransferTls } from './transfer-options.ts';
import { unbracketHost } from '../common/ip-literal.ts';

const DISCARD_LIMIT = 64 * 1024;

export interface ServerRequest {
  method: 'GET' | 'PUT' | 'POST';
  headers: Record<string, string>;
  /** A Buffer, or a factory for a fresh stream (a body may have to be sent twice after a 401). */
  body?: Buffer | (() => Readable);
  signal?: AbortSignal;
}

export interface ServerReply {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
}

/**
 * node:http rather than undici: undici 7 (the last line for Node 20) crashes the process with an
 * uncatchable assert(!this.paused) when a body under backpressure - a slow flash write - meets a
 * server that closes the connection (nodejs/undici#5360, fixed in undici 8 only).
 */
export class ServerConnection {
  /** The first error a socket emitted: with TLS 1.3 a rejected client certificate shows only here. */
  socketError: Error | undefined;
  /** A socket (after the TLS handshake, for https) was set up at least once. */
  connected = false;
  private readonly agents = new Map<string, HttpAgent>();

  constructor(
    private readonly tls: TransferTls | undefined,
    private readonly timeoutMs: number,
  ) {
    if (tls) checkTlsConfig({ url: '', ...tls });
  }

  request(url: URL, r: ServerRequest): Promise<ServerReply> {
    const https = url.protocol === 'https:';
    return new Promise<ServerReply>((resolve, reject) => {
      const req = (https ? httpsRequest : httpRequest)({
        // TR-069 3.4.3: an https: file URL gets the same TLS as the ACS connection.
        ...(https ? tlsOptions({ url: url.href, ...this.tls }) : {}),
        hostname: unbracketHost(url.hostname),
        port: url.port === '' ? (https ? 443 : 80) : Number(url.port),
        path: `${url.pathname}${url.search}`,
        method: r.method,
        headers: r.headers,
        agent: this.agent(url.protocol),
        timeout: this.timeoutMs, // socket inactivity: connect, headers and body alike
        ...(r.signal ? { signal: r.signal } : {}),
      });
      let response: IncomingMessage | undefined;
      req.on('socket', (socket: Socket) => {
        if (!socket.connecting) this.connected = true;
        else
          socket.once(https ? 'secureConnect' : 'connect', () => {
            this.connected = true;
          });
        socket.on('error', (err) => {
          this.socketError ??= err;
        });
      });
      req.on('timeout', () => {
        const err = Object.assign(new Error(`nothing received for ${this.timeoutMs} ms`), { code: 'ETIMEDOUT' });
        req.destroy(err);
        response?.destroy(err);
      });
      req.on('error', (err) => {
        // After a complete message (garbage behind a Content-Length body) the body stays readable.
        if (response && !response.complete) response.destroy(err);
        reject(err);
      });
      req.on('response', (res: IncomingMessage) => {
        response = res;
        resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body: res });
      });
      if (r.body === undefined || Buffer.isBuffer(r.body)) req.end(r.body);
      else
        pipeline(r.body(), req).catch((err: unknown) =>
          req.destroy(err instanceof Error ? err : new Error(String(err))),
        );
    });
  }

  /** Closes every socket; a transfer never leaves a connection behind. */
  close(): void {
    for (const a of this.agents.values()) a.destroy();
    this.agents.clear();
  }

  private agent(protocol: string): HttpAgent {
    let agent = this.agents.get(protocol);
    if (!agent) {
      agent =
        protocol === 'https:'
          ? new HttpsAgent({ keepAlive: true, maxSockets: 1 })
          : new HttpAgent({ keepAlive: true, maxSockets: 1 });
      this.agents.set(protocol, agent);
    }
    return agent;
  }
}

/** Read and drop a small body (redirect, 401) so the keep-alive socket can be reused; a big one costs the socket. */
export async function discard(body: IncomingMessage): Promise<void> {
  let n = 0;
  body.on('data', (chunk: Buffer) => {
    n += chunk.length;
    if (n > DISCARD_LIMIT) body.destroy();
  });
  await finished(body).catch(() => undefined);
}
