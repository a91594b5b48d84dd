import { describe, expect, it } from 'vitest';
import type { CaseState } from '../case/states.js';
import { DEFAULT_SLA_POLICY } from '../sla/policy.js';
import type { VendorSeverity } from '../severity/vendor-severity.js';
import { clockOutcome, MetricsAggregator, type MetricsReport } from './aggregate.js';
import { metricsRange } from './periods.js';

const t = (iso: string): Date => new Date(iso);
const HOUR = 3_600_000;
const NOW = t('2026-03-18T09:30:00Z');

function range(from: string, to: string, interval: 'week' | 'month' = 'month') {
  const result = metricsRange({ from, to, interval, now: NOW });
  if (!result.ok) throw result.error;
  return result.value;
}

/** A report answered 48 h after receipt at the latest, with its history given as ISO times. */
function report(
  receivedAt: string,
  moves: [string, CaseState][] = [],
  extra: Partial<MetricsReport> & { ratings?: [string, VendorSeverity][] } = {},
): MetricsReport {
  const received = t(receivedAt);
  const { ratings = [], ...rest } = extra;
  return {
    receivedAt: received,
    firstResponseDueAt: new Date(received.getTime() + 48 * HOUR),
    firstRespondedAt: moves[0] === undefined ? null : t(moves[0][0]),
    severity: ratings.at(-1)?.[1] ?? null,
    productId: null,
    statusHistory: moves.map(([at, to]) => ({ at: t(at), to })),
    severityHistory: ratings.map(([at, severity]) => ({ at: t(at), severity })),
    productHistory: [],
    ...rest,
  };
}

function aggregate(reports: MetricsReport[], r = range('2026-01-01', '2026-03-31')) {
  const aggregator = new MetricsAggregator(r, DEFAULT_SLA_POLICY, NOW);
  for (const one of reports) aggregator.add(one);
  return aggregator.result();
}

// A: fixed and closed within the range.
const A = report('2026-01-05T00:00:00Z', [
  ['2026-01-05T10:00:00Z', 'triage'],
  ['2026-01-07T00:00:00Z', 'review-repro'],
  ['2026-01-10T00:00:00Z', 'develop'],
  ['2026-02-01T00:00:00Z', 'pre-release'],
  ['2026-02-20T00:00:00Z', 'complete'],
  ['2026-03-01T00:00:00Z', 'closed'],
]);
// B: received before the range, answered late, critical, stuck in triage; product p1 all along.
const B = report('2025-12-20T00:00:00Z', [['2025-12-22T12:00:00Z', 'triage']], {
  ratings: [['2025-12-20T01:00:00Z', 'critical']],
  productId: 'p1',
});
// C: never answered.
const C = report('2026-02-10T00:00:00Z');
// D: waited ten days on the reporter, then rejected; rated moderate and given product p2.
const D = report(
  '2026-01-20T00:00:00Z',
  [
    ['2026-01-20T05:00:00Z', 'triage'],
    ['2026-01-21T00:00:00Z', 'needs-info'],
    ['2026-01-31T00:00:00Z', 'triage'],
    ['2026-02-02T00:00:00Z', 'rejected'],
  ],
  {
    ratings: [['2026-01-21T00:00:00Z', 'moderate']],
    productId: 'p2',
    productHistory: [{ at: t('2026-01-22T00:00:00Z'), before: null, after: 'p2' }],
  },
);

