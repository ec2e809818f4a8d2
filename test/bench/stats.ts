/** Summary statistics of a sample: median, min, max, p95 and count. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  p95: number;
  n: number;
}

/** Returns the value at quantile `q` (0–1) of sorted `xs`, linearly interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Returns the summary of `xs` (NaN fields for an empty sample). */
export function summarise(xs: readonly number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), min: s[0] ?? Number.NaN, max: s.at(-1) ?? Number.NaN, p95: quantile(s, 0.95), n: s.length };
}
