import type { Authenticator } from '../transport/authenticator.ts';
import { TransferError } from './transfer-error.ts';

/** The 401 loop shared by GET and PUT: what to do with one challenge. */
export class ChallengeTracker {
  private answered = false;
  private staleRetries = 0;

  constructor(private readonly auth: Authenticator | undefined) {}

  /**
   * Resend with credentials (TR-069 3.4.3: Basic and Digest), or throw 9012 (A.5.1: file server authentication
   * failure).
   */
  onUnauthorized(wwwAuthenticate: string | string[] | undefined, where: string): void {
    if (!this.auth)
      throw new TransferError(9012, `the file server asks for credentials and none are configured for it (${where})`);
    const answer = this.auth.onChallenge(wwwAuthenticate);
    if (answer === undefined)
      throw new TransferError(9012, `the file server sent no Basic or Digest challenge (${where})`);
    if (answer === 'stale' && this.staleRetries < 1) {
      this.staleRetries++; // RFC 7616 3.3: stale=true = right password, old nonce
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
