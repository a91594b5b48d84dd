import { describe, expect, it } from 'vitest';
import {
  CASE_STATES,
  DISPOSITIONS,
  isCaseOpenState,
  isCaseState,
  isDisposition,
  isTerminalState,
} from './states.js';

describe('states and dispositions', () => {
  it('recognise their own values and nothing else', () => {
    expect(CASE_STATES.every(isCaseState)).toBe(true);
    expect(DISPOSITIONS.every(isDisposition)).toBe(true);
    for (const other of ['', 'New', 'open', 'duplicate ', 'wontfix']) {
      expect(isCaseState(other)).toBe(false);
      expect(isDisposition(other)).toBe(false);
    }
  });

  it('closed and rejected are terminal; a case is open from review-repro to closed', () => {
    expect(CASE_STATES.filter(isTerminalState)).toEqual(['closed', 'rejected']);
    expect(CASE_STATES.filter(isCaseOpenState)).toEqual([
      'review-repro',
      'develop',
      'pre-release',
      'complete',
      'closed',
    ]);
  });
});
