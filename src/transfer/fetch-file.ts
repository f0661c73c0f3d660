/**
 * The HTTP(S) client of the Download RPC (TR-069 A.3.2.8; file transfers 3.4.3): GET the file,
 * answer Basic/Digest challenges, follow redirects, and stream the body into a private temp file
 * while counting and hashing it, so a firmware image never sits in memory. Every failure is a
 * TransferError with its TransferComplete fault code (TR-069 A.5.1); the temp file is gone then.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { Authenticator } from '../transport/authenticator.ts';
import { checkTlsConfig, tlsOptions } from '../transport/tls-options.ts';
import { freeBytes } from './free-space.ts';
import { TransferCancelled, TransferError, networkFault, showUrl, transferUrl } from './transfer-error.ts';

export interface TransferTls {
  /** PEM; when given it is the only trust anchor (the system store is not used). */
  ca?: string | Buffer;
  /** PEM client certificate and key for mutual TLS; both or neither. */
  cert?: string | Buffer;
  key?: string | Buffer;
  /** Turns off certificate and host name verification. */
  insecureSkipVerify?: boolean;
}

export interface FetchOptions {
  url: string;
  username?: string;
  password?: string;
  /** Download FileSize; 0 = unknown. */
  expectedSize: number;
  /** Directory for the temp file (the agent's state dir / transfers). */
  dir: string;
  /** Refuse anything larger, whether announced (FileSize, Content-Length) or streamed. */
  maxBytes: number;
  tls?: TransferTls;
  /** Default 5; one more is 9016. */
  maxRedirects?: number;
  /** Inactivity timeout (connect, response headers, gap between body chunks). Default 30 s. */
  timeoutMs?: number;
  /** Cancellation: rejects with TransferCancelled (fault 9010) and removes the temp file. */
  signal?: AbortSignal;
  onProgress?(bytes: number): void;
}

export interface FetchedFile {
  /** Mode 0600, inside `dir`; the caller owns it (moves or deletes it, fsyncs it if it must survive a crash). */
  path: string;
  bytes: number;
  /** Lower-case hex. */
  sha256: string;
}

export const DEFAULT_TRANSFER_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const WRITE_BATCH = 1 << 20;
const DISCARD_LIMIT = 64 * 1024;

export interface ServerRequest {
  method: 'GET' | 'PUT';
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
 * The HTTP(S) connections of one transfer (keep-alive, so a 401 retry reuses the socket) and what
 * the fault mapping needs to know about them. Shared with upload-file.ts.
 *
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

  constructor(private readonly tls: TransferTls | undefined, private readonly timeoutMs: number) {
    if (tls) checkTlsConfig({ url: '', ...tls });
  }

