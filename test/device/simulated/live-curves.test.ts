import { describe, expect, it } from 'vitest';
import {
  counterCount,
  eventTime,
  eventsBetween,
  lastEventAt,
  nextEventAfter,
  numberBounds,
} from '../../../src/device/simulated/live-curves.ts';
import { generateField, generatorSalt } from '../../../src/device/simulated/live-generators.ts';
import { hash } from '../../../src/device/simulated/seeded.ts';
import { compileValidator } from '../../../src/schema/index.ts';

// The pure functions living values are computed from (src/device/simulated/live-curves.ts).
describe('live curves', () => {
  it('a counter never runs backwards and keeps its mean rate, for any jitter up to 1', () => {
    for (const jitter of [0, 0.3, 1]) {
      for (let s = 0; s < 20; s++) {
        const spec = { path: 'x', rate: 1000, jitter };
        let last = 0;
        let backwards = 0;
        for (let t = 0; t <= 600; t += 0.37) {
          const c = counterCount(spec, hash(s, 7), t);
          if (c < last) backwards += 1;
          last = c;
        }
        expect(backwards).toBe(0);
        // Over 10 minutes the mean holds within the per-device spread (± half the jitter) and one period's wiggle.
        expect(last / 600).toBeGreaterThanOrEqual(1000 * (1 - jitter / 2) - 20);
        expect(last / 600).toBeLessThanOrEqual(1000 * (1 + jitter / 2) + 20);
      }
    }
  });

  it('the event timeline: the events between two moments are those nextEventAfter walks through, lastEventAt the one before', () => {
    const salt = hash(42);
    const interval = 3000;
    const from = 1_790_000_000_000;
    const walked: number[] = [];
    for (let t = from; ;) {
      t = nextEventAfter(salt, interval, t);
      if (t > from + 60_000) break;
      walked.push(t);
    }
    const listed = eventsBetween(salt, interval, from, from + 60_000).map((k) => eventTime(salt, interval, k));
    expect(listed).toEqual(walked);
    expect(walked.length).toBeGreaterThan(10); // one per interval on average: 20 expected
    expect(walked.length).toBeLessThan(31);
    for (const t of walked) {
      const k = lastEventAt(salt, interval, t);
      expect(eventTime(salt, interval, k)).toBe(t);
      expect(eventTime(salt, interval, lastEventAt(salt, interval, t - 1))).toBeLessThan(t);
    }
  });

  it("a number's bounds: its type's, narrowed by the ranges of every facet level", () => {
    expect(numberBounds(compileValidator({ type: 'unsignedInt' }).descriptor)).toEqual([0, 4294967295]);
    expect(
      numberBounds({
        type: 'int',
        levels: [{ ranges: [{ min: '-200', max: '0' }] }, { ranges: [{ min: '-100', max: '-50' }, { min: '-10' }] }],
      }),
    ).toEqual([-100, 0]);
  });

  it('generators: the same row and generator give the same value; rows of a pool close together never share an address', () => {
    const ipv4 = { kind: 'ipv4', first: (192 << 24) + (168 << 16) + (1 << 8) + 100, size: 100 } as const;
    const salt = generatorSalt(ipv4);
    const at = (n: number): string =>
      generateField(ipv4, salt, { seed: 9, rowPath: `Device.Hosts.Host.${n}.`, now: 0 });
    expect(at(5)).toBe(at(5));
    expect(new Set(Array.from({ length: 100 }, (_, i) => at(i + 37))).size).toBe(100);
    const mac = { kind: 'mac', prefixes: [] } as const;
    const m = generateField(mac, generatorSalt(mac), { seed: 9, rowPath: 'T.1.', now: 0 });
    expect(m).toMatch(/^[0-9A-F]{2}(:[0-9A-F]{2}){5}$/);
    expect(parseInt(m.slice(0, 2), 16) & 0b11).toBe(0b10); // locally administered, unicast
    const lease = { kind: 'countdown', period: 100 } as const;
    const left = (t: number): number =>
      Number(generateField(lease, generatorSalt(lease), { seed: 1, rowPath: 'T.1.', now: t * 1000 }));
    expect(left(10)).toBe(left(0) - 10 < 0 ? left(0) - 10 + 100 : left(0) - 10);
  });
});
