/**
 * Chooses and remembers the HTTP authentication scheme for one session (TR-069 3.4.4: the CPE MUST
 * support Basic and Digest). Digest is preferred whenever offered (RFC 7616 3.7: use the first
 * Digest challenge we support); after the first challenge every request carries Authorization
 * pre-emptively so a CWMP session costs one 401, not one per POST.
 */
import { parseChallenges } from './auth-challenge.ts';
import { DigestState, toDigestChallenge } from './digest.ts';

/** 'fresh': answer the challenge by resending; 'stale': same credentials, new nonce (RFC 7616 3.3 stale=true). */
export type ChallengeAnswer = 'fresh' | 'stale';

export class Authenticator {
  private digest: DigestState | undefined;
  private basic = false;

  constructor(
    private readonly username: string,
    private readonly password: string,
  ) {}

  /** The scheme in use, for logging (never the credentials). */
  get scheme(): 'digest' | 'basic' | undefined {
    return this.digest ? 'digest' : this.basic ? 'basic' : undefined;
  }

  /** Authorization for the next request, or undefined before any challenge was seen. */
  header(method: string, uri: string): string | undefined {
    if (this.digest) return this.digest.authorization(this.username, this.password, method, uri);
    if (this.basic) return `Basic ${Buffer.from(`${this.username}:${this.password}`, 'utf8').toString('base64')}`;
    return undefined;
  }

  /** Take the challenges of a 401. undefined = nothing we can answer. */
  onChallenge(wwwAuthenticate: string | string[] | undefined): ChallengeAnswer | undefined {
    const challenges = parseChallenges(wwwAuthenticate);
    for (const c of challenges) {
      const digest = toDigestChallenge(c);
      if (!digest) continue;
      const stale = digest.stale && this.digest !== undefined;
      if (this.digest) this.digest.renew(digest);
      else this.digest = new DigestState(digest);
      this.basic = false;
      return stale ? 'stale' : 'fresh';
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      this.digest = undefined;
      this.basic = true;
      return 'fresh';
    }
    return undefined;
  }

  /** RFC 7616 3.5: Authentication-Info may announce the nonce to use next. */
  onAuthenticationInfo(header: string | string[] | undefined): void {
    if (!this.digest || header === undefined) return;
    // The header is a bare auth-param list; parse it as the params of a dummy challenge.
    const [info] = parseChallenges(`x ${Array.isArray(header) ? header.join(', ') : header}`);
    const next = info?.params['nextnonce'];
    if (next !== undefined && next !== this.digest.nonce) this.digest.renewNonce(next);
  }

  /** Forget everything learnt from challenges (e.g. after a redirect to another origin). */
  reset(): void {
    this.digest = undefined;
    this.basic = false;
  }
}
