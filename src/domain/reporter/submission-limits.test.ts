import { describe, expect, it } from 'vitest';
import { checkSubmissionLimits, DEFAULT_SUBMISSION_LIMITS } from './submission-limits.js';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const minutes = (m: number) => new Date(T0 + m * 60_000);
const times = (...at: number[]) => at.map(minutes);

describe('checkSubmissionLimits', () => {
  it('does not flag a reporter within the limits', () => {
    expect(checkSubmissionLimits(times(0, 10, 20, 30, 40), minutes(40))).toEqual({
      flagged: false,
      exceeded: [],
    });
  });

  it('flags more than the maximum within the window', () => {
    expect(checkSubmissionLimits(times(0, 10, 20, 30, 40, 50), minutes(50))).toEqual({
      flagged: true,
      exceeded: [{ limit: { max: 5, windowHours: 1 }, count: 6 }],
    });
  });

  it('counts the window up to now, its start excluded, and nothing after now', () => {
    // 60 minutes before now is outside the one-hour window.
    expect(checkSubmissionLimits(times(0, 10, 20, 30, 40, 60), minutes(60)).flagged).toBe(false);
    expect(checkSubmissionLimits(times(1, 10, 20, 30, 40, 60), minutes(60)).flagged).toBe(true);
    expect(checkSubmissionLimits(times(10, 20, 30, 40, 50, 61), minutes(60)).flagged).toBe(false);
  });

  it('checks every limit', () => {
    // 21 reports spread over a day: never 6 in an hour, but more than 20 in 24 hours.
    const spread = Array.from({ length: 21 }, (_, i) => i * 65);
    expect(checkSubmissionLimits(times(...spread), minutes(20 * 65))).toEqual({
      flagged: true,
      exceeded: [{ limit: { max: 20, windowHours: 24 }, count: 21 }],
    });
    expect(DEFAULT_SUBMISSION_LIMITS).toHaveLength(2);
  });

  it('takes the limits as parameters', () => {
    const strict = [{ max: 1, windowHours: 0.5 }];
    expect(checkSubmissionLimits(times(0, 20), minutes(20), strict).flagged).toBe(true);
    expect(checkSubmissionLimits(times(0, 31), minutes(31), strict).flagged).toBe(false);
    expect(checkSubmissionLimits(times(0, 20), minutes(20), []).flagged).toBe(false);
  });
});
