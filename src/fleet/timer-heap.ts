import type { Clock } from '../cwmp/clock.ts';

interface Entry {
  fn: () => void;
  cancelled: boolean;
}

/** Children per node: a node's four due times share a cache line, and the heap is half as deep. */
const ARITY = 4;

/**
 * One clock for every device of a fleet: all their timers (periodic Informs, retries, schedules,
 * polling, living values: three or four a device) sit in one heap ordered by due time, behind a
 * single Node timer for the earliest. The due times and tie-breaking sequence numbers live in
 * typed arrays beside the entries, so sifting through 400,000 timers compares numbers in a few
 * cache lines instead of reading an object per comparison (a binary heap of objects was 2 % of a
 * 100,000-device fleet's CPU). Cancelled entries are dropped lazily and compacted when they
 * outnumber live ones.
 */
export class TimerHeap implements Clock {
  private entries: Entry[] = [];
  private at = new Float64Array(1024);
  private order = new Float64Array(1024);
  private seq = 0;
  private cancelled = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(private readonly wall: () => number = Date.now) {}

  now(): number {
    return this.wall();
  }

  monotonic(): number {
    return performance.now();
  }

  get size(): number {
    return this.entries.length - this.cancelled;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const e: Entry = { fn, cancelled: false };
    this.push(e, this.wall() + Math.max(0, ms), this.seq++);
    this.arm();
    return e;
  }

  clearTimeout(handle: unknown): void {
    const e = handle as Entry | undefined;
    if (!e || e.cancelled) return;
    e.cancelled = true;
    this.cancelled += 1;
    if (this.cancelled > 64 && this.cancelled * 2 > this.entries.length) this.compact();
  }

  /** Drops every timer (the fleet stops). */
  clear(): void {
    for (const e of this.entries) e.cancelled = true; // their owners' clearTimeout is then a no-op
    this.entries = [];
    this.cancelled = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  private arm(): void {
    while (this.entries[0]?.cancelled) this.pop();
    if (this.entries.length === 0) return;
    const first = this.at[0]!;
    if (this.timer && this.timerAt <= first) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = first;
    // Node clamps delays above 2^31-1 ms to 1 ms; a far timer re-arms on waking instead.
    this.timer = setTimeout(() => this.fire(), Math.min(2 ** 31 - 1, Math.max(0, first - this.wall())));
    this.timer.unref();
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = this.wall();
    // Due timers run in due order; one that throws must not stop the others.
    let ran = 0;
    while (this.entries.length > 0 && this.at[0]! <= now && ran < 10_000) {
      const e = this.pop()!;
      if (e.cancelled) continue;
      e.cancelled = true; // fired: a later clearTimeout is a no-op
      ran += 1;
      try {
        e.fn();
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
    this.arm();
  }

  private compact(): void {
    let n = 0;
    for (let i = 0; i < this.entries.length; i++) {
      const e = this.entries[i]!;
      if (e.cancelled) continue;
      this.entries[n] = e;
      this.at[n] = this.at[i]!;
      this.order[n] = this.order[i]!;
      n += 1;
    }
    this.entries.length = n;
    this.cancelled = 0;
    // Rebuild the heap property bottom-up.
    for (let i = Math.floor((n - 2) / ARITY); i >= 0; i--) this.down(i);
  }

  /** Slot a due before slot b (ties: the one set first). */
  private before(a: number, b: number): boolean {
    const x = this.at[a]!;
    const y = this.at[b]!;
    return x < y || (x === y && this.order[a]! < this.order[b]!);
  }

  private swap(i: number, j: number): void {
    const { entries, at, order } = this;
    const e = entries[i]!;
    entries[i] = entries[j]!;
    entries[j] = e;
    const t = at[i]!;
    at[i] = at[j]!;
    at[j] = t;
    const o = order[i]!;
    order[i] = order[j]!;
    order[j] = o;
  }

  private push(e: Entry, at: number, order: number): void {
    let i = this.entries.length;
    if (i === this.at.length) {
      const grown = new Float64Array(i * 2);
      grown.set(this.at);
      this.at = grown;
      const grownOrder = new Float64Array(i * 2);
      grownOrder.set(this.order);
      this.order = grownOrder;
    }
    this.entries.push(e);
    this.at[i] = at;
    this.order[i] = order;
    while (i > 0) {
      const parent = Math.floor((i - 1) / ARITY);
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private pop(): Entry | undefined {
    const { entries } = this;
    const top = entries[0];
    if (top === undefined) return undefined;
    const last = entries.length - 1;
    if (last > 0) this.swap(0, last);
    entries.pop();
    if (last > 0) this.down(0);
    if (top.cancelled) this.cancelled -= 1;
    return top;
  }

  private down(i: number): void {
    const n = this.entries.length;
    for (;;) {
      const first = i * ARITY + 1;
      if (first >= n) return;
      let m = i;
      const end = Math.min(first + ARITY, n);
      for (let c = first; c < end; c++) if (this.before(c, m)) m = c;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