  request(url: URL, r: ServerRequest): Promise<ServerReply> {
    const https = url.protocol === 'https:';
    return new Promise<ServerReply>((resolve, reject) => {
      const req = (https ? httpsRequest : httpRequest)({
        // TR-069 3.4.3: an https: file URL gets the same TLS as the ACS connection.
        ...(https ? tlsOptions({ url: url.href, ...this.tls }) : {}),
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port === '' ? (https ? 443 : 80) : Number(url.port),
        path: `${url.pathname}${url.search}`,
        method: r.method,
        headers: r.headers,
        agent: this.agent(url.protocol),
        timeout: this.timeoutMs,                // socket inactivity: connect, headers and body alike
        ...(r.signal ? { signal: r.signal } : {}),
      });
      let response: IncomingMessage | undefined;
      req.on('socket', (socket: Socket) => {
        if (!socket.connecting) this.connected = true;
        else socket.once(https ? 'secureConnect' : 'connect', () => { this.connected = true; });
        socket.on('error', (err) => { this.socketError ??= err; });
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
      else pipeline(r.body(), req).catch((err: unknown) => req.destroy(err instanceof Error ? err : new Error(String(err))));
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
      agent = protocol === 'https:' ? new HttpsAgent({ keepAlive: true, maxSockets: 1 }) : new HttpAgent({ keepAlive: true, maxSockets: 1 });
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

/** The 401 loop shared by GET and PUT: what to do with one challenge. */
export class ChallengeTracker {
  private answered = false;
  private staleRetries = 0;

  constructor(private readonly auth: Authenticator | undefined) {}

  /** Resend with credentials (TR-069 3.4.3: Basic and Digest), or throw 9012 (A.5.1: file server authentication failure). */
  onUnauthorized(headers: IncomingHttpHeaders, where: string): void {
    if (!this.auth) throw new TransferError(9012, `the file server asks for credentials and none are configured for it (${where})`);
    const answer = this.auth.onChallenge(headers['www-authenticate']);
    if (answer === undefined) throw new TransferError(9012, `the file server sent no Basic or Digest challenge (${where})`);
    if (answer === 'stale' && this.staleRetries < 1) {
      this.staleRetries++;                  // RFC 7616 3.3: stale=true = right password, old nonce
    } else if (this.answered) {
      throw new TransferError(9012, `the file server rejected the credentials (${this.auth.scheme} auth, ${where})`);
    }
    this.answered = true;
  }

  /** A new target (redirect): its first challenge is answered again. */
  restart(): void {
    this.answered = false;
    this.staleRetries = 0;
  }
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function contentLength(headers: IncomingHttpHeaders): number | undefined {
  const v = header(headers['content-length']);
  if (v === undefined || !/^\d+$/.test(v.trim())) return undefined;
  return Number(v);
}

function mib(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${n} bytes`;
}

export async function fetchFile(o: FetchOptions): Promise<FetchedFile> {
  if (o.signal?.aborted) throw new TransferCancelled();
  const start = transferUrl(o.url);
  // TR-069 A.5.1 9010: refuse before any traffic what cannot be accepted anyway.
  if (o.expectedSize > o.maxBytes) {
    throw new TransferError(9010, `the file is too large: FileSize ${mib(o.expectedSize)} exceeds the limit of ${mib(o.maxBytes)}`);
  }
  const free = await freeBytes(o.dir).catch((err: unknown) => {
    throw new TransferError(9010, `cannot use the download directory: ${(err as Error).message}`, { cause: err });
  });
  if (o.expectedSize > free) {
    throw new TransferError(9010, `not enough free space for the file: FileSize ${mib(o.expectedSize)}, ${mib(free)} free`);
  }

  const conn = new ServerConnection(o.tls, o.timeoutMs ?? DEFAULT_TRANSFER_TIMEOUT_MS);
  const at = { url: start };
  try {
    const res = await getFile(o, conn, at);
    const declared = contentLength(res.headers);
    checkDeclaredSize(o, declared, free);
    return await store(res.body, o, declared);
  } catch (err) {
    if (o.signal?.aborted) throw new TransferCancelled();
    throw networkFault(err, showUrl(at.url), conn.socketError, conn.connected, 9017);
  } finally {
    conn.close();
  }
}

/** GET until a 200: redirects, 401 challenges; `at.url` follows the current target for messages. */
async function getFile(o: FetchOptions, conn: ServerConnection, at: { url: URL }): Promise<ServerReply> {
  const origin = at.url.origin;
  const auth = o.username !== undefined ? new Authenticator(o.username, o.password ?? '') : undefined;
  const challenges = new ChallengeTracker(auth);
  const maxRedirects = o.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let redirects = 0;
  for (;;) {
    const url = at.url;
    const where = showUrl(url);
    // Credentials belong to the server the ACS named; a redirect elsewhere does not get them.
    const sameOrigin = url.origin === origin;
    const headers: Record<string, string> = { accept: '*/*' };
    const authorization = sameOrigin ? auth?.header('GET', `${url.pathname}${url.search}`) : undefined;
    if (authorization !== undefined) headers['authorization'] = authorization;
    const res = await conn.request(url, { method: 'GET', headers, ...(o.signal ? { signal: o.signal } : {}) });
    const status = res.status;
    if (status === 200 || status === 203) return res;
    await discard(res.body);

    if (REDIRECTS.has(status)) {
      if (++redirects > maxRedirects) {
        // TR-069 A.5.1 9016: a redirect loop means the file cannot be reached.
        throw new TransferError(9016, `unable to access the file: more than ${maxRedirects} redirects (${where})`);
      }
      at.url = redirectTarget(url, header(res.headers['location']), status);
      challenges.restart();
      continue;
    }
    if (status === 401) {
      if (!sameOrigin) throw new TransferError(9012, `the file server asks for credentials after a redirect to another server (${where})`);
      challenges.onUnauthorized(res.headers, where);
      continue;
    }
    // TR-069 A.5.1 9016 "unable to access file": 403/404/410 and any other refusal, 5xx included
    // (the server answered, so it was contacted; it just did not hand out the file).
    throw new TransferError(9016, `unable to access the file: HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''} (${where})`);
  }
}

function redirectTarget(from: URL, location: string | undefined, status: number): URL {
  const where = showUrl(from);
  if (location === undefined) throw new TransferError(9016, `unable to access the file: HTTP ${status} without a Location (${where})`);
  let next: URL;
  try {
    next = transferUrl(location, from);
  } catch (err) {
    if (err instanceof TransferError && err.faultCode === 9013) throw new TransferError(9013, `the file server redirects to an unsupported protocol (${where}): ${err.message}`);
    throw new TransferError(9016, `unable to access the file: HTTP ${status} to an invalid Location (${where})`);
  }
  // TR-069 A.5.1 9013: the scheme is part of what the ACS asked for; https->http would silently drop TLS.
  if (next.protocol !== from.protocol) {
    throw new TransferError(9013, `the file server redirects from ${from.protocol} to ${next.protocol}, which is not allowed (${where} -> ${showUrl(next)})`);
  }
  return next;
}

function checkDeclaredSize(o: FetchOptions, declared: number | undefined, free: number): void {
  if (declared === undefined) return;
  if (declared > o.maxBytes) throw new TransferError(9010, `the file is too large: ${mib(declared)} exceeds the limit of ${mib(o.maxBytes)}`);
  // TR-069 A.5.1 9018: the server is about to send something other than what the ACS announced.
  if (o.expectedSize > 0 && declared !== o.expectedSize) {
    throw new TransferError(9018, `file corrupted: the server announces ${declared} bytes, the ACS announced ${o.expectedSize}`);
  }
  if (declared > free) throw new TransferError(9010, `not enough free space for the file: ${mib(declared)}, ${mib(free)} free`);
}

/** Stream the body into a new 0600 temp file, counting and hashing on the way; backpressure via pipeline. */
async function store(body: IncomingMessage, o: FetchOptions, declared: number | undefined): Promise<FetchedFile> {
  const path = join(o.dir, `.download-${randomBytes(12).toString('hex')}.part`);
  let file: FileHandle;
  try {
    file = await open(path, 'wx', 0o600);          // O_CREAT|O_EXCL: never follow or reuse an existing file
  } catch (err) {
    body.destroy();
    throw new TransferError(9010, `cannot create the download file in ${o.dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
  }
  const sink = new FileSink(file, Math.min(o.maxBytes, declared ?? Infinity), (bytes) => new TransferError(9010, bytes > o.maxBytes
    ? `the file is too large: more than the limit of ${mib(o.maxBytes)}`
    : `the file server sent more than the ${declared} bytes it announced`), o.onProgress);
  // pipeline destroys every stream with the first error, so only the first emitter tells where it
  // came from: the file (ENOSPC, EIO) is 9010, the network is for networkFault.
  let diskError: Error | undefined;
  let failed = false;
  body.once('error', () => { failed = true; });
  sink.once('error', (err) => {
    if (!failed) diskError = err;
    failed = true;
  });
  try {
    await pipeline(body, sink, o.signal ? { signal: o.signal } : {});
    // Belt and braces: Node's parser already fails a body that ends before its Content-Length.
    if (declared !== undefined && sink.bytes < declared) {
      throw new TransferError(9017, `download interrupted: ${sink.bytes} of ${declared} bytes received`);
    }
    // TR-069 A.3.2.8 FileSize / A.5.1 9018: not the file the ACS described.
    if (o.expectedSize > 0 && sink.bytes !== o.expectedSize) {
      throw new TransferError(9018, `file corrupted: received ${sink.bytes} bytes, the ACS announced ${o.expectedSize}`);
    }
  } catch (err) {
    sink.destroy();
    await sink.fileClosed;
    await rm(path, { force: true });
    if (diskError !== undefined && !(err instanceof TransferError) && !o.signal?.aborted) {
      const code = (diskError as NodeJS.ErrnoException).code ?? diskError.message;
      throw new TransferError(9010, `writing the download file failed: ${code}`, { cause: diskError });
    }
    throw err;
  }
  return { path, bytes: sink.bytes, sha256: sink.sha256() };
}

/**
 * Counts, hashes and writes the body. Socket reads arrive in 64 KiB pieces; they are written with
 * one writev per WRITE_BATCH bytes, at most one write in flight, so memory stays at about two batches.
 */
class FileSink extends Writable {
  bytes = 0;
  /** Settles when the file descriptor is closed (after finish, or after destroy). */
  readonly fileClosed: Promise<void>;
  private readonly hash = createHash('sha256');
  private batch: Buffer[] = [];
  private batched = 0;
  private writing: Promise<void> = Promise.resolve();
  private markClosed!: () => void;
  private isClosed = false;

  constructor(
    private readonly file: FileHandle,
    private readonly limit: number,
    private readonly tooLarge: (bytes: number) => TransferError,
    private readonly onProgress: ((bytes: number) => void) | undefined,
  ) {
    super({ highWaterMark: WRITE_BATCH / 4 });
    this.fileClosed = new Promise((resolve) => { this.markClosed = resolve; });
  }

  sha256(): string {
    return this.hash.digest('hex');
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      done(this.tooLarge(this.bytes));
      return;
    }
    this.hash.update(chunk);
    this.onProgress?.(this.bytes);
    this.batch.push(chunk);
    this.batched += chunk.length;
    if (this.batched < WRITE_BATCH) done();
    else this.flush().then(() => done(), done);
  }

  override _final(done: (err?: Error | null) => void): void {
    this.flush().then(() => this.writing).then(() => this.close()).then(() => done(), done);
  }

  override _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    this.writing.catch(() => undefined).then(() => this.close()).then(() => done(err), () => done(err));
  }

  private async flush(): Promise<void> {
    const chunks = this.batch;
    const size = this.batched;
    this.batch = [];
    this.batched = 0;
    await this.writing;
    if (size === 0 || this.destroyed) return;      // destroyed: _destroy is closing the file
    this.writing = this.file.writev(chunks).then(({ bytesWritten }) => {
      if (bytesWritten !== size) throw Object.assign(new Error(`short write (${bytesWritten} of ${size} bytes)`), { code: 'EIO' });
    });
    // Whoever awaits it sees the error; nobody may be left to, after a destroy.
    this.writing.catch(() => undefined);
  }

  private async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    try {
      await this.file.close();
    } finally {
      this.markClosed();
    }
  }
}
