import type { IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import { deflate, gzip } from 'node:zlib';
import { ServerConnection, discard } from '../transfer/server-connection.ts';
import type { TransferTls } from '../transfer/transfer-options.ts';
import { Authenticator } from '../transport/authenticator.ts';
import type { Compression } from './capabilities.ts';

const gzipAsync = promisify(gzip);
const deflateAsync = promisify(deflate);

/** One report ready for the collector (TR-069 Annex N.2). */
export interface ReportRequest {
  /** HTTP.URL. */
  readonly url: string;
  /** The Request-URI query: oui, pc and sn, then the profile's RequestURIParameter rows (Annex N.2.1). */
  readonly query: readonly (readonly [string, string])[];
  readonly method: 'POST' | 'PUT';
  readonly body: string;
  /** The media type with its charset (Annex N.3: text/csv or application/json). */
  readonly contentType: string;
  /** The BBF-Report-Format header: the profile's ReportFormat, a token. */
  readonly reportFormat: string;
  readonly compression: Compression;
  /** Set when HTTP.UseDateHeader is true: the HTTP Date header of the request. */
  readonly date?: Date;
  readonly username: string;
  readonly password: string;
}

export type SendOutcome = { ok: true; status: number } | { ok: false; reason: string };

/** The collector URL with the Annex N.2.1 query parameters appended (form-encoded). */
export function requestUrl(url: string, query: ReportRequest['query']): URL {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`${u.protocol} is not http or https`);
  for (const [name, value] of query) u.searchParams.append(name, value);
  return u;
}

const MAX_REDIRECTS = 5;

function redirect(from: URL, headers: IncomingHttpHeaders): URL | undefined {
  try {
    const to = new URL(headers.location ?? '', from);
    return headers.location && (to.protocol === 'http:' || to.protocol === 'https:') ? to : undefined;
  } catch {
    return undefined;
  }
}

async function encodeBody(body: string, compression: Compression): Promise<Buffer> {
  const raw = Buffer.from(body, 'utf8');
  if (compression === 'GZIP') return gzipAsync(raw);
  if (compression === 'Deflate') return deflateAsync(raw);
  return raw;
}

/**
 * The HTTP side of one profile: a connection to its collector for each report, and the
 * credentials it learnt (TR-181 BulkData.Profile.HTTP: Basic and Digest are required; after the
 * first challenge each report carries Authorization at once, so a report costs one request, not two).
 */
export class ReportSender {
  private readonly conn: ServerConnection;
  private auth: Authenticator | undefined;
  private authFor = '';

  constructor(tls: TransferTls, timeoutMs: number) {
    this.conn = new ServerConnection(tls, timeoutMs);
  }

  async send(r: ReportRequest, signal?: AbortSignal): Promise<SendOutcome> {
    let url: URL;
    try {
      url = requestUrl(r.url, r.query);
    } catch (e) {
      return { ok: false, reason: `bad HTTP.URL ${JSON.stringify(r.url)}: ${(e as Error).message}` };
    }
    const credentials = `${r.username}\u0000${r.password}`;
    if (credentials !== this.authFor) {
      this.authFor = credentials;
      this.auth = r.username === '' ? undefined : new Authenticator(r.username, r.password);
    }
    const body = await encodeBody(r.body, r.compression);
    const headers: Record<string, string> = {
      'content-type': r.contentType,
      'content-length': String(body.length),
      'bbf-report-format': r.reportFormat,
    };
    if (r.compression === 'GZIP') headers['content-encoding'] = 'gzip';
    if (r.compression === 'Deflate') headers['content-encoding'] = 'deflate';
    if (r.date) headers['date'] = r.date.toUTCString();
    let answered = 0;
    let hops = 0;
    try {
      for (;;) {
        const authorization = this.auth?.header(r.method, `${url.pathname}${url.search}`);
        const res = await this.conn.request(url, {
          method: r.method,
          headers: authorization === undefined ? headers : { ...headers, authorization },
          body,
          ...(signal ? { signal } : {}),
        });
        await discard(res.body);
        if (res.status >= 200 && res.status <= 299) return { ok: true, status: res.status };
        // A collector that moved: 307 and 308 keep the method and the body (RFC 9110 15.4).
        const next = (res.status === 307 || res.status === 308) && hops < MAX_REDIRECTS && redirect(url, res.headers);
        if (next) {
          if (next.origin !== url.origin) this.auth?.reset();
          url = next;
          hops += 1;
          answered = 0;
          continue;
        }
        // RFC 7616 3.3: one answer to a challenge, one more if the nonce was only stale.
        const answer =
          res.status === 401 && answered < 2 ? this.auth?.onChallenge(res.headers['www-authenticate']) : undefined;
        if (answer === undefined || (answered === 1 && answer === 'fresh'))
          return { ok: false, reason: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
        answered += 1;
      }
    } catch (e) {
      if (signal?.aborted) return { ok: false, reason: 'cancelled' };
      const err = e as NodeJS.ErrnoException;
      return { ok: false, reason: err.code ?? err.message };
    } finally {
      // Reports are minutes apart: no idle connection is kept between them (a fleet would hold
      // thousands). Within one report the 401 round trip reused it; what was learnt stays.
      this.conn.close();
    }
  }

  close(): void {
    this.conn.close();
  }
}
