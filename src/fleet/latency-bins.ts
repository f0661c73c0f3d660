/**
 * Session times in log-spaced bins: four per doubling from 1 ms (each bin about 19 % wide) up to
 * 2^17 ms (131 s), and one for anything longer. A fixed, small array per interval of the fleet's
 * timeline: percentiles stay cheap to merge and bounded in memory, accurate to a bin's width.
 */
const PER_DOUBLING = 4;
const DOUBLINGS = 17;

/** Upper bounds (ms) of the bins; the last bin (index BOUNDS.length) takes anything above. */
export const LATENCY_BOUNDS: readonly number[] = Array.from(
  { length: PER_DOUBLING * DOUBLINGS + 1 },
  (_, k) => Math.round(2 ** (k / PER_DOUBLING) * 1000) / 1000,
);

export const LATENCY_BINS = LATENCY_BOUNDS.length + 1;

export function latencyBin(ms: number): number {
  if (!(ms > 1)) return 0;
  const k = Math.ceil(Math.log2(ms) * PER_DOUBLING - 1e-9);
  return Math.min(k, LATENCY_BOUNDS.length);
}

/** The p-th percentile (0..100) of binned times: the upper bound of the bin it falls in (0 when empty). */
export function binnedPercentile(bins: ArrayLike<number>, p: number): number {
  let total = 0;
  for (let i = 0; i < bins.length; i++) total += bins[i]!;
  if (total === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (let i = 0; i < bins.length; i++) {
    seen += bins[i]!;
    if (seen >= rank) return LATENCY_BOUNDS[Math.min(i, LATENCY_BOUNDS.length - 1)]!;
  }
  return LATENCY_BOUNDS[LATENCY_BOUNDS.length - 1]!;
}
