/**
 * The continuous live behaviours as pure functions of a salt (the device's seed and the concrete
 * path) and time: counters, signal levels, clocks; and the discrete timeline random changes and
 * table churn follow. Nothing here keeps state.
 */
import type { ChangeValues, ClockSpec, CounterSpec, SignalSpec } from '../../device/profile/live-spec.ts';
import { wireOf } from '../../device/profile/values.ts';
import type { PrimitiveType, SyntaxDescriptor } from '../../schema/descriptor.ts';
import { INTEGER_BOUNDS } from '../../schema/values.ts';
import { between, hash, hashText, smoothNoise, unit, wiggle } from './seeded.ts';

/** What a salt is for, so one path's counter and timeline never share draws. */
export const SALT = { counter: 1, signal: 2, clock: 3, change: 4, join: 5, leave: 6 } as const;

/** The salt of one behaviour at one concrete path (a parameter, or a churning table) of a device. */
export function siteSalt(seed: number, site: string, kind: (typeof SALT)[keyof typeof SALT]): number {
  return hash(seed, hashText(site), kind);
}

/** A counter's period of constant rate: its jitter changes the rate every this many seconds. */
const COUNTER_PERIOD_S = 10;

/** A level as a parameter's wire text: rounded for integers, one decimal for a decimal. */
export function numberWire(type: PrimitiveType, n: number): string {
  return type === 'decimal' ? n.toFixed(1) : String(Math.round(n));
}

/**
 * The bounds a number of this syntax must keep: its type's, narrowed by every facet level's
 * ranges (a level's alternatives joined into one span). A level pushed past them is held there.
 */
export function numberBounds(d: SyntaxDescriptor): [number, number] {
  const t = INTEGER_BOUNDS[d.type];
  let lo = t ? Number(t.min) : -Infinity;
  let hi = t ? Number(t.max) : Infinity;
  for (const level of d.levels ?? []) {
    if (!level.ranges || level.ranges.length === 0) continue;
    const mins = level.ranges.map((r) => (r.min === undefined ? -Infinity : Number(r.min)));
    const maxs = level.ranges.map((r) => (r.max === undefined ? Infinity : Number(r.max)));
    lo = Math.max(lo, Math.min(...mins));
    hi = Math.min(hi, Math.max(...maxs));
  }
  return [lo, hi];
}

/** A point of [lo, hi] for this salt: each device and row has its own mean or offset. */
export function pointIn(range: readonly [number, number], salt: number): number {
  return range[0] + unit(hash(salt, 0x6d65616e)) * (range[1] - range[0]);
}

/**
 * Count since boot (fractional): `rate` per second on average, each device and interface ± half
 * the jitter apart, and within ± jitter from one 10 s period to the next; never decreasing.
 */
export function counterCount(spec: CounterSpec, salt: number, elapsedS: number): number {
  const rate = spec.rate * (1 + spec.jitter * (unit(hash(salt, 0x72617465)) - 0.5));
  const x = elapsedS / COUNTER_PERIOD_S;
  const t = elapsedS + spec.jitter * COUNTER_PERIOD_S * (wiggle(salt, x) - wiggle(salt, 0));
  return Math.max(0, rate * t);
}

/** A level around its mean at device time `nowMs`. */
export function signalLevel(spec: SignalSpec, salt: number, nowMs: number): number {
  return pointIn(spec.mean, salt) + spec.deviation * smoothNoise(salt, nowMs / 1000 / spec.period);
}

/** Seconds a clock shows: since boot plus the offset this salt draws, never below 0. */
export function clockSeconds(spec: ClockSpec, salt: number, elapsedS: number): number {
  return Math.max(0, Math.floor(elapsedS + pointIn(spec.offset, salt)));
}

/** The value a random change shows after its event k (the same for every read, every run). */
export function changeWire(values: ChangeValues, salt: number, k: number): string {
  const h = hash(salt, k, 0x76616c75);
  return values.kind === 'list'
    ? wireOf(values.items[between(h, 0, values.items.length - 1)]!)
    : String(between(h, values.min, values.max));
}

// ---- the timeline of discrete events ------------------------------------------------------

/**
 * Event k of a stream happens at (k + u_k) · interval, u_k in [0, 1) drawn from the salt: one
 * event per interval on average, at most two intervals apart, on the absolute time axis so a
 * restarted device continues the same timeline.
 */
export function eventTime(salt: number, intervalMs: number, k: number): number {
  return (k + unit(hash(salt, k))) * intervalMs;
}

/** The index of the last event at or before `t`. */
export function lastEventAt(salt: number, intervalMs: number, t: number): number {
  const k = Math.floor(t / intervalMs);
  return eventTime(salt, intervalMs, k) <= t ? k : k - 1;
}

/** The indexes of the events in (from, to], in time order. */
export function eventsBetween(salt: number, intervalMs: number, from: number, to: number): number[] {
  const out: number[] = [];
  if (to <= from) return out;
  for (let k = Math.floor(from / intervalMs) - 1; k <= Math.floor(to / intervalMs); k++) {
    const t = eventTime(salt, intervalMs, k);
    if (t > from && t <= to) out.push(k);
  }
  return out;
}

/** The time of the first event after `t`. */
export function nextEventAfter(salt: number, intervalMs: number, t: number): number {
  for (let k = Math.floor(t / intervalMs) - 1; ; k++) {
    const at = eventTime(salt, intervalMs, k);
    if (at > t) return at;
  }
}
