import { describe, expect, it } from 'vitest';
import { FieldHistory, severityChanges, statusChanges } from './history.js';

const t = (iso: string): Date => new Date(iso);
const ms = (iso: string): number => Date.parse(iso);

describe('FieldHistory over status moves', () => {
  const moves = statusChanges([
    { at: t('2026-01-10T00:00:00Z'), to: 'review-repro' },
    { at: t('2026-01-02T00:00:00Z'), to: 'triage' },
    { at: t('2026-02-01T00:00:00Z'), to: 'develop' },
  ]);

  it('chains the moves in time order from new', () => {
    expect(moves.map((m) => [m.before, m.after])).toEqual([
      ['new', 'triage'],
      ['triage', 'review-repro'],
      ['review-repro', 'develop'],
    ]);
  });

  it('answers the state strictly before each moment, walking forward', () => {
    const history = new FieldHistory(moves, 'develop');
    expect(history.before(ms('2026-01-01T00:00:00Z'))).toBe('new');
    expect(history.before(ms('2026-01-02T00:00:00Z'))).toBe('new');
    expect(history.before(ms('2026-01-02T00:00:00.001Z'))).toBe('triage');
    expect(history.settled).toBe(false);
    expect(history.before(ms('2026-01-31T00:00:00Z'))).toBe('review-repro');
    expect(history.before(ms('2026-03-01T00:00:00Z'))).toBe('develop');
    expect(history.settled).toBe(true);
  });

  it('lets the move recorded last win among moves at the same instant', () => {
    const same = statusChanges([
      { at: t('2026-01-02T00:00:00Z'), to: 'triage' },
      { at: t('2026-01-02T00:00:00Z'), to: 'needs-info' },
    ]);
    expect(new FieldHistory(same, 'new').before(ms('2026-01-03T00:00:00Z'))).toBe('needs-info');
  });
});

describe('FieldHistory over other fields', () => {
  const changes = [
    { at: t('2026-02-01T00:00:00Z'), before: 'p1', after: 'p2' },
    { at: t('2026-01-01T00:00:00Z'), before: null, after: 'p1' },
  ];

  it('uses the first change’s before until it, then each change’s after', () => {
    const history = new FieldHistory<string | null>(changes, 'p2');
    expect(history.before(ms('2025-12-01T00:00:00Z'))).toBeNull();
    expect(history.before(ms('2026-01-15T00:00:00Z'))).toBe('p1');
    expect(history.before(ms('2026-03-01T00:00:00Z'))).toBe('p2');
  });

  it('uses the current value when nothing ever changed', () => {
    const history = new FieldHistory([], 'p9');
    expect(history.before(ms('2026-01-01T00:00:00Z'))).toBe('p9');
    expect(history.settled).toBe(true);
  });
});

describe('severityChanges', () => {
  it('starts unrated and chains each rating to the previous one', () => {
    expect(
      severityChanges([
        { at: t('2026-01-05T00:00:00Z'), severity: 'low' },
        { at: t('2026-01-02T00:00:00Z'), severity: 'critical' },
      ]),
    ).toEqual([
      { at: t('2026-01-02T00:00:00Z'), before: null, after: 'critical' },
      { at: t('2026-01-05T00:00:00Z'), before: 'critical', after: 'low' },
    ]);
  });
});
