import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Server side of HTTP Digest (RFC 7616) for connection requests (TR-069 3.2.2): fresh nonces
 * that expire, qop=auth only, and each nonce's nc must grow, so a captured request cannot be
 * replayed. MD5 and SHA-256 are offered; Basic is never accepted.
 */
export type DigestAlgorithm = 'MD5' | 'SHA-256';

interface NonceState {
  issued: number;
  lastNc: number;
}

export interface DigestVerifierOptions {
  realm: string;
  nonceLifetimeMs?: number;
  now?: () => number;
  maxNonces?: number;
}

const hash = (alg: DigestAlgorithm, s: string): string =>
  createHash(alg === 'MD5' ? 'md5' : 'sha256')
    .update(s)
    .digest('hex');

export function parseDigestHeader(header: string): Record<string, string> | undefined {
  if (!/^Digest\s+/i.test(header)) return undefined;
  const out: Record<string, string> = {};
  for (const m of header
    .replace(/^Digest\s+/i, '')
    .matchAll(/([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    out[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  return out;
}

export type DigestOutcome = { ok: true; username: string } | { ok: false; stale: boolean; reason: string };

export class DigestVerifier {
  private nonces = new Map<string, NonceState>();
  private readonly lifetime: number;
  private readonly now: () => number;

  constructor(private readonly opts: DigestVerifierOptions) {
    this.lifetime = opts.nonceLifetimeMs ?? 60_000;
    this.now = opts.now ?? Date.now;
  }

  /** WWW-Authenticate values to send with a 401: SHA-256 first, MD5 for older ACSs. */
  challenges(stale = false): string[] {
    const nonce = this.issue();
    const opaque = randomBytes(8).toString('hex');
    return (['SHA-256', 'MD5'] as const).map(
      (alg) =>
        `Digest realm="${this.opts.realm}", qop="auth", algorithm=${alg}, nonce="${nonce}", opaque="${opaque}"${stale ? ', stale=true' : ''}`,
    );
  }

  private issue(): string {
    const nonce = randomBytes(16).toString('hex');
    this.prune();
    this.nonces.set(nonce, { issued: this.now(), lastNc: 0 });
    return nonce;
  }

  /** Past its lifetime, or issued "in the future": the clock jumped back since, and its age is unknown. */
  private expired(issued: number, now: number): boolean {
    return now - issued > this.lifetime || now < issued;
  }

  private prune(): void {
    const t = this.now();
    for (const [n, s] of this.nonces) if (this.expired(s.issued, t)) this.nonces.delete(n);
    const max = this.opts.maxNonces ?? 256;
    while (this.nonces.size >= max) this.nonces.delete(this.nonces.keys().next().value!);
  }

  verify(method: string, header: string | undefined, username: string, password: string): DigestOutcome {
    if (!header) return { ok: false, stale: false, reason: 'no credentials' };
    const p = parseDigestHeader(header);
    if (!p) return { ok: false, stale: false, reason: 'only Digest authentication is accepted' };
    const alg: DigestAlgorithm | undefined =
      (p['algorithm'] ?? 'MD5').toUpperCase() === 'SHA-256'
        ? 'SHA-256'
        : (p['algorithm'] ?? 'MD5').toUpperCase() === 'MD5'
          ? 'MD5'
          : undefined;
    if (!alg) return { ok: false, stale: false, reason: `unsupported algorithm ${p['algorithm']}` };
    if (p['qop'] !== 'auth') return { ok: false, stale: false, reason: 'qop=auth is required' };
    const nonce = p['nonce'] ?? '';
    const state = this.nonces.get(nonce);
    if (!state) return { ok: false, stale: false, reason: 'unknown nonce' };
    if (this.expired(state.issued, this.now())) {
      this.nonces.delete(nonce);
      return { ok: false, stale: true, reason: 'nonce expired' };
    }
    const nc = Number.parseInt(p['nc'] ?? '', 16);
    if (!/^[0-9a-fA-F]{8}$/.test(p['nc'] ?? '') || !(nc > state.lastNc))
      return { ok: false, stale: false, reason: 'nonce count replayed' };
    if (p['username'] !== username || username === '') return { ok: false, stale: false, reason: 'wrong credentials' };
    const ha1 = hash(alg, `${username}:${this.opts.realm}:${password}`);
    const ha2 = hash(alg, `${method}:${p['uri'] ?? ''}`);
    const expected = hash(alg, `${ha1}:${nonce}:${p['nc']}:${p['cnonce'] ?? ''}:auth:${ha2}`);
    const got = Buffer.from(p['response'] ?? '');
    if (got.length !== expected.length || !timingSafeEqual(got, Buffer.from(expected)))
      return { ok: false, stale: false, reason: 'wrong credentials' };
    state.lastNc = nc;
    return { ok: true, username };
  }
}
