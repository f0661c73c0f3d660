/**
 * The subset of RFC 6265 an ACS session needs: ACSs track the CWMP session with a cookie
 * (TR-069 3.4.1: the CPE MUST return cookies set by the ACS on subsequent POSTs of the session).
 * Stored per (name, domain, path) (RFC 6265 5.3 step 11); no public-suffix list, no HttpOnly/SameSite
 * semantics because there is no script or cross-site context here.
 */
interface StoredCookie {
  name: string;
  value: string;
  domain: string; // lower-case, no leading dot
  hostOnly: boolean; // no Domain attribute: only the exact host gets it back (5.3 step 6)
  path: string;
  secure: boolean;
  expiresAt: number | undefined; // ms since epoch; undefined = session cookie
  createdAt: number;
  seq: number; // tie-break so creation order is stable within one millisecond
}

export class CookieJar {
  private cookies = new Map<string, StoredCookie>();
  private seq = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Store every Set-Cookie header of a response received from `url`. */
  setFromResponse(url: URL, setCookie: string | string[] | undefined): void {
    if (setCookie === undefined) return;
    for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) this.set(url, line);
  }

  /** RFC 6265 5.2 parse + 5.3 storage model for one Set-Cookie value. */
  set(url: URL, setCookie: string): void {
    const [pair = '', ...attrs] = setCookie.split(';');
    const eq = pair.indexOf('=');
    if (eq < 0) return; // 5.2 step 2: no '=' -> ignore the whole line
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (name === '') return;

    const host = url.hostname.toLowerCase();
    const now = this.now();
    let domain: string | undefined;
    let path: string | undefined;
    let secure = false;
    let maxAge: number | undefined;
    let expires: number | undefined;
    for (const attr of attrs) {
      const i = attr.indexOf('=');
      const key = (i < 0 ? attr : attr.slice(0, i)).trim().toLowerCase();
      const val = i < 0 ? '' : attr.slice(i + 1).trim();
      if (key === 'domain' && val !== '') domain = val.replace(/^\./, '').toLowerCase();
      else if (key === 'path')
        path = val.startsWith('/') ? val : undefined; // 5.2.4: else default-path
      else if (key === 'secure') secure = true;
      else if (key === 'max-age' && /^-?\d+$/.test(val)) maxAge = Number(val);
      else if (key === 'expires') {
        const t = Date.parse(val);
        if (!Number.isNaN(t)) expires = t;
      }
    }
    // 5.3 step 3: Max-Age wins over Expires; Max-Age <= 0 means "already expired".
    let expiresAt: number | undefined = expires;
    if (maxAge !== undefined) expiresAt = maxAge <= 0 ? -Infinity : now + maxAge * 1000;

    // 5.3 step 6: a Domain attribute must domain-match the request host, else the cookie is ignored.
    if (domain !== undefined && !domainMatch(host, domain)) return;
    const stored: StoredCookie = {
      name,
      value,
      secure,
      expiresAt,
      domain: domain ?? host,
      hostOnly: domain === undefined,
      path: path ?? defaultPath(url.pathname),
      createdAt: now,
      seq: this.seq++,
    };
    const key = `${stored.name}\u0000${stored.domain}\u0000${stored.path}`;
    const old = this.cookies.get(key);
    if (old) stored.createdAt = old.createdAt; // 5.3 step 11.3
    if (expiresAt !== undefined && expiresAt <= now)
      this.cookies.delete(key); // expiring = delete
    else this.cookies.set(key, stored);
  }

  /** The Cookie header value for a request to `url`, or undefined when nothing matches (RFC 6265 5.4). */
  headerFor(url: URL): string | undefined {
    const now = this.now();
    const host = url.hostname.toLowerCase();
    const https = url.protocol === 'https:';
    const requestPath = url.pathname === '' ? '/' : url.pathname;
    const out: StoredCookie[] = [];
    for (const [key, c] of this.cookies) {
      if (c.expiresAt !== undefined && c.expiresAt <= now) {
        this.cookies.delete(key);
        continue;
      }
      if (c.hostOnly ? host !== c.domain : !domainMatch(host, c.domain)) continue;
      if (!pathMatch(requestPath, c.path)) continue;
      if (c.secure && !https) continue;
      out.push(c);
    }
    if (out.length === 0) return undefined;
    // 5.4 step 2: longer paths first, then earlier creation.
    out.sort((a, b) => b.path.length - a.path.length || a.createdAt - b.createdAt || a.seq - b.seq);
    return out.map((c) => `${c.name}=${c.value}`).join('; ');
  }

  get size(): number {
    return this.cookies.size;
  }

  clear(): void {
    this.cookies.clear();
  }
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** RFC 6265 5.1.3; IP addresses only match themselves. */
export function domainMatch(host: string, domain: string): boolean {
  if (host === domain) return true;
  if (IPV4.test(host) || host.startsWith('[')) return false;
  return host.endsWith(`.${domain}`);
}

/** RFC 6265 5.1.4. */
export function defaultPath(uriPath: string): string {
  if (!uriPath.startsWith('/')) return '/';
  const last = uriPath.lastIndexOf('/');
  return last <= 0 ? '/' : uriPath.slice(0, last);
}

/** RFC 6265 5.1.4 path-match: identical, or a prefix ending at '/' or followed by '/'. */
export function pathMatch(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}
