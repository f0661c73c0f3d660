/**
 * One CWMP session = one AcsSession = (where possible) one keep-alive connection (TR-069 3.4:
 * a session is a sequence of HTTP POSTs from the CPE, answered by the ACS, on one TCP connection).
 * The session owns everything that lives exactly as long as the CWMP session: the connection
 * (acs-connection.ts), cookies (TR-069 3.4.1 session tracking; deliberately NOT persisted across
 * sessions), the authentication state and the redirect target (TR-069 3.4.5: a redirect holds for
 * the rest of the session only). Any transport failure ends the session: later post() calls
 * reject with the same error.
 */
import type { Socket } from 'node:net';
import { AcsConnection } from './acs-connection.ts';
import { Authenticator } from './authenticator.ts';
import { CookieJar } from './cookie-jar.ts';
import { TransportError, toTransportError } from './errors.ts';
import {
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  type AcsClientOptions,
  type AcsReply,
  type TransportLog,
} from './options.ts';
import { checkTlsConfig, tlsOptions } from './tls-options.ts';

const REDIRECTS = new Set([301, 302, 307, 308]);
const SILENT: TransportLog = { debug() {}, warn() {} };

/** '::ffff:192.0.2.1' (IPv4-mapped, dual-stack sockets) -> '192.0.2.1'. */
function normalizeAddress(addr: string | undefined): string | undefined {
  return addr?.startsWith('::ffff:') && addr.includes('.') ? addr.slice(7) : addr;
}

function httpUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError(`${what} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`${what} must be http: or https:, got ${url.protocol}`);
  return url;
}

/** URL for logs: never the userinfo part, which could hold a password. */
function show(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}${url.search}`;
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** SOAP 1.1 6.1.1: the SOAPAction value is a quoted string. */
function quoteSoapAction(action: string): string {
  return action.length >= 2 && action.startsWith('"') && action.endsWith('"') ? action : `"${action}"`;
}

export class AcsSession {
  private url: URL;
  private connection: AcsConnection | undefined;
  private connectionOrigin: string | undefined;
  private local: string | undefined;
  private redirects = 0;
  private busy = false;
  private closed = false;
  private failure: TransportError | undefined;
  private socketError: Error | undefined;
  private readonly jar = new CookieJar();
  private readonly auth: Authenticator | undefined;
  private readonly log: TransportLog;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly maxRedirects: number;

  constructor(private readonly opts: AcsClientOptions) {
    this.url = httpUrl(opts.url, 'ACS URL');
    checkTlsConfig(opts);
    this.log = opts.log ?? SILENT;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxResponseBytes = opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    if (opts.username !== undefined) this.auth = new Authenticator(opts.username, opts.password ?? '');
    if (opts.insecureSkipVerify === true) {
      this.log.warn(`TLS certificate and host name verification is OFF (insecureSkipVerify) for ACS ${show(this.url)}`);
    }
  }

  /** Local IP of the socket connected to the ACS; undefined until the first connection. */
  get localAddress(): string | undefined {
    return this.local;
  }

  /** Where the next POST goes: opts.url, or the target of the last redirect in this session. */
  get currentUrl(): string {
    return this.url.href;
  }

  /** One HTTP POST of the session; body '' is the empty POST (TR-069 3.7.1.5). */
  async post(body: string, soapAction?: string): Promise<AcsReply> {
    if (this.closed) throw new Error('AcsSession is closed');
    if (this.failure) throw this.failure;
    if (this.busy)
      throw new Error('AcsSession.post called while a POST is in flight (CWMP POSTs are strictly sequential)');
    this.busy = true;
    this.socketError = undefined;
    try {
      return await this.exchange(body, soapAction);
    } catch (err) {
      this.failure = toTransportError(err, show(this.url), this.socketError);
      this.dropConnection();
      throw this.failure;
    } finally {
      this.busy = false;
    }
  }

  close(): Promise<void> {
    this.closed = true;
    this.dropConnection();
    return Promise.resolve();
  }

  private async exchange(body: string, soapAction: string | undefined): Promise<AcsReply> {
    let answeredChallenge = false;
    let staleRetries = 0;
    for (;;) {
      const url = this.url;
      const where = show(url);
      const connection = this.connectionFor(url);
      const path = `${url.pathname}${url.search}`;
      const bytes = Buffer.byteLength(body);
      // TR-069 3.4.1: the empty POST carries no SOAP envelope, so no Content-Type and no
      // SOAPAction, and says so with Content-Length: 0.
      let head = `POST ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Length: ${bytes}\r\n`;
      if (body !== '') {
        head += 'Content-Type: text/xml; charset="utf-8"\r\n';
        if (soapAction !== undefined) head += `SOAPAction: ${quoteSoapAction(soapAction)}\r\n`;
      }
      const cookie = this.jar.headerFor(url);
      if (cookie !== undefined) head += `Cookie: ${cookie}\r\n`;
      const authorization = this.auth?.header('POST', path);
      if (authorization !== undefined) head += `Authorization: ${authorization}\r\n`;
      this.log.debug(`POST ${where} (${bytes} bytes${authorization ? `, ${this.auth?.scheme} auth` : ''})`);

      const res = await connection.exchange(`${head}\r\n`, body);
      const headers = res.head.headers;
      this.jar.setFromResponse(url, headers['set-cookie']);
      const status = res.head.status;
      const data = res.body;
      this.log.debug(`${status} from ${where} (${data.length} bytes)`);

      if (REDIRECTS.has(status)) {
        this.url = this.redirectTarget(url, first(headers['location']), status);
        // Credentials learnt for one origin are not sent pre-emptively to another; the new
        // origin can challenge and get them then.
        if (this.url.origin !== url.origin) this.auth?.reset();
        answeredChallenge = false;
        staleRetries = 0;
        continue;
      }

      if (status === 401) {
        if (!this.auth) throw new TransportError('auth', `${where}: 401 and no username configured`, { status });
        const answer = this.auth.onChallenge(headers['www-authenticate']);
        if (answer === undefined)
          throw new TransportError('auth', `${where}: 401 without a Digest or Basic challenge`, { status });
        if (answer === 'stale' && staleRetries < 1) {
          staleRetries++; // RFC 7616 3.3: stale=true = right password, old nonce
        } else if (answeredChallenge) {
          throw new TransportError('auth', `${where}: credentials rejected (${this.auth.scheme})`, { status });
        }
        answeredChallenge = true;
        this.log.debug(`${where} asks for ${this.auth.scheme} auth${answer === 'stale' ? ' (stale nonce)' : ''}`);
        continue;
      }

      const contentType = first(headers['content-type']);
      // SOAP 1.1 6.2: a SOAP fault comes with 500; hand it to the CWMP layer like any other envelope.
      const soapFault = status === 500 && contentType !== undefined && /xml/i.test(contentType) && data.length > 0;
      if ((status < 200 || status > 299) && !soapFault) {
        throw new TransportError('http', `${where}: HTTP ${status}`, { status });
      }
      this.auth?.onAuthenticationInfo(headers['authentication-info']);
      const text = data.toString('utf8');
      return { status, body: text, contentType, empty: status === 204 || (status < 300 && text.trim() === '') };
    }
  }

  private redirectTarget(from: URL, location: string | undefined, status: number): URL {
    const where = show(from);
    if (location === undefined)
      throw new TransportError('redirect', `${where}: ${status} without Location`, { status });
    if (++this.redirects > this.maxRedirects) {
      throw new TransportError('redirect', `${where}: more than ${this.maxRedirects} redirects in one session`, {
        status,
      });
    }
    let next: URL;
    try {
      next = new URL(location, from);
    } catch {
      throw new TransportError('redirect', `${where}: ${status} to an invalid Location`, { status });
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new TransportError('redirect', `${where}: ${status} to unsupported scheme ${next.protocol}`, { status });
    }
    this.log.debug(`${status} redirect ${where} -> ${show(next)} (${this.redirects}/${this.maxRedirects})`);
    return next;
  }

  /** The connection to this origin: one at a time, kept between POSTs. */
  private connectionFor(url: URL): AcsConnection {
    if (this.connection && this.connectionOrigin === url.origin) return this.connection;
    this.dropConnection();
    this.connection = new AcsConnection(url, {
      where: show(url),
      ...(url.protocol === 'https:' ? { tls: tlsOptions(this.opts) } : {}),
      timeoutMs: this.timeoutMs,
      maxResponseBytes: this.maxResponseBytes,
      onSocket: (socket: Socket) => {
        socket.once('connect', () => {
          this.local = normalizeAddress(socket.localAddress);
        });
        socket.on('error', (err) => {
          this.socketError ??= err; // the first one is the cause
        });
      },
    });
    this.connectionOrigin = url.origin;
    return this.connection;
  }

  private dropConnection(): void {
    this.connection?.destroy();
    this.connection = undefined;
    this.connectionOrigin = undefined;
  }
}