describe('MetricsAggregator over January to March 2026', () => {
  const result = aggregate([A, B, C, D]);

  it('summarizes the times to first response, triage and fix, pauses included', () => {
    // First responses in range: A 10 h, D 5 h (B answered in December, C never).
    expect(result.timeToFirstResponse).toMatchObject({ count: 2, medianHours: 7.5, p90Hours: 9.5 });
    // Triage: A 48 h (January), D 13 days = 312 h (February, ten of them waiting on the reporter).
    expect(result.timeToTriage).toMatchObject({ count: 2, medianHours: 180, p90Hours: 285.6 });
    // Fix: A, 46 days.
    expect(result.timeToFix).toMatchObject({ count: 1, medianHours: 1104, p90Hours: 1104 });
  });

  it('puts each duration in the period its clock was satisfied', () => {
    expect(
      result.timeToTriage.byPeriod.map((p) => [p.start.toISOString(), p.count, p.medianHours]),
    ).toEqual([
      ['2026-01-01T00:00:00.000Z', 1, 48],
      ['2026-02-01T00:00:00.000Z', 1, 312],
      ['2026-03-01T00:00:00.000Z', 0, null],
    ]);
    expect(result.timeToFix.byPeriod.map((p) => p.count)).toEqual([0, 1, 0]);
  });

  it('counts SLA outcomes per month: met when satisfied, missed when due', () => {
    expect(
      result.slaCompliance.map(({ start, end, firstResponse, triage, fix }) => ({
        start: start.toISOString(),
        end: end.toISOString(),
        firstResponse,
        triage,
        fix,
      })),
    ).toEqual([
      {
        start: '2026-01-01T00:00:00.000Z',
        end: '2026-02-01T00:00:00.000Z',
        firstResponse: { met: 2, missed: 0, rate: 1 },
        triage: { met: 1, missed: 0, rate: 1 },
        fix: { met: 0, missed: 0, rate: null },
      },
      {
        // C's first response fell due on 12 February, its triage on 15 February; D was
        // triaged on 2 February, within 120 h plus its ten paused days; A fixed on 20 February.
        start: '2026-02-01T00:00:00.000Z',
        end: '2026-03-01T00:00:00.000Z',
        firstResponse: { met: 0, missed: 1, rate: 0 },
        triage: { met: 1, missed: 1, rate: 0.5 },
        fix: { met: 1, missed: 0, rate: 1 },
      },
      {
        // B's fix clock (due 20 March) still runs; D's is stopped by the rejection.
        start: '2026-03-01T00:00:00.000Z',
        end: NOW.toISOString(),
        firstResponse: { met: 0, missed: 0, rate: null },
        triage: { met: 0, missed: 0, rate: null },
        fix: { met: 0, missed: 0, rate: null },
      },
    ]);
  });

  it('rebuilds the backlog at the end of each period from the history', () => {
    const points = result.backlog.map((p) => ({
      at: p.at.toISOString(),
      total: p.total,
      byState: Object.fromEntries(Object.entries(p.byState).filter(([, n]) => n > 0)),
      bySeverity: Object.fromEntries(Object.entries(p.bySeverity).filter(([, n]) => n > 0)),
      byProduct: Object.fromEntries([...p.byProduct].map(([id, n]) => [String(id), n])),
    }));
    expect(points).toEqual([
      {
        // A moved to pre-release at exactly 1 February 00:00: still develop before it.
        at: '2026-02-01T00:00:00.000Z',
        total: 3,
        byState: { triage: 2, develop: 1 },
        bySeverity: { critical: 1, moderate: 1, unrated: 1 },
        byProduct: { null: 1, p1: 1, p2: 1 },
      },
      {
        // D rejected, C received, A complete (closed at 1 March 00:00, not before).
        at: '2026-03-01T00:00:00.000Z',
        total: 3,
        byState: { new: 1, triage: 1, complete: 1 },
        bySeverity: { critical: 1, unrated: 2 },
        byProduct: { null: 2, p1: 1 },
      },
      {
        at: NOW.toISOString(),
        total: 2,
        byState: { new: 1, triage: 1 },
        bySeverity: { critical: 1, unrated: 1 },
        byProduct: { null: 1, p1: 1 },
      },
    ]);
  });

  it('lists every open state and severity key, zeros included', () => {
    const point = result.backlog[0];
    expect(Object.keys(point?.byState ?? {})).toEqual([
      'new',
      'triage',
      'needs-info',
      'review-repro',
      'develop',
      'pre-release',
      'complete',
    ]);
    expect(Object.keys(point?.bySeverity ?? {})).toEqual([
      'critical',
      'important',
      'moderate',
      'low',
      'unrated',
    ]);
  });
});

