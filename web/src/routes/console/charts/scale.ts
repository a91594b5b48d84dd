/**
 * The arithmetic of the charts: a value axis with round tick values, and which category labels
 * to print when there are too many to fit. Pure, so the drawing components stay simple.
 */

export interface ValueScale {
  /** The top of the axis: the largest tick, at least the largest value. */
  max: number;
  /** Tick values from 0 to `max`, evenly spaced. */
  ticks: number[];
  /** The decimals the ticks need to be told apart (2 for 0.25, 0.5; 0 for 5, 10). */
  decimals: number;
}

/**
 * An axis from 0 that holds `largest` with about `count` ticks at 1, 2, 2.5 or 5 times a power
 * of ten (0, 5, 10, 15 rather than 0, 4.3, 8.6). Nothing to show (0 or less) gives 0 to 1.
 */
export function valueScale(largest: number, count = 5): ValueScale {
  if (!Number.isFinite(largest) || largest <= 0) return { max: 1, ticks: [0, 0.5, 1], decimals: 1 };
  const rough = largest / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const steps = Math.ceil(largest / step - 1e-9);
  const ticks = Array.from({ length: steps + 1 }, (_, i) => round(i * step));
  return { max: ticks.at(-1) ?? largest, ticks, decimals: decimalsOf(round(step)) };
}

/** How many decimals write `value` exactly (up to 12). */
function decimalsOf(value: number): number {
  let decimals = 0;
  while (decimals < 12 && !Number.isInteger(round(value * 10 ** decimals))) decimals += 1;
  return decimals;
}

/** Removes the binary noise of repeated decimal steps (0.30000000000000004). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Every how many categories a label is printed so that at most `fit` are: 1 prints all. The
 * first category is always labelled; the data table lists every one.
 */
export function labelStride(categories: number, fit: number): number {
  return categories <= fit ? 1 : Math.ceil(categories / Math.max(1, fit));
}
