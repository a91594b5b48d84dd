import { describe, expect, it } from 'vitest';
import { valueScale } from './charts/scale.js';
import { durationUnit, inUnit, type Durations } from './metrics-charts.js';

/** Durations whose periods' 90th percentiles are `p90s` hours. */
function longest(...p90s: (number | null)[]): Durations {
  return {
    count: p90s.length,
    medianHours: null,
    p90Hours: null,
    byPeriod: p90s.map((p90Hours, i) => ({
      start: `2026-0${i + 1}-01T00:00:00.000Z`,
      end: `2026-0${i + 2}-01T00:00:00.000Z`,
      count: 1,
      medianHours: p90Hours,
      p90Hours,
    })),
  };
}

describe('durationUnit', () => {
  it('reads times under two hours in minutes', () => {
    expect(durationUnit(longest(0.05, 0.1))).toBe('minutes');
    expect(durationUnit(longest(null, 1.9))).toBe('minutes');
    // Answered within the minute: still a measurement, in minutes.
    expect(durationUnit(longest(0, null))).toBe('minutes');
  });

  it('reads times up to three days in hours, and longer ones in days', () => {
    expect(durationUnit(longest(0.5, 2))).toBe('hours');
    expect(durationUnit(longest(72))).toBe('hours');
    expect(durationUnit(longest(1, 73))).toBe('days');
  });

  it('uses hours when nothing was measured', () => {
    expect(durationUnit(longest())).toBe('hours');
    expect(durationUnit(longest(null, null))).toBe('hours');
  });

  it('gives minute-scale data an axis of distinct whole minutes', () => {
    const data = longest(0.05, 0.075, 0.1);
    const unit = durationUnit(data);
    const { ticks, decimals } = valueScale(inUnit(0.1, unit));
    expect(ticks).toEqual([0, 2, 4, 6]);
    expect(decimals).toBe(0);
  });
});

describe('inUnit', () => {
  it('converts hours to the unit', () => {
    expect(inUnit(1.5, 'minutes')).toBe(90);
    expect(inUnit(1.5, 'hours')).toBe(1.5);
    expect(inUnit(36, 'days')).toBe(1.5);
  });
});