describe('edge cases', () => {
  it('counts a clock satisfied late as missed in the month it fell due', () => {
    // Due 30 January, answered 3 February: missed in January, 144 h counted in February.
    const late = report('2026-01-28T00:00:00Z', [['2026-02-03T00:00:00Z', 'triage']]);
    const result = aggregate([late]);
    expect(result.slaCompliance.map((r) => r.firstResponse)).toEqual([
      { met: 0, missed: 1, rate: 0 },
      { met: 0, missed: 0, rate: null },
      { met: 0, missed: 0, rate: null },
    ]);
    expect(result.timeToFirstResponse.byPeriod.map((p) => p.medianHours)).toEqual([
      null,
      144,
      null,
    ]);
  });

  it('counts a report as needs-info in the backlog while it waits on the reporter', () => {
    const waiting = report('2026-03-02T00:00:00Z', [
      ['2026-03-02T01:00:00Z', 'triage'],
      ['2026-03-03T00:00:00Z', 'needs-info'],
    ]);
    const result = aggregate([waiting], range('2026-03-01', '2026-03-18', 'week'));
    expect(result.backlog.map((p) => [p.at.toISOString(), p.byState['needs-info']])).toEqual([
      ['2026-03-02T00:00:00.000Z', 0],
      ['2026-03-09T00:00:00.000Z', 1],
      ['2026-03-16T00:00:00.000Z', 1],
      [NOW.toISOString(), 1],
    ]);
    // Paused: its triage clock has not fallen due although 120 h have passed since receipt.
    expect(result.slaCompliance.every((r) => r.triage.missed === 0)).toBe(true);
  });

  it('leaves out what happened outside the range', () => {
    const result = aggregate([A], range('2026-03-02', '2026-03-10'));
    expect(result.timeToFirstResponse.count).toBe(0);
    expect(result.timeToFix.count).toBe(0);
    expect(result.backlog.map((p) => p.total)).toEqual([0]);
  });
});

describe('clockOutcome', () => {
  const base = {
    clock: 'triage' as const,
    dueAt: t('2026-01-10T00:00:00Z'),
    atRiskAt: t('2026-01-09T00:00:00Z'),
    remainingMs: 0,
    periodMs: 0,
  };

  it('is known at satisfaction when met and at the due time when missed', () => {
    const at = t('2026-01-05T00:00:00Z');
    expect(clockOutcome({ ...base, state: 'met', satisfiedAt: at, level: null })).toEqual({
      outcome: 'met',
      at,
    });
    expect(
      clockOutcome({
        ...base,
        state: 'missed',
        satisfiedAt: t('2026-02-01T00:00:00Z'),
        level: null,
      }),
    ).toEqual({ outcome: 'missed', at: base.dueAt });
    expect(clockOutcome({ ...base, state: 'breached', level: 'breached' })).toEqual({
      outcome: 'missed',
      at: base.dueAt,
    });
    expect(clockOutcome({ ...base, state: 'paused', level: 'breached' })).toEqual({
      outcome: 'missed',
      at: base.dueAt,
    });
  });

  it('is unknown while running, at risk, paused in time or stopped', () => {
    expect(clockOutcome({ ...base, state: 'running', level: null })).toBeUndefined();
    expect(clockOutcome({ ...base, state: 'at-risk', level: 'at-risk' })).toBeUndefined();
    expect(clockOutcome({ ...base, state: 'paused', level: null })).toBeUndefined();
    expect(clockOutcome({ ...base, state: 'stopped', level: null })).toBeUndefined();
  });
});
