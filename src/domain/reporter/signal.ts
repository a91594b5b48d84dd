/**
 * How much a reporter's past reports say about the next one: a bounded score triage may use to
 * order or flag the queue. It never decides anything on its own.
 *
 * A report counts as
 * - valid once it became a case (reached `review-repro`), whatever happened later — a case
 *   rejected as `not-reproducible` or `wont-fix` was still a plausible report;
 * - invalid when it was rejected during triage, never having been a case (spam,
 *   not-a-vulnerability, out-of-scope, informative);
 * - neutral when it was rejected during triage as a duplicate: the reporter found a real issue,
 *   only not first, so it counts neither for nor against them (as the big bug bounty programs
 *   do: HackerOne's signal does not penalise a duplicate). Neutral reports are not counted;
 * - pending otherwise (still in triage, or reopened).
 *
 * In the database: valid = has a case number; invalid = rejected without a case number, for
 * another disposition than `duplicate`.
 *
 * score = (valid − invalid) / (valid + invalid + 5), strictly between −1 and 1. The 5 is a
 * prior of five neutral reports: a new reporter scores 0, a single report moves the score by at
 * most 1/6, and only a history of reports can take it near either bound.
 * Labels: `trusted` from 0.5 (e.g. 5 valid, none invalid), `noisy` from −0.5, else `neutral`.
 */
import type { CaseState, Disposition } from '../case/states.js';

export type ReportOutcome = 'valid' | 'invalid' | 'neutral' | 'pending';

export function reportOutcome(report: {
  state: CaseState;
  /** True when the report has a case number (it reached `review-repro` at some point). */
  caseOpened: boolean;
  /** Why it was rejected, when it is. */
  disposition: Disposition | null;
}): ReportOutcome {
  if (report.caseOpened) return 'valid';
  if (report.state !== 'rejected') return 'pending';
  return report.disposition === 'duplicate' ? 'neutral' : 'invalid';
}

export interface ReporterCounts {
  valid: number;
  invalid: number;
}

export const REPORTER_SIGNAL_PRIOR = 5;
export const TRUSTED_FROM = 0.5;
export const NOISY_FROM = -0.5;

export const REPORTER_LABELS = ['trusted', 'neutral', 'noisy'] as const;
export type ReporterLabel = (typeof REPORTER_LABELS)[number];

export interface ReporterSignal {
  score: number;
  label: ReporterLabel;
}

function count(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of reports, got ${value}`);
  }
  return value;
}

export function reporterSignal(counts: ReporterCounts): ReporterSignal {
  const valid = count('valid', counts.valid);
  const invalid = count('invalid', counts.invalid);
  const score = (valid - invalid) / (valid + invalid + REPORTER_SIGNAL_PRIOR);
  const label = score >= TRUSTED_FROM ? 'trusted' : score <= NOISY_FROM ? 'noisy' : 'neutral';
  return { score, label };
}
