import { describe, expect, it } from 'vitest';
import {
  checkSubmissionCounts,
  checkSubmissionLimits,
  DEFAULT_SUBMISSION_LIMITS,
  parseSubmissionLimits,
  submissionWindowStart,
} from './submission-limits.js';

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

describe('checkSubmissionCounts', () => {
  it('flags each limit whose window holds more than its maximum, in the order of the limits', () => {
    const limits = [
      { max: 5, windowHours: 1 },
      { max: 20, windowHours: 24 },
    ];
    expect(checkSubmissionCounts(limits, [5, 20])).toEqual({ flagged: false, exceeded: [] });
    expect(checkSubmissionCounts(limits, [6, 21])).toEqual({
      flagged: true,
      exceeded: [
        { limit: limits[0], count: 6 },
        { limit: limits[1], count: 21 },
      ],
    });
    expect(checkSubmissionCounts(limits, [1, 21]).exceeded).toEqual([
      { limit: limits[1], count: 21 },
    ]);
    expect(checkSubmissionCounts([], []).flagged).toBe(false);
  });

  it('agrees with the window of checkSubmissionLimits', () => {
    const limit = { max: 1, windowHours: 2 };
    const start = submissionWindowStart(limit, minutes(120));
    expect(start).toEqual(minutes(0));
    // A report exactly at the start is outside the window; one a millisecond later is inside.
    expect(checkSubmissionLimits([start, minutes(120)], minutes(120), [limit]).flagged).toBe(false);
    const inside = new Date(start.getTime() + 1);
    expect(checkSubmissionLimits([inside, minutes(120)], minutes(120), [limit]).flagged).toBe(true);
  });
});

describe('parseSubmissionLimits', () => {
  it('takes a list of limits, and an empty list to turn flagging off', () => {
    expect(parseSubmissionLimits([{ max: 3, windowHours: 0.5 }])).toEqual({
      ok: true,
      limits: [{ max: 3, windowHours: 0.5 }],
    });
    expect(parseSubmissionLimits([])).toEqual({ ok: true, limits: [] });
  });

  it('names every problem by its path', () => {
    const result = parseSubmissionLimits([
      { max: 0, windowHours: 1 },
      { max: 2.5, windowHours: 0 },
      { max: 5, windowHours: 721, per: 'ip' },
      'five an hour',
      { windowHours: '1' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.errors).toEqual([
      { path: '[0].max', message: 'must be a whole number from 1 to 100000' },
      { path: '[1].max', message: 'must be a whole number from 1 to 100000' },
      { path: '[1].windowHours', message: 'must be a number above 0 and at most 720' },
      { path: '[2].per', message: 'is not a limit setting' },
      { path: '[2].windowHours', message: 'must be a number above 0 and at most 720' },
      { path: '[3]', message: 'must be an object with max and windowHours' },
      { path: '[4].max', message: 'must be a whole number from 1 to 100000' },
      { path: '[4].windowHours', message: 'must be a number above 0 and at most 720' },
    ]);
  });

  it('refuses anything but a list, and more than ten limits', () => {
    for (const value of [{ max: 5, windowHours: 1 }, null, 5, 'x']) {
      const result = parseSubmissionLimits(value);
      expect(result.ok ? [] : result.error.errors.map((e) => e.path)).toEqual(['(limits)']);
    }
    const many = Array.from({ length: 11 }, () => ({ max: 1, windowHours: 1 }));
    const result = parseSubmissionLimits(many);
    expect(result.ok ? [] : result.error.errors).toEqual([
      { path: '(limits)', message: 'must have at most 10 limits' },
    ]);
  });
});
