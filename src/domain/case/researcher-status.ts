/**
 * What the reporter sees of the lifecycle: a few plain-language status keys instead of the
 * team's internal states. The keys are stable API values; the UI and mail templates translate
 * them.
 */
import type { CaseState } from './states.js';

export const RESEARCHER_STATUSES = [
  /** Received; nobody has looked at it yet. */
  'received',
  /** The security team is reviewing the report. */
  'in-review',
  /** The team asked the reporter for more information and waits for it. */
  'more-info-needed',
  /** Accepted as a case: the team is reproducing it and rating its severity. */
  'accepted',
  /** A fix is being developed or is scheduled for release. */
  'fix-in-progress',
  /** The fix is released and the advisory published. */
  'fixed',
  /** The case is closed. */
  'closed',
  /** Not accepted (rejected, with its disposition). */
  'not-accepted',
] as const;
export type ResearcherStatus = (typeof RESEARCHER_STATUSES)[number];

const BY_STATE: Readonly<Record<CaseState, ResearcherStatus>> = {
  new: 'received',
  triage: 'in-review',
  'needs-info': 'more-info-needed',
  'review-repro': 'accepted',
  develop: 'fix-in-progress',
  // The release date and the disclosure date are agreed with the reporter already; what the
  // reporter waits for is still the fix.
  'pre-release': 'fix-in-progress',
  complete: 'fixed',
  closed: 'closed',
  rejected: 'not-accepted',
};

/** The status key a reporter sees for a report in `state`. */
export function researcherStatus(state: CaseState): ResearcherStatus {
  return BY_STATE[state];
}
