/**
 * The time range of the metrics and its periods. Everything is in UTC: a day starts at 00:00Z,
 * a week on Monday (ISO 8601), a month on its first day.
 *
 * A range is given by two calendar dates, both included: `from` 00:00Z up to the end of `to`.
 * The range never reaches past `now` (the future has no data yet), so the last period of a
 * range ending today stops now. Without dates the range is the last twelve months: from the
 * first day of the month eleven months back to today.
 */
import { validationFailed, type DomainError, type FieldError } from '../errors.js';

export const METRICS_INTERVALS = ['week', 'month'] as const;
export type MetricsInterval = (typeof METRICS_INTERVALS)[number];

/** The longest range accepted, in years (a weekly chart of five years has 262 points). */
export const MAX_RANGE_YEARS = 5;

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A half-open stretch of time [start, end). */
export interface Period {
  start: Date;
  end: Date;
}

export interface MetricsRange {
  /** The dates asked for (or the defaults), both included. */
  fromDate: string;
  toDate: string;
  interval: MetricsInterval;
  /** `fromDate` 00:00Z. */
  start: Date;
  /** The end of `toDate`, or `now` if earlier. */
  end: Date;
  periods: readonly Period[];
}

export type RangeResult = { ok: true; value: MetricsRange } | { ok: false; error: DomainError };

/** Midnight UTC of a `YYYY-MM-DD` date, or undefined when it is not a real date. */
export function parseDate(value: string): Date | undefined {
  const m = DATE.exec(value);
  if (m === null) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? date : undefined;
}

const dateOf = (d: Date): string => d.toISOString().slice(0, 10);

function startOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function addMonths(d: Date, months: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
}

/** The start of the period of `interval` that contains `d`. */
export function periodStart(d: Date, interval: MetricsInterval): Date {
  switch (interval) {
    case 'month':
      return addMonths(d, 0);
    case 'week': {
      const day = startOfDay(d);
      const sinceMonday = (day.getUTCDay() + 6) % 7;
      return new Date(day.getTime() - sinceMonday * DAY_MS);
    }
  }
}

function nextPeriodStart(start: Date, interval: MetricsInterval): Date {
  switch (interval) {
    case 'month':
      return addMonths(start, 1);
    case 'week':
      return new Date(start.getTime() + 7 * DAY_MS);
  }
}

/** The periods of `interval` covering [start, end), the first and last cut to the range. */
export function periodsOf(start: Date, end: Date, interval: MetricsInterval): Period[] {
  const periods: Period[] = [];
  for (let s = periodStart(start, interval); s < end; s = nextPeriodStart(s, interval)) {
    const next = nextPeriodStart(s, interval);
    periods.push({
      start: s < start ? start : s,
      end: next > end ? end : next,
    });
  }
  return periods;
}

/**
 * Checks and completes the range asked for. Errors name the field: a date that does not
 * exist, `from` in the future, `to` before `from`, or more than `MAX_RANGE_YEARS` years.
 */
export function metricsRange(input: {
  from?: string | undefined;
  to?: string | undefined;
  interval?: MetricsInterval | undefined;
  now: Date;
}): RangeResult {
  const { now } = input;
  const interval = input.interval ?? 'month';
  const errors: FieldError[] = [];
  const to = input.to === undefined ? startOfDay(now) : parseDate(input.to);
  const notADate = 'is not a date (YYYY-MM-DD)';
  if (to === undefined) errors.push({ path: 'to', message: notADate, rule: 'invalid-date' });
  const from = input.from === undefined ? addMonths(to ?? now, -11) : parseDate(input.from);
  if (from === undefined) errors.push({ path: 'from', message: notADate, rule: 'invalid-date' });
  if (from === undefined || to === undefined) return { ok: false, error: validationFailed(errors) };

  if (from > now) errors.push({ path: 'from', message: 'is in the future', rule: 'in-future' });
  if (input.to !== undefined && to < from) {
    errors.push({ path: 'to', message: 'is before from', rule: 'end-before-start' });
  }
  const limit = new Date(
    Date.UTC(to.getUTCFullYear() - MAX_RANGE_YEARS, to.getUTCMonth(), to.getUTCDate() + 1),
  );
  if (from < limit) {
    errors.push({
      path: 'from',
      message: `the range may span at most ${MAX_RANGE_YEARS} years`,
      rule: 'range-too-long',
      limit: MAX_RANGE_YEARS,
    });
  }
  if (errors.length > 0) return { ok: false, error: validationFailed(errors) };

  const endOfTo = new Date(to.getTime() + DAY_MS);
  const end = endOfTo < now ? endOfTo : now;
  return {
    ok: true,
    value: {
      fromDate: dateOf(from),
      toDate: dateOf(to),
      interval,
      start: from,
      end,
      periods: periodsOf(from, end, interval),
    },
  };
}

/** The index of the period containing `t`, or -1 outside the range. Periods are sorted. */
export function periodIndex(periods: readonly Period[], t: number): number {
  let lo = 0;
  let hi = periods.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = periods[mid] as Period;
    if (t < p.start.getTime()) hi = mid - 1;
    else if (t >= p.end.getTime()) lo = mid + 1;
    else return mid;
  }
  return -1;
}
