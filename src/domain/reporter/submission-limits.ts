/**
 * Per-reporter submission limits: a reporter who sends more than `max` reports within
 * `windowHours` is flagged for triage (a burst of machine-generated reports, or one finding
 * split into many). Flagging is not refusing: intake rate limits are a separate, HTTP concern.
 */
import { HOUR_MS } from '../sla/first-response.js';

export interface SubmissionLimit {
  max: number;
  windowHours: number;
}

/** Defaults: more than 5 reports in an hour, or more than 20 in a day. */
export const DEFAULT_SUBMISSION_LIMITS: readonly SubmissionLimit[] = [
  { max: 5, windowHours: 1 },
  { max: 20, windowHours: 24 },
];

export interface SubmissionLimitCheck {
  flagged: boolean;
  /** The limits exceeded, with the number of reports counted in each window. */
  exceeded: { limit: SubmissionLimit; count: number }[];
}

/**
 * Checks the reporter's submission times (including the one being checked) against the limits.
 * A window is the `windowHours` up to and including `now`; later times are not counted.
 */
export function checkSubmissionLimits(
  submittedAt: readonly Date[],
  now: Date,
  limits: readonly SubmissionLimit[] = DEFAULT_SUBMISSION_LIMITS,
): SubmissionLimitCheck {
  const t = now.getTime();
  const exceeded: SubmissionLimitCheck['exceeded'] = [];
  for (const limit of limits) {
    const from = t - limit.windowHours * HOUR_MS;
    const count = submittedAt.filter((d) => d.getTime() > from && d.getTime() <= t).length;
    if (count > limit.max) exceeded.push({ limit, count });
  }
  return { flagged: exceeded.length > 0, exceeded };
}
