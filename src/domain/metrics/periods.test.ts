import { describe, expect, it } from 'vitest';
import { metricsRange, parseDate, periodIndex, periodsOf, periodStart } from './periods.js';

const t = (iso: string): Date => new Date(iso);
const NOW = t('2026-03-18T09:30:00Z');

function ok(input: Parameters<typeof metricsRange>[0]) {
  const result = metricsRange(input);
  if (!result.ok) throw result.error;
  return result.value;
}

function fieldErrors(input: Parameters<typeof metricsRange>[0]) {
  const result = metricsRange(input);
  if (result.ok) throw new Error('expected an error');
  expect(result.error.code).toBe('validation-failed');
  return result.error.errors.map((e) => e.path);
}

describe('parseDate', () => {
  it('accepts real dates only', () => {
    expect(parseDate('2024-02-29')).toEqual(t('2024-02-29T00:00:00Z'));
    expect(parseDate('2025-02-29')).toBeUndefined();
    expect(parseDate('2025-13-01')).toBeUndefined();
    expect(parseDate('2025-1-01')).toBeUndefined();
  });
});

describe('periods', () => {
  it('starts weeks on Monday and months on the first, in UTC', () => {
    expect(periodStart(t('2026-03-18T23:59:59Z'), 'week')).toEqual(t('2026-03-16T00:00:00Z'));
    expect(periodStart(t('2026-03-15T12:00:00Z'), 'week')).toEqual(t('2026-03-09T00:00:00Z'));
    expect(periodStart(t('2026-03-18T12:00:00Z'), 'month')).toEqual(t('2026-03-01T00:00:00Z'));
  });

  it('cuts the first and last period to the range', () => {
    expect(periodsOf(t('2026-01-15T00:00:00Z'), t('2026-03-10T00:00:00Z'), 'month')).toEqual([
      { start: t('2026-01-15T00:00:00Z'), end: t('2026-02-01T00:00:00Z') },
      { start: t('2026-02-01T00:00:00Z'), end: t('2026-03-01T00:00:00Z') },
      { start: t('2026-03-01T00:00:00Z'), end: t('2026-03-10T00:00:00Z') },
    ]);
    expect(periodsOf(t('2026-03-04T00:00:00Z'), t('2026-03-18T00:00:00Z'), 'week')).toEqual([
      { start: t('2026-03-04T00:00:00Z'), end: t('2026-03-09T00:00:00Z') },
      { start: t('2026-03-09T00:00:00Z'), end: t('2026-03-16T00:00:00Z') },
      { start: t('2026-03-16T00:00:00Z'), end: t('2026-03-18T00:00:00Z') },
    ]);
  });

  it('finds the period of a moment, ends excluded', () => {
    const periods = periodsOf(t('2026-01-01T00:00:00Z'), t('2026-04-01T00:00:00Z'), 'month');
    expect(periodIndex(periods, Date.parse('2025-12-31T23:59:59Z'))).toBe(-1);
    expect(periodIndex(periods, Date.parse('2026-01-01T00:00:00Z'))).toBe(0);
    expect(periodIndex(periods, Date.parse('2026-02-28T23:59:59Z'))).toBe(1);
    expect(periodIndex(periods, Date.parse('2026-03-01T00:00:00Z'))).toBe(2);
    expect(periodIndex(periods, Date.parse('2026-04-01T00:00:00Z'))).toBe(-1);
  });
});

describe('metricsRange', () => {
  it('defaults to twelve calendar months by month, ending now', () => {
    const range = ok({ now: NOW });
    expect(range.fromDate).toBe('2025-04-01');
    expect(range.toDate).toBe('2026-03-18');
    expect(range.interval).toBe('month');
    expect(range.start).toEqual(t('2025-04-01T00:00:00Z'));
    expect(range.end).toEqual(NOW);
    expect(range.periods).toHaveLength(12);
    expect(range.periods.at(-1)).toEqual({ start: t('2026-03-01T00:00:00Z'), end: NOW });
  });

  it('includes the whole of the to date when it is past', () => {
    const range = ok({ from: '2026-01-05', to: '2026-01-18', interval: 'week', now: NOW });
    expect(range.end).toEqual(t('2026-01-19T00:00:00Z'));
    expect(range.periods.map((p) => p.start.toISOString().slice(0, 10))).toEqual([
      '2026-01-05',
      '2026-01-12',
    ]);
  });

  it('allows five years and refuses more, naming from', () => {
    expect(ok({ from: '2021-03-19', to: '2026-03-18', now: NOW }).periods).toHaveLength(61);
    expect(fieldErrors({ from: '2021-03-18', to: '2026-03-18', now: NOW })).toEqual(['from']);
  });

  it('names the field of each mistake', () => {
    expect(fieldErrors({ from: '2026-02-30', now: NOW })).toEqual(['from']);
    expect(fieldErrors({ to: 'soon', now: NOW })).toEqual(['to']);
    expect(fieldErrors({ from: '2026-03-19', to: '2026-03-20', now: NOW })).toEqual(['from']);
    expect(fieldErrors({ from: '2026-03-19', now: NOW })).toEqual(['from']);
    expect(fieldErrors({ from: '2026-02-01', to: '2026-01-31', now: NOW })).toEqual(['to']);
  });

  it('names the rule of each mistake, with the bound of the range', () => {
    const rules = (input: Parameters<typeof metricsRange>[0]) => {
      const result = metricsRange(input);
      if (result.ok) throw new Error('expected an error');
      return result.error.errors.map(({ rule, limit }) => ({ rule, limit }));
    };
    expect(rules({ from: '2026-02-30', now: NOW })).toEqual([{ rule: 'invalid-date' }]);
    expect(rules({ from: '2026-03-19', now: NOW })).toEqual([{ rule: 'in-future' }]);
    expect(rules({ from: '2026-02-01', to: '2026-01-31', now: NOW })).toEqual([
      { rule: 'end-before-start' },
    ]);
    expect(rules({ from: '2021-03-18', to: '2026-03-18', now: NOW })).toEqual([
      { rule: 'range-too-long', limit: 5 },
    ]);
  });
});
