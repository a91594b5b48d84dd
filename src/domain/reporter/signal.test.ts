import { describe, expect, it } from 'vitest';
import { CASE_STATES, DISPOSITIONS, TRIAGE_DISPOSITIONS } from '../case/states.js';
import { reportOutcome, reporterSignal } from './signal.js';

describe('reportOutcome', () => {
  it('a report that became a case is valid, whatever happened later', () => {
    for (const state of CASE_STATES) {
      for (const disposition of [null, ...DISPOSITIONS]) {
        expect(reportOutcome({ state, caseOpened: true, disposition })).toBe('valid');
      }
    }
  });

  it('a report rejected in triage is invalid, but a duplicate is neutral', () => {
    for (const disposition of TRIAGE_DISPOSITIONS) {
      expect(reportOutcome({ state: 'rejected', caseOpened: false, disposition })).toBe(
        disposition === 'duplicate' ? 'neutral' : 'invalid',
      );
    }
    expect(TRIAGE_DISPOSITIONS).toContain('duplicate');
  });

  it('anything else is pending, a reopened duplicate too', () => {
    for (const state of ['new', 'triage', 'needs-info'] as const) {
      expect(reportOutcome({ state, caseOpened: false, disposition: null })).toBe('pending');
    }
  });
});

describe('reporterSignal', () => {
  it('is neutral for a new reporter', () => {
    expect(reporterSignal({ valid: 0, invalid: 0 })).toEqual({ score: 0, label: 'neutral' });
  });

  it('follows the documented formula', () => {
    expect(reporterSignal({ valid: 1, invalid: 0 }).score).toBeCloseTo(1 / 6, 12);
    expect(reporterSignal({ valid: 0, invalid: 1 }).score).toBeCloseTo(-1 / 6, 12);
    expect(reporterSignal({ valid: 3, invalid: 1 }).score).toBeCloseTo(2 / 9, 12);
    expect(reporterSignal({ valid: 20, invalid: 0 })).toEqual({ score: 0.8, label: 'trusted' });
  });

  it('labels from ±0.5', () => {
    expect(reporterSignal({ valid: 5, invalid: 0 })).toEqual({ score: 0.5, label: 'trusted' });
    expect(reporterSignal({ valid: 4, invalid: 0 }).label).toBe('neutral');
    expect(reporterSignal({ valid: 0, invalid: 5 })).toEqual({ score: -0.5, label: 'noisy' });
    expect(reporterSignal({ valid: 0, invalid: 4 }).label).toBe('neutral');
    expect(reporterSignal({ valid: 10, invalid: 10 }).label).toBe('neutral');
  });

  it('stays strictly between -1 and 1', () => {
    const many = 1_000_000;
    const high = reporterSignal({ valid: many, invalid: 0 }).score;
    const low = reporterSignal({ valid: 0, invalid: many }).score;
    expect(high).toBeLessThan(1);
    expect(high).toBeGreaterThan(0.99);
    expect(low).toBeGreaterThan(-1);
    expect(low).toBeLessThan(-0.99);
  });

  it('refuses counts that are not whole numbers of reports', () => {
    expect(() => reporterSignal({ valid: -1, invalid: 0 })).toThrow(RangeError);
    expect(() => reporterSignal({ valid: 0, invalid: 1.5 })).toThrow(RangeError);
    expect(() => reporterSignal({ valid: Number.NaN, invalid: 0 })).toThrow(RangeError);
  });
});
