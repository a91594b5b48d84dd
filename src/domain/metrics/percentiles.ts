/**
 * Percentiles and duration summaries for the metrics page.
 *
 * Method: linear interpolation between closest ranks (Hyndman & Fan type 7, the default of
 * R, NumPy and spreadsheet PERCENTILE.INC). For sorted values x[0..n-1] and p in [0, 1], the
 * position is h = (n - 1) · p and the percentile is x[⌊h⌋] + (h - ⌊h⌋) · (x[⌊h⌋ + 1] - x[⌊h⌋]).
 * So the median of an even count is the mean of the two middle values, and a percentile of one
 * value is that value.
 */
import { HOUR_MS } from '../sla/first-response.js';

/** The `p` percentile (0 ≤ p ≤ 1) of values sorted ascending; undefined when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(h);
  const low = sorted[lower] as number;
  if (lower + 1 >= n) return low;
  const high = sorted[lower + 1] as number;
  return low + (h - lower) * (high - low);
}

export interface DurationSummary {
  count: number;
  /** Median in hours, rounded to 0.01 h; null when there are no durations. */
  medianHours: number | null;
  /** 90th percentile in hours, rounded to 0.01 h; null when there are no durations. */
  p90Hours: number | null;
}

const hours = (ms: number | undefined): number | null =>
  ms === undefined ? null : Math.round((ms / HOUR_MS) * 100) / 100;

/** Count, median and 90th percentile of durations given in milliseconds, in any order. */
export function summarizeDurations(durationsMs: readonly number[]): DurationSummary {
  const sorted = Float64Array.from(durationsMs).sort();
  return {
    count: sorted.length,
    medianHours: hours(percentile(sorted, 0.5)),
    p90Hours: hours(percentile(sorted, 0.9)),
  };
}
