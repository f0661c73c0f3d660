import type { Clock } from '../cwmp/clock.ts';

interface Entry {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * One clock for every device of a fleet: all their timers (periodic Informs, retries, schedules,
 * polling) sit in one binary heap ordered by due time, behind a single Node timer for the
 * earliest. Cancelled entries are dropped lazily and compacted when they outnumber live ones.
 */
export class TimerHeap implements Clock {
  private heap: Entry[] = [];
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
    return this.heap.length - this.cancelled;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const e: Entry = { at: this.wall() + Math.max(0, ms), seq: this.seq++, fn, cancelled: false };
    this.push(e);
    this.arm();
    return e;
  }

  clearTimeout(handle: unknown): void {
    const e = handle as Entry | undefined;
    if (!e || e.cancelled) return;
    e.cancelled = true;
    this.cancelled += 1;
    if (this.cancelled > 64 && this.cancelled * 2 > this.heap.length) this.compact();
  }

  /** Drops every timer (the fleet stops). */
  clear(): void {
    for (const e of this.heap) e.cancelled = true; // their owners' clearTimeout is then a no-op
    this.heap = [];
    this.cancelled = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  private arm(): void {
    while (this.heap[0]?.cancelled) this.pop();
    const first = this.heap[0];
    if (!first) return;
    if (this.timer && this.timerAt <= first.at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = first.at;
    // Node clamps delays above 2^31-1 ms to 1 ms; a far timer re-arms on waking instead.
    this.timer = setTimeout(() => this.fire(), Math.min(2 ** 31 - 1, Math.max(0, first.at - this.wall())));
    this.timer.unref();
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = this.wall();
    // Due timers run in due order; one that throws must not stop the others.
    let ran = 0;
    while (this.heap.length > 0 && this.heap[0]!.at <= now && ran < 10_000) {
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
    this.heap = this.heap.filter((e) => !e.cancelled);
    this.cancelled = 0;
    // Rebuild the heap property bottom-up.
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private less(a: Entry, b: Entry): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private pop(): Entry | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      this.down(0);
    }
    if (top?.cancelled) this.cancelled -= 1;
    return top;
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}
