import { describe, expect, it } from 'vitest';
import { labelStride, valueScale } from './scale.js';

describe('valueScale', () => {
  it('rounds the axis up to ticks at 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(valueScale(43)).toEqual({ max: 50, ticks: [0, 10, 20, 30, 40, 50], decimals: 0 });
    expect(valueScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8], decimals: 0 });
    expect(valueScale(100)).toEqual({ max: 100, ticks: [0, 20, 40, 60, 80, 100], decimals: 0 });
    expect(valueScale(1234)).toEqual({
      max: 1250,
      ticks: [0, 250, 500, 750, 1000, 1250],
      decimals: 0,
    });
    expect(valueScale(0.42)).toEqual({
      max: 0.5,
      ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
      decimals: 1,
    });
  });

  it('keeps a value that sits on a tick as the top', () => {
    expect(valueScale(40).max).toBe(40);
    expect(valueScale(0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('always holds the largest value, with evenly spaced ticks', () => {
    for (const largest of [0.07, 1, 3, 9.99, 12, 47.5, 99, 101, 2160, 98765]) {
      const { max, ticks } = valueScale(largest);
      expect(max).toBeGreaterThanOrEqual(largest);
      expect(ticks[0]).toBe(0);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(11);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      ticks.forEach((tick, i) => expect(tick).toBeCloseTo(i * step, 9));
    }
  });

  it('says how many decimals tell its ticks apart', () => {
    expect(valueScale(12).decimals).toBe(1); // 0, 2.5, 5 …
    expect(valueScale(1.1).decimals).toBe(2); // 0, 0.25, 0.5 …
    expect(valueScale(0.07).decimals).toBe(2); // 0, 0.01, 0.02 …
    for (const largest of [0.07, 0.1, 1.1, 3, 12, 47.5, 2160]) {
      const { ticks, decimals } = valueScale(largest);
      const labels = ticks.map((tick) =>
        new Intl.NumberFormat('en', { maximumFractionDigits: decimals }).format(tick),
      );
      expect(new Set(labels).size).toBe(ticks.length);
    }
  });

  it('draws an empty axis from 0 to 1 when there is nothing to show', () => {
    expect(valueScale(0).max).toBe(1);
    expect(valueScale(Number.NaN).max).toBe(1);
  });
});

describe('labelStride', () => {
  it('labels every category that fits, and every n-th beyond', () => {
    expect(labelStride(12, 12)).toBe(1);
    expect(labelStride(13, 12)).toBe(2);
    expect(labelStride(53, 12)).toBe(5);
    expect(labelStride(261, 12)).toBe(22);
  });
});
