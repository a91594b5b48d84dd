import { describe, expect, it } from 'vitest';
import { RESEARCHER_STATUSES, researcherStatus } from './researcher-status.js';
import { CASE_STATES, type CaseState } from './states.js';

const EXPECTED: Readonly<Record<CaseState, string>> = {
  new: 'received',
  triage: 'in-review',
  'needs-info': 'more-info-needed',
  'review-repro': 'accepted',
  develop: 'fix-in-progress',
  'pre-release': 'fix-in-progress',
  complete: 'fixed',
  closed: 'closed',
  rejected: 'not-accepted',
};

describe('researcherStatus', () => {
  it.each(CASE_STATES)('shows a reporter %s as its plain-language status', (state) => {
    expect(researcherStatus(state)).toBe(EXPECTED[state]);
  });

  it('uses every status key, and only those', () => {
    const used = new Set(CASE_STATES.map(researcherStatus));
    expect([...used].sort()).toEqual([...RESEARCHER_STATUSES].sort());
  });
});
