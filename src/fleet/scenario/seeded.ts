/**
 * Reproducible draws: the same scenario and seed choose the same devices and the same times,
 * whatever order things happen in and whichever shard runs a device. Every draw is a pure
 * function of (seed, a stream named for its use, the device number, a counter), hashed.
 */
import type { Distribution } from './scenario-types.ts';

/** A 32-bit mix (the finaliser of MurmurHash3): every input bit affects every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A stream's number from its name (e.g. a step's name): FNV-1a. */
export function streamOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A uniform number in [0, 1) for these keys. */
export function draw(seed: number, ...keys: number[]): number {
  let h = mix(seed ^ 0x9e3779b9);
  for (const k of keys) h = mix((h ^ k) + 0x7f4a7c15);
  return h / 2 ** 32;
}

/** The items in an order drawn for this stream (Fisher-Yates on the seeded draws). */
export function shuffled<T>(items: readonly T[], seed: number, stream: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(draw(seed, stream, i) * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A time from the distribution, given two uniform draws; never negative. */
export function sample(d: Distribution, u1: number, u2: number): number {
  switch (d.kind) {
    case 'fixed':
      return d.ms;
    case 'uniform':
      return d.minMs + (d.maxMs - d.minMs) * u1;
    case 'normal': {
      // Box-Muller; u1 is kept off 0 so the logarithm is finite.
      const z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
      return Math.max(0, d.meanMs + d.sdMs * z);
    }
    case 'exponential':
      return -d.meanMs * Math.log(1 - u1);
  }
}
