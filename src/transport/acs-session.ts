/**
 * One CWMP session = one AcsSession = (where possible) one keep-alive connection (TR-069 3.4:
 * a session is a sequence of HTTP POSTs from the CPE, answered by the ACS, on one TCP connection).
 * The session owns everything that lives exactly as long as the CWMP session: the undici Client,
 * cookies (TR-069 3.4.1 session tracking; deliberately NOT persisted across sessions), the
 * authentication state and the redirect target (TR-069 3.4.5: a redirect holds for the rest of the
 * session only). Any transport failure ends the session: later post() calls reject with the same error.
 */
import { Client } from 'undici';
import { Authenticator } from './authenticator.ts';
import { normalizeAddress, recordingConnector } from './connector.ts';
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
import { readLimited } from './read-body.ts';
import { checkTlsConfig, tlsOptions } from './tls-options.ts';

const REDIRECTS = new Set([301, 302, 307, 308]);
const SILENT: TransportLog = { debug() {}, warn() {} };
/** Why the connection of a finished session is closed; built once, its stack already read. */
const SESSION_OVER = new Error('CWMP session over');
void SESSION_OVER.stack;

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
  private client: Client | undefined;
  private clientOrigin: string | undefined;
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
      await this.dropClient(true);
      throw this.failure;
    } finally {
      this.busy = false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.dropClient(this.busy);
  }

  private async exchange(body: string, soapAction: string | undefined): Promise<AcsReply> {
    let answeredChallenge = false;
    let staleRetries = 0;
    for (;;) {
      const url = this.url;
      const where = show(url);
      const client = await this.clientFor(url);
      const path = `${url.pathname}${url.search}`;
      const headers: Record<string, string> = {};
      // TR-069 3.4.1: the empty POST carries no SOAP envelope, so no Content-Type and no SOAPAction;
      // undici sends Content-Length: 0 for a POST without body.
      if (body !== '') {
        headers['content-type'] = 'text/xml; charset="utf-8"';
        if (soapAction !== undefined) headers['soapaction'] = quoteSoapAction(soapAction);
      }
      const cookie = this.jar.headerFor(url);
      if (cookie !== undefined) headers['cookie'] = cookie;
      const authorization = this.auth?.header('POST', path);
      if (authorization !== undefined) headers['authorization'] = authorization;
      this.log.debug(
        `POST ${where} (${Buffer.byteLength(body)} bytes${authorization ? `, ${this.auth?.scheme} auth` : ''})`,
      );

      const res = await client.request({
        path,
        method: 'POST',
        headers,
        body: body === '' ? null : body,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      this.jar.setFromResponse(url, res.headers['set-cookie']);
      const status = res.statusCode;
      const data = await readLimited(res.body, this.maxResponseBytes, res.headers['content-length'], where);
      this.log.debug(`${status} from ${where} (${data.length} bytes)`);

      if (REDIRECTS.has(status)) {
        this.url = this.redirectTarget(url, first(res.headers['location']), status);
        // Credentials learnt for one origin are not sent pre-emptively to another; the new
        // origin can challenge and get them then.
        if (this.url.origin !== url.origin) this.auth?.reset();
        answeredChallenge = false;
        staleRetries = 0;
        continue;
      }

      if (status === 401) {
        if (!this.auth) throw new TransportError('auth', `${where}: 401 and no username configured`, { status });
        const answer = this.auth.onChallenge(res.headers['www-authenticate']);
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

      const contentType = first(res.headers['content-type']);
      // SOAP 1.1 6.2: a SOAP fault comes with 500; hand it to the CWMP layer like any other envelope.
      const soapFault = status === 500 && contentType !== undefined && /xml/i.test(contentType) && data.length > 0;
      if ((status < 200 || status > 299) && !soapFault) {
        throw new TransportError('http', `${where}: HTTP ${status}`, { status });
      }
      this.auth?.onAuthenticationInfo(res.headers['authentication-info']);
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

  /** The Client for this origin: one connection, no pipelining, kept alive between POSTs. */
  private async clientFor(url: URL): Promise<Client> {
    if (this.client && this.clientOrigin === url.origin) return this.client;
    await this.dropClient(false);
    const connectOptions = {
      ...(url.protocol === 'https:' ? tlsOptions(this.opts) : {}),
      timeout: this.timeoutMs,
    };
    this.client = new Client(url.origin, {
      pipelining: 1,
      connect: recordingConnector(connectOptions, (socket) => {
        this.local = normalizeAddress(socket.localAddress);
        socket.on('error', (err) => {
          this.socketError ??= err;
        }); // the first one is the cause
      }),
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      // Hold the idle connection while the agent works on the ACS's request (the server's
      // Keep-Alive hint may still shorten it; undici then reconnects transparently).
      keepAliveTimeout: this.timeoutMs,
    });
    this.clientOrigin = url.origin;
    return this.client;
  }

  private async dropClient(force: boolean): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.clientOrigin = undefined;
    if (!client) return;
    try {
      if (force) await client.destroy();
      // Nothing in flight: close() would only wait for nothing and then destroy with a new
      // error whose stack the socket formats (3 % of a fleet's CPU); the shared one is formatted.
      else await client.destroy(SESSION_OVER);
    } catch {
      // already closed/destroyed: nothing left to release
    }
  }
}
