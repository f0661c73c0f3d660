import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimerHeap } from '../../src/fleet/timer-heap.ts';

describe('TimerHeap: every timer of a fleet behind one Node timer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('fires in due order (ties in the order they were set), each once', () => {
    const heap = new TimerHeap();
    const fired: string[] = [];
    heap.setTimeout(() => fired.push('c'), 300);
    heap.setTimeout(() => fired.push('a'), 100);
    heap.setTimeout(() => fired.push('b1'), 200);
    heap.setTimeout(() => fired.push('b2'), 200);
    vi.advanceTimersByTime(150);
    expect(fired).toEqual(['a']);
    vi.advanceTimersByTime(1000);
    expect(fired).toEqual(['a', 'b1', 'b2', 'c']);
    expect(heap.size).toBe(0);
  });

  it('uses one Node timer however many are pending', () => {
    const heap = new TimerHeap();
    for (let i = 0; i < 10_000; i++) heap.setTimeout(() => undefined, 1000 + (i % 977));
    expect(vi.getTimerCount()).toBe(1);
    expect(heap.size).toBe(10_000);
  });

  it('cancels, compacts what was cancelled, and treats clearing a fired timer as a no-op', () => {
    const heap = new TimerHeap();
    let fired = 0;
    const handles = Array.from({ length: 1000 }, (_, i) => heap.setTimeout(() => void fired++, 10 + i));
    for (const h of handles.slice(0, 900)) heap.clearTimeout(h);
    expect(heap.size).toBe(100);
    vi.advanceTimersByTime(2000);
    expect(fired).toBe(100);
    heap.clearTimeout(handles[999]);
    expect(heap.size).toBe(0);
  });

  it('an earlier timer set later re-arms the Node timer; clear() drops everything', () => {
    const heap = new TimerHeap();
    const fired: number[] = [];
    heap.setTimeout(() => fired.push(5000), 5000);
    heap.setTimeout(() => fired.push(10), 10);
    vi.advanceTimersByTime(20);
    expect(fired).toEqual([10]);
    heap.clear();
    vi.advanceTimersByTime(10_000);
    expect(fired).toEqual([10]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a timer that throws does not stop the others due with it', () => {
    const heap = new TimerHeap();
    const fired: string[] = [];
    const errors: unknown[] = [];
    heap.setTimeout(() => {
      throw new Error('boom');
    }, 10);
    heap.setTimeout(() => fired.push('after'), 10);
    const spy = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((f) => {
      try {
        f();
      } catch (e) {
        errors.push(e);
      }
    });
    vi.advanceTimersByTime(20);
    spy.mockRestore();
    expect(fired).toEqual(['after']);
    expect(errors).toHaveLength(1);
  });

  it('fires thousands of timers, set and cancelled in random order, in due order (ties as set)', () => {
    const heap = new TimerHeap();
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const fired: number[] = [];
    const expected: { at: number; id: number }[] = [];
    const handles: unknown[] = [];
    for (let id = 0; id < 5000; id++) {
      const at = rand(2000); // many ties
      handles.push(heap.setTimeout(() => fired.push(id), at));
      expected.push({ at, id });
    }
    const cancelled = new Set<number>();
    for (let k = 0; k < 3000; k++) {
      const id = rand(5000);
      cancelled.add(id);
      heap.clearTimeout(handles[id]);
    }
    expect(heap.size).toBe(5000 - cancelled.size);
    vi.advanceTimersByTime(3000);
    const want = expected
      .filter((e) => !cancelled.has(e.id))
      .sort((a, b) => a.at - b.at || a.id - b.id)
      .map((e) => e.id);
    expect(fired).toEqual(want);
    expect(heap.size).toBe(0);
  });
});
