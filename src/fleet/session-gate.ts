/**
 * At most `limit` sessions of a fleet at once; the others wait their turn, first come first
 * served. Thousands of devices starting together (a boot storm, 100,000 at 2,000/s) otherwise
 * all open their session at the same moment, and the process spends its time and memory on
 * sockets and buffers that wait for the CPU rather than on sessions. A real ACS sees sessions
 * as fast as the process can run them either way; `limit` 0 lifts the cap.
 */
export class SessionGate {
  private active = 0;
  private readonly waiting: ((release: (() => void) | undefined) => void)[] = [];
  private head = 0;
  private closed = false;

  constructor(readonly limit: number) {}

  /**
   * Resolves with the release of a turn once one is free; with undefined once the gate is closed
   * (the fleet is stopping: no session starts).
   */
  readonly acquire = (): Promise<(() => void) | undefined> => {
    if (this.closed) return Promise.resolve(undefined);
    if (this.limit === 0 || this.active < this.limit) {
      this.active += 1;
      return Promise.resolve(this.release);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  };

  /**
   * No more turns: every device waiting is told at once, so stopping a fleet with thousands of
   * sessions queued (a boot storm) does not first run them all.
   */
  close(): void {
    this.closed = true;
    const waiting = this.waiting.slice(this.head);
    this.waiting.length = 0;
    this.head = 0;
    for (const w of waiting) w(undefined);
  }

  get queued(): number {
    return this.waiting.length - this.head;
  }

  private readonly release = (): void => {
    const next = this.waiting[this.head];
    if (next === undefined) {
      this.active -= 1;
      return;
    }
    // The turn passes straight to the next in line; the queue is compacted now and then.
    this.waiting[this.head++] = undefined as never;
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
    next(this.release);
  };
}
