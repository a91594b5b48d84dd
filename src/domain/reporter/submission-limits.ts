/**
 * Per-reporter submission limits: a reporter who sends more than `max` reports within
 * `windowHours` is flagged for triage (a burst of machine-generated reports, or one finding
 * split into many). Flagging is not refusing: intake rate limits are a separate, HTTP concern.
 * Nor does a flag move the report in the queue, which follows the SLA clocks alone: a burst may
 * be a researcher reporting several real findings at once, and their clocks run all the same.
 */
import { validationFailed, type DomainError, type FieldError } from '../errors.js';
import { HOUR_MS } from '../sla/first-response.js';

export interface SubmissionLimit {
  max: number;
  windowHours: number;
}

/** Defaults: more than 5 reports in an hour, or more than 20 in a day. */
export const DEFAULT_SUBMISSION_LIMITS: readonly SubmissionLimit[] = Object.freeze([
  Object.freeze({ max: 5, windowHours: 1 }),
  Object.freeze({ max: 20, windowHours: 24 }),
]);

/** Bounds of a configured limit: at most ten limits, windows up to 30 days. */
export const MAX_SUBMISSION_LIMITS = 10;
export const MAX_LIMIT_WINDOW_HOURS = 720;
export const MAX_LIMIT_REPORTS = 100_000;

export interface ExceededLimit {
  limit: SubmissionLimit;
  /** Reports counted in the limit's window, the one checked included. */
  count: number;
}

export interface SubmissionLimitCheck {
  flagged: boolean;
  /** The limits exceeded, in the order of the limits, with the reports counted in each window. */
  exceeded: ExceededLimit[];
}

/**
 * Where a limit's window starts for a report received at `now`: the window is the `windowHours`
 * up to and including `now`, this start excluded.
 */
export function submissionWindowStart(limit: SubmissionLimit, now: Date): Date {
  return new Date(now.getTime() - limit.windowHours * HOUR_MS);
}

/**
 * Checks the number of reports the reporter sent in each limit's window (`counts[i]` for
 * `limits[i]`, the report being checked included) against the limits.
 */
export function checkSubmissionCounts(
  limits: readonly SubmissionLimit[],
  counts: readonly number[],
): SubmissionLimitCheck {
  const exceeded: ExceededLimit[] = [];
  limits.forEach((limit, i) => {
    const count = counts[i] ?? 0;
    if (count > limit.max) exceeded.push({ limit, count });
  });
  return { flagged: exceeded.length > 0, exceeded };
}

/**
 * How many of `submittedAt` fall in each limit's window ending at `now` (one count per limit):
 * the `windowHours` up to and including `now`; later times are not counted.
 */
export function countInWindows(
  submittedAt: readonly Date[],
  now: Date,
  limits: readonly SubmissionLimit[],
): number[] {
  const t = now.getTime();
  return limits.map((limit) => {
    const from = submissionWindowStart(limit, now).getTime();
    return submittedAt.filter((d) => d.getTime() > from && d.getTime() <= t).length;
  });
}

/** Checks the reporter's submission times (including the one being checked) against the limits. */
export function checkSubmissionLimits(
  submittedAt: readonly Date[],
  now: Date,
  limits: readonly SubmissionLimit[] = DEFAULT_SUBMISSION_LIMITS,
): SubmissionLimitCheck {
  return checkSubmissionCounts(limits, countInWindows(submittedAt, now, limits));
}

export type SubmissionLimitsResult =
  { ok: true; limits: readonly SubmissionLimit[] } | { ok: false; error: DomainError };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const wholeNumberIn = (value: unknown, min: number, max: number): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;

const hoursIn = (value: unknown, max: number): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max
    ? value
    : undefined;

/**
 * The operator's limits (e.g. parsed JSON `[{ "max": 5, "windowHours": 1 }]`), replacing the
 * defaults; `[]` turns flagging off. Every problem is named by its path (`[1].windowHours`).
 */
export function parseSubmissionLimits(value: unknown): SubmissionLimitsResult {
  if (!Array.isArray(value)) {
    return {
      ok: false,
      error: validationFailed([
        { path: '(limits)', message: 'must be a list like [{"max":5,"windowHours":1}]' },
      ]),
    };
  }
  const errors: FieldError[] = [];
  if (value.length > MAX_SUBMISSION_LIMITS) {
    errors.push({ path: '(limits)', message: `must have at most ${MAX_SUBMISSION_LIMITS} limits` });
  }
  const limits: SubmissionLimit[] = [];
  value.forEach((entry: unknown, i) => {
    if (!isRecord(entry)) {
      errors.push({ path: `[${i}]`, message: 'must be an object with max and windowHours' });
      return;
    }
    for (const key of Object.keys(entry)) {
      if (key !== 'max' && key !== 'windowHours') {
        errors.push({ path: `[${i}].${key}`, message: 'is not a limit setting' });
      }
    }
    const max = wholeNumberIn(entry.max, 1, MAX_LIMIT_REPORTS);
    const windowHours = hoursIn(entry.windowHours, MAX_LIMIT_WINDOW_HOURS);
    if (max === undefined) {
      errors.push({
        path: `[${i}].max`,
        message: `must be a whole number from 1 to ${MAX_LIMIT_REPORTS}`,
      });
    }
    if (windowHours === undefined) {
      errors.push({
        path: `[${i}].windowHours`,
        message: `must be a number above 0 and at most ${MAX_LIMIT_WINDOW_HOURS}`,
      });
    }
    if (max !== undefined && windowHours !== undefined) {
      limits.push(Object.freeze({ max, windowHours }));
    }
  });
  if (errors.length > 0) return { ok: false, error: validationFailed(errors) };
  return { ok: true, limits: Object.freeze(limits) };
}
