import { describe, expect, it } from 'vitest';
import { SessionGate } from '../../src/fleet/session-gate.ts';

describe('SessionGate', () => {
  it('lets at most `limit` sessions run at once, the others in the order they asked', async () => {
    const gate = new SessionGate(2);
    const order: number[] = [];
    const releases = new Map<number, () => void>();
    const ask = (n: number): Promise<void> =>
      gate.acquire().then((release) => {
        order.push(n);
        releases.set(n, release!);
      });
    const all = [1, 2, 3, 4, 5].map(ask);
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([1, 2]);
    expect(gate.queued).toBe(3);
    releases.get(2)!();
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([1, 2, 3]);
    releases.get(1)!();
    releases.get(3)!();
    await Promise.all(all);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(gate.queued).toBe(0);
    // Two turns are out (4 and 5): a sixth waits for one of them.
    let sixth = false;
    void gate.acquire().then(() => (sixth = true));
    await new Promise((r) => setImmediate(r));
    expect(sixth).toBe(false);
    releases.get(4)!();
    await new Promise((r) => setImmediate(r));
    expect(sixth).toBe(true);
  });

  it('with limit 0 never makes a session wait', async () => {
    const gate = new SessionGate(0);
    const turns = await Promise.all(Array.from({ length: 5000 }, () => gate.acquire()));
    expect(turns).toHaveLength(5000);
    expect(gate.queued).toBe(0);
  });

  it('keeps its order over a long queue (compacted as it drains)', async () => {
    const gate = new SessionGate(1);
    const first = await gate.acquire();
    const order: number[] = [];
    const all = Array.from({ length: 3000 }, (_, i) =>
      gate.acquire().then((release) => {
        order.push(i);
        release!();
      }),
    );
    first!();
    await Promise.all(all);
    expect(order).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });

  it('once closed gives every waiting device and every later one no turn, at once', async () => {
    const gate = new SessionGate(1);
    const first = await gate.acquire();
    const waiting = Array.from({ length: 1000 }, () => gate.acquire());
    gate.close();
    expect(await Promise.all(waiting)).toEqual(Array.from({ length: 1000 }, () => undefined));
    expect(gate.queued).toBe(0);
    expect(await gate.acquire()).toBeUndefined();
    first!(); // the session that was running ends normally
    expect(await gate.acquire()).toBeUndefined();
  });
});
