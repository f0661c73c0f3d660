/**
 * A sliding-window rate limit: at most `requests` hits within any `windowMs`. Each caller decides
 * what counts as a hit (the HTTP listener counts authenticated requests, the UDP one verified,
 * fresh datagrams), so forged traffic cannot use up the real ACS's quota.
 */
export class SlidingWindowLimiter {
  private hits: readonly number[] = [];

  constructor(
    private readonly requests: number,
    private readonly windowMs: number,
  ) {}

  /** Records a hit at `now`; true when it is over the limit (the caller refuses it). */
  hit(now: number): boolean {
    // Entries from before a backward clock jump would otherwise count for hours.
    const hits = this.hits.filter((x) => x <= now && now - x < this.windowMs);
    hits.push(now);
    this.hits = hits;
    return hits.length > this.requests;
  }
}
