/**
 * The lifecycle of a report, from receipt to a closed case or a rejection, and the reasons a
 * report can be rejected for. The lists are `as const` so HTTP schemas can use them as enums.
 */

/** Every state a report can be in, in lifecycle order. */
export const CASE_STATES = [
  'new',
  'triage',
  'needs-info',
  'review-repro',
  'develop',
  'pre-release',
  'complete',
  'closed',
  'rejected',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/**
 * States a report stays in for good. A `rejected` report may still be reopened to `triage`
 * (see `TRANSITIONS`); a `closed` one never leaves.
 */
export const TERMINAL_STATES = ['closed', 'rejected'] as const satisfies readonly CaseState[];

/**
 * States in which the report is being or has been handled as a case: from the moment triage
 * accepts it (`review-repro`) to `closed`. A case rejected later (`not-reproducible`,
 * `wont-fix`) keeps its case number but is `rejected`, so it is not in this list.
 */
export const CASE_OPEN_STATES = [
  'review-repro',
  'develop',
  'pre-release',
  'complete',
  'closed',
] as const satisfies readonly CaseState[];

/**
 * Why a report was rejected during triage (from `triage` or `needs-info`; `spam` also from
 * `new`, for bulk rejection from the queue):
 *
 * - `not-a-vulnerability`: a real problem, but not a security vulnerability; the reporter is
 *   sent to a help destination (account, malware, support …).
 * - `duplicate`: the same issue as an earlier report, named by `duplicateOf`.
 * - `out-of-scope`: a product or kind of issue the program does not cover.
 * - `spam`: not a report at all.
 * - `informative`: true and useful, but no fix is planned (e.g. best-practice advice).
 */
export const TRIAGE_DISPOSITIONS = [
  'not-a-vulnerability',
  'duplicate',
  'out-of-scope',
  'spam',
  'informative',
] as const;
export type TriageDisposition = (typeof TRIAGE_DISPOSITIONS)[number];

/**
 * Why a case was rejected after it was opened (from `review-repro` or `develop`); both need a
 * `reason` the reporter can read:
 *
 * - `not-reproducible`: the team could not reproduce the issue.
 * - `wont-fix`: reproduced, but the vendor will not fix it.
 */
export const CASE_DISPOSITIONS = ['not-reproducible', 'wont-fix'] as const;
export type CaseDisposition = (typeof CASE_DISPOSITIONS)[number];

/** Every disposition, for schemas and filters. */
export const DISPOSITIONS = [...TRIAGE_DISPOSITIONS, ...CASE_DISPOSITIONS] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export function isCaseState(value: string): value is CaseState {
  return (CASE_STATES as readonly string[]).includes(value);
}

export function isDisposition(value: string): value is Disposition {
  return (DISPOSITIONS as readonly string[]).includes(value);
}

export function isTerminalState(state: CaseState): boolean {
  return (TERMINAL_STATES as readonly CaseState[]).includes(state);
}

/** True when a report in this state is a case (it has been accepted by triage). */
export function isCaseOpenState(state: CaseState): boolean {
  return (CASE_OPEN_STATES as readonly CaseState[]).includes(state);
}
