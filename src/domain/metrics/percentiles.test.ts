import { describe, expect, it } from 'vitest';
import { percentile, summarizeDurations } from './percentiles.js';

const HOUR = 3_600_000;

describe('percentile (linear interpolation, type 7)', () => {
  it('is undefined without values and the value itself for one value', () => {
    expect(percentile([], 0.5)).toBeUndefined();
    expect(percentile([7], 0.5)).toBe(7);
    expect(percentile([7], 0.9)).toBe(7);
  });

  it('takes the middle value of an odd count and the mean of the two middle ones otherwise', () => {
    expect(percentile([1, 2, 10], 0.5)).toBe(2);
    expect(percentile([1, 2, 4, 10], 0.5)).toBe(3);
  });

  it('interpolates between closest ranks', () => {
    // h = (10 - 1) * 0.9 = 8.1 → x[8] + 0.1 * (x[9] - x[8]) = 9 + 0.1 * 91
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
    expect(percentile(values, 0.9)).toBeCloseTo(18.1, 10);
    // h = 4 * 0.9 = 3.6 → 40 + 0.6 * 10
    expect(percentile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46, 10);
  });

  it('gives the extremes at 0 and 1 and clamps p outside them', () => {
    expect(percentile([3, 5, 8], 0)).toBe(3);
    expect(percentile([3, 5, 8], 1)).toBe(8);
    expect(percentile([3, 5, 8], 1.5)).toBe(8);
    expect(percentile([3, 5, 8], -1)).toBe(3);
  });
});

describe('summarizeDurations', () => {
  it('sorts, counts and answers hours rounded to 0.01', () => {
    const summary = summarizeDurations([
      10 * HOUR,
      1 * HOUR,
      2 * HOUR,
      100 * HOUR,
      3 * HOUR + 60_000,
    ]);
    expect(summary).toEqual({ count: 5, medianHours: 3.02, p90Hours: 64 });
  });

  it('answers nulls for no durations', () => {
    expect(summarizeDurations([])).toEqual({ count: 0, medianHours: null, p90Hours: null });
  });

  it('sorts numerically, not as text', () => {
    expect(summarizeDurations([9 * HOUR, 10 * HOUR, 100 * HOUR]).medianHours).toBe(10);
  });
});
