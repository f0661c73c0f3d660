/**
 * Seeded randomness as pure functions: every draw is a hash of the device's seed, what it is for
 * and an index, so the value of a live behaviour at a moment is computed on read, the same in
 * every run with the same seed, and nothing random is kept per device.
 */

/** murmur3's 32-bit finalizer: every input bit reaches every output bit. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a of a text, finalized. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** Hashes numbers in order; integers beyond 32 bits (event indexes) count their high part too. */
export function hash(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = mix32(h ^ (p >>> 0));
    if (p >= 4294967296 || p < 0) h = mix32(h ^ Math.floor(p / 4294967296));
    h = (h + 0x7f4a7c15) >>> 0;
  }
  return h;
}

/** A draw in [0, 1). */
export function unit(h: number): number {
  return h / 4294967296;
}

/** An integer in [min, max]. */
export function between(h: number, min: number, max: number): number {
  return min + Math.floor(unit(h) * (max - min + 1));
}

/** A standard normal draw from two hashes (Box–Muller). */
export function normal(h1: number, h2: number): number {
  return Math.sqrt(-2 * Math.log(1 - unit(h1))) * Math.cos(2 * Math.PI * unit(h2));
}

/**
 * Smooth noise around 0 with unit deviation at the integer points `x` crosses: independent normal
 * draws there, eased in between, so a level read twice in a second barely moves.
 */
export function smoothNoise(salt: number, x: number): number {
  const j = Math.floor(x);
  const f = x - j;
  const a = normal(hash(salt, j, 1), hash(salt, j, 2));
  const b = normal(hash(salt, j + 1, 1), hash(salt, j + 1, 2));
  return a + (b - a) * f * f * (3 - 2 * f);
}

/**
 * Bounded wiggle in [-0.5, 0.5], straight between points one unit apart: its slope stays within
 * ±1, so `t + jitter * wiggle(t)` never runs backwards for jitter <= 1 (a counter's jitter).
 */
export function wiggle(salt: number, x: number): number {
  const j = Math.floor(x);
  const a = unit(hash(salt, j)) - 0.5;
  const b = unit(hash(salt, j + 1)) - 0.5;
  return a + (b - a) * (x - j);
}

/** The seed of a device: its serial number's hash mixed with the profile's or fleet's seed. */
export function deviceSeed(serialNumber: string, seed: number): number {
  return hash(hashText(serialNumber), seed);
}
