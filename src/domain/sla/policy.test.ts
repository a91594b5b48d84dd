import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICY, parseSlaPolicy, slaSeverityKey } from './policy.js';

const problems = (value: unknown) => {
  const result = parseSlaPolicy(value);
  if (result.ok) throw new Error('expected problems');
  expect(result.error.code).toBe('validation-failed');
  return result.error.errors;
};

describe('the SLA policy', () => {
  it('has documented defaults', () => {
    expect(DEFAULT_SLA_POLICY).toEqual({
      triageHours: { critical: 24, important: 72, moderate: 120, low: 240, unrated: 120 },
      fixDays: { critical: 90, important: 90, moderate: 90, low: 90, unrated: 90 },
      atRiskShare: 0.25,
    });
    expect(Object.isFrozen(DEFAULT_SLA_POLICY.triageHours)).toBe(true);
  });

  it('uses the defaults when nothing is configured', () => {
    expect(parseSlaPolicy(undefined)).toEqual({ ok: true, policy: DEFAULT_SLA_POLICY });
    expect(parseSlaPolicy(null)).toEqual({ ok: true, policy: DEFAULT_SLA_POLICY });
    expect(parseSlaPolicy({})).toEqual({ ok: true, policy: DEFAULT_SLA_POLICY });
  });

  it('merges settings over the defaults', () => {
    expect(
      parseSlaPolicy({ triageHours: { critical: 12 }, fixDays: { low: 120.5 }, atRiskShare: 0.1 }),
    ).toEqual({
      ok: true,
      policy: {
        triageHours: { critical: 12, important: 72, moderate: 120, low: 240, unrated: 120 },
        fixDays: { critical: 90, important: 90, moderate: 90, low: 120.5, unrated: 90 },
        atRiskShare: 0.1,
      },
    });
  });

  it('names every problem by its path', () => {
    expect(
      problems({
        triageHours: { critical: 0, severe: 3, low: '5' },
        fixDays: [],
        atRiskShare: 1,
        pause: true,
      }),
    ).toEqual([
      { path: 'pause', message: 'is not an SLA setting' },
      {
        path: 'triageHours.severe',
        message: 'is not one of critical, important, moderate, low, unrated',
      },
      { path: 'triageHours.critical', message: 'must be a number above 0 and at most 87600' },
      { path: 'triageHours.low', message: 'must be a number above 0 and at most 87600' },
      {
        path: 'fixDays',
        message: 'must be an object keyed by critical, important, moderate, low, unrated',
      },
      { path: 'atRiskShare', message: 'must be a number between 0 and 1 (exclusive)' },
    ]);
    expect(problems('fast')).toEqual([{ path: '(policy)', message: 'must be an object' }]);
    expect(problems({ fixDays: { unrated: 3651 }, atRiskShare: 0 }).map((e) => e.path)).toEqual([
      'fixDays.unrated',
      'atRiskShare',
    ]);
    expect(problems({ fixDays: { unrated: Number.NaN } }).map((e) => e.path)).toEqual([
      'fixDays.unrated',
    ]);
  });

  it('files unrated reports under unrated', () => {
    expect(slaSeverityKey(null)).toBe('unrated');
    expect(slaSeverityKey('moderate')).toBe('moderate');
  });
});
