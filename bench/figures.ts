/** Printing and summarizing benchmark figures: one line of output, percentiles, number formats. */

export const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function latencyOf(samples: number[]): { p50: number; p99: number } {
  const sorted = samples.slice().sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

export const f0 = (n: number): string =>
  Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '—';
export const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '—');
export const f2 = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : '—');
export const pct = (n: number): string => (Number.isFinite(n) ? `${(n * 100).toFixed(0)} %` : '—');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
