/**
 * HTTP Digest client side, RFC 7616 (which obsoletes RFC 2617): MD5, SHA-256, SHA-512-256 and their
 * -sess variants, qop=auth (or no qop, RFC 2069 style, for old servers). auth-int is not offered
 * because CWMP ACSs do not ask for it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AuthChallenge } from './auth-challenge.ts';

const HASHES = { MD5: 'md5', 'SHA-256': 'sha256', 'SHA-512-256': 'sha512-256' } as const;
type BaseAlgorithm = keyof typeof HASHES;
const isBase = (s: string): s is BaseAlgorithm => Object.hasOwn(HASHES, s);

export interface DigestChallenge {
  realm: string;
  nonce: string;
  opaque: string | undefined;
  algorithm: string; // as the server spelled it, echoed back
  base: BaseAlgorithm;
  sess: boolean;
  qop: 'auth' | undefined; // undefined = server sent no qop (RFC 2069 compatibility)
  stale: boolean;
}

/** The usable Digest parameters of a challenge, or undefined when we cannot answer it. */
export function toDigestChallenge(c: AuthChallenge): DigestChallenge | undefined {
  if (c.scheme !== 'digest') return undefined;
  const { realm, nonce } = c.params;
  if (realm === undefined || nonce === undefined) return undefined;
  const algorithm = c.params['algorithm'] ?? 'MD5';
  const upper = algorithm.toUpperCase();
  const sess = upper.endsWith('-SESS');
  const base = sess ? upper.slice(0, -5) : upper;
  if (!isBase(base)) return undefined;
  let qop: 'auth' | undefined;
  const qopParam = c.params['qop'];
  if (qopParam !== undefined) {
    // qop is a comma-separated list of options (RFC 7616 3.3); we need "auth" in it.
    if (!qopParam.split(',').some((q) => q.trim().toLowerCase() === 'auth')) return undefined;
    qop = 'auth';
  }
  return {
    realm,
    nonce,
    algorithm,
    sess,
    qop,
    base,
    opaque: c.params['opaque'],
    stale: (c.params['stale'] ?? '').toLowerCase() === 'true',
  };
}

export interface DigestInput {
  username: string;
  password: string;
  method: string;
  uri: string; // request-target exactly as sent
  cnonce: string;
  nc: number;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** The request-digest (RFC 7616 3.4.1), lower-case hex. */
export function digestResponse(ch: DigestChallenge, input: DigestInput): string {
  const h = (s: string): string => createHash(HASHES[ch.base]).update(s, 'utf8').digest('hex');
  let ha1 = h(`${input.username}:${ch.realm}:${input.password}`);
  if (ch.sess) ha1 = h(`${ha1}:${ch.nonce}:${input.cnonce}`); // 3.4.2
  const ha2 = h(`${input.method}:${input.uri}`); // 3.4.3, qop=auth
  if (ch.qop === undefined) return h(`${ha1}:${ch.nonce}:${ha2}`);
  return h(`${ha1}:${ch.nonce}:${hex8(input.nc)}:${input.cnonce}:${ch.qop}:${ha2}`);
}

function quote(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The Authorization header value for one request (RFC 7616 3.4). */
export function digestAuthorization(ch: DigestChallenge, input: DigestInput): string {
  const parts = [
    `username=${quote(input.username)}`,
    `realm=${quote(ch.realm)}`,
    `nonce=${quote(ch.nonce)}`,
    `uri=${quote(input.uri)}`,
    `algorithm=${ch.algorithm}`,
    `response=${quote(digestResponse(ch, input))}`,
  ];
  if (ch.opaque !== undefined) parts.push(`opaque=${quote(ch.opaque)}`);
  if (ch.qop !== undefined) parts.push(`qop=${ch.qop}`, `nc=${hex8(input.nc)}`, `cnonce=${quote(input.cnonce)}`);
  return `Digest ${parts.join(', ')}`;
}

/**
 * Digest state for one server nonce: nc counts up on every request that uses the nonce
 * (RFC 7616 3.4: the server uses it to detect replays); a new nonce starts again at 1 with a fresh cnonce.
 */
export class DigestState {
  private nc = 0;
  private cnonce: string;

  constructor(
    private challenge: DigestChallenge,
    private readonly newCnonce = (): string => randomBytes(16).toString('hex'),
  ) {
    this.cnonce = newCnonce();
  }

  get nonce(): string {
    return this.challenge.nonce;
  }

  /** Switch to a new nonce (stale=true challenge, or Authentication-Info nextnonce, RFC 7616 3.5). */
  renew(challenge: DigestChallenge): void {
    this.challenge = challenge;
    this.nc = 0;
    this.cnonce = this.newCnonce();
  }

  renewNonce(nonce: string): void {
    this.renew({ ...this.challenge, nonce, stale: false });
  }

  authorization(username: string, password: string, method: string, uri: string): string {
    this.nc++;
    return digestAuthorization(this.challenge, { username, password, method, uri, cnonce: this.cnonce, nc: this.nc });
  }
}
