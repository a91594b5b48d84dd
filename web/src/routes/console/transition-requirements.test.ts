import { describe, expect, it } from 'vitest';
import { dispositionsFor, fieldsFor, transitionBody } from './transition-requirements.js';

describe('what a move asks for', () => {
  it('offers the rejections the state allows', () => {
    expect(dispositionsFor('new')).toEqual(['spam']);
    expect(dispositionsFor('develop')).toEqual(['not-reproducible', 'wont-fix']);
    expect(dispositionsFor('triage')).toContain('duplicate');
  });

  it('asks for what the disposition needs', () => {
    expect(fieldsFor('triage', 'review-repro', undefined)).toEqual([]);
    expect(fieldsFor('triage', 'rejected', 'duplicate')).toEqual(['disposition', 'duplicateOf']);
    expect(fieldsFor('triage', 'rejected', 'not-a-vulnerability')).toEqual([
      'disposition',
      'helpDestination',
    ]);
    expect(fieldsFor('develop', 'rejected', 'wont-fix')).toEqual(['disposition', 'reason']);
    expect(fieldsFor('rejected', 'triage', undefined)).toEqual(['reason']);
    expect(fieldsFor('triage', 'needs-info', undefined)).toEqual(['reason']);
    expect(fieldsFor('needs-info', 'triage', undefined)).toEqual([]);
  });

  it('sends only the fields the move needs', () => {
    expect(
      transitionBody('rejected', ['disposition', 'duplicateOf'], {
        disposition: 'duplicate',
        duplicateOf: ' VD-2026-00001 ',
        reason: 'left over',
      }),
    ).toEqual({ to: 'rejected', disposition: 'duplicate', duplicateOf: 'VD-2026-00001' });
  });
});
