/**
 * Response metrics over a range, fed one report at a time so a caller can page through any
 * number of reports in bounded memory (only one duration per report and clock is kept).
 *
 * Definitions (all times UTC; see `periods.ts` for the range and its periods):
 * - Time to first response, to triage and to fix: calendar time from receipt until the
 *   report's `first-response`, `triage` or `fix` SLA clock was satisfied (see `slaClocks`),
 *   pauses included: what the reporter waited. A duration counts in the period in which the
 *   clock was satisfied.
 * - SLA compliance: each clock counts once, in the period its outcome became known: a `met`
 *   clock when it was satisfied; a missed one when it fell due (satisfied late, or still
 *   unsatisfied past its due time). Clocks still running or stopped (the fix clock of a
 *   rejected report) do not count. The rate is met / (met + missed).
 * - Backlog: at the end of each period, the reports received before then and open then (any
 *   state but `closed` and `rejected`), by their state, severity and product at that moment,
 *   rebuilt from the status, severity and product history.
 */
import { CASE_STATES, type CaseState } from '../case/states.js';
import {
  SLA_CLOCKS,
  slaClocks,
  type ClockStatus,
  type SeverityChange,
  type SlaClock,
  type StatusChange,
} from '../sla/clocks.js';
import {
  slaSeverityKey,
  SLA_SEVERITY_KEYS,
  type SlaPolicy,
  type SlaSeverityKey,
} from '../sla/policy.js';
import type { VendorSeverity } from '../severity/vendor-severity.js';
import { FieldHistory, severityChanges, statusChanges, type FieldChange } from './history.js';
import { periodIndex, type MetricsRange, type Period } from './periods.js';
import { summarizeDurations, type DurationSummary } from './percentiles.js';

/** States a report counts in the backlog in: every state but the final ones. */
export const BACKLOG_STATES = CASE_STATES.filter(
  (s) => s !== 'closed' && s !== 'rejected',
) as readonly BacklogState[];
export type BacklogState = Exclude<CaseState, 'closed' | 'rejected'>;

/** What the metrics need of one report: times, current values and their history. */
export interface MetricsReport {
  receivedAt: Date;
  firstResponseDueAt: Date;
  /** The first entry by staff on the reporter's timeline, if any. */
  firstRespondedAt: Date | null;
  severity: VendorSeverity | null;
  productId: string | null;
  statusHistory: readonly StatusChange[];
  severityHistory: readonly SeverityChange[];
  productHistory: readonly FieldChange<string | null>[];
}

export interface ClockCompliance {
  met: number;
  missed: number;
  /** met / (met + missed), rounded to 0.0001; null when no clock counted. */
  rate: number | null;
}

export interface PeriodDurations extends DurationSummary {
  start: Date;
  end: Date;
}

export interface DurationMetrics extends DurationSummary {
  byPeriod: PeriodDurations[];
}

export interface ComplianceRow {
  start: Date;
  end: Date;
  firstResponse: ClockCompliance;
  triage: ClockCompliance;
  fix: ClockCompliance;
}

export interface BacklogPoint {
  at: Date;
  total: number;
  byState: Record<BacklogState, number>;
  bySeverity: Record<SlaSeverityKey, number>;
  /** Open reports per product id; `null` for reports without a product. */
  byProduct: Map<string | null, number>;
}

export interface MetricsResult {
  timeToFirstResponse: DurationMetrics;
  timeToTriage: DurationMetrics;
  timeToFix: DurationMetrics;
  slaCompliance: ComplianceRow[];
  backlog: BacklogPoint[];
}

/** Whether a clock has an outcome yet, and when it became known (see the module comment). */
export function clockOutcome(
  clock: ClockStatus,
): { outcome: 'met' | 'missed'; at: Date } | undefined {
  if (clock.satisfiedAt !== undefined) {
    return clock.state === 'met'
      ? { outcome: 'met', at: clock.satisfiedAt }
      : { outcome: 'missed', at: clock.dueAt };
  }
  return clock.level === 'breached' ? { outcome: 'missed', at: clock.dueAt } : undefined;
}

const counts = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const CLOCK_FIELD = {
  'first-response': 'firstResponse',
  triage: 'triage',
  fix: 'fix',
} as const satisfies Record<SlaClock, string>;

export class MetricsAggregator {
  private readonly periods: readonly Period[];
  private readonly start: number;
  private readonly durations: Record<SlaClock, number[][]>;
  private readonly compliance: Record<SlaClock, { met: number; missed: number }[]>;
  private readonly backlog: BacklogPoint[];

  constructor(
    range: Pick<MetricsRange, 'periods'>,
    private readonly policy: SlaPolicy,
    /** The moment the clocks are judged at; the range never ends after it. */
    private readonly now: Date,
  ) {
    this.periods = range.periods;
    this.start = range.periods[0]?.start.getTime() ?? 0;
    const perPeriod = <T>(make: () => T): T[] => this.periods.map(make);
    this.durations = {
      'first-response': perPeriod(() => []),
      triage: perPeriod(() => []),
      fix: perPeriod(() => []),
    };
    this.compliance = {
      'first-response': perPeriod(() => ({ met: 0, missed: 0 })),
      triage: perPeriod(() => ({ met: 0, missed: 0 })),
      fix: perPeriod(() => ({ met: 0, missed: 0 })),
    };
    this.backlog = this.periods.map((p) => ({
      at: p.end,
      total: 0,
      byState: counts(BACKLOG_STATES),
      bySeverity: counts(SLA_SEVERITY_KEYS),
      byProduct: new Map(),
    }));
  }

  add(report: MetricsReport): void {
    const received = report.receivedAt.getTime();
    const clocks = slaClocks({
      receivedAt: report.receivedAt,
      firstResponseDueAt: report.firstResponseDueAt,
      firstResponseAt: report.firstRespondedAt ?? undefined,
      statusHistory: report.statusHistory,
      severityHistory: report.severityHistory,
      policy: this.policy,
      now: this.now,
    });
    for (const name of SLA_CLOCKS) {
      const clock = clocks[name];
      if (clock.satisfiedAt !== undefined) {
        const i = periodIndex(this.periods, clock.satisfiedAt.getTime());
        if (i >= 0) this.durations[name][i]?.push(clock.satisfiedAt.getTime() - received);
      }
      const outcome = clockOutcome(clock);
      if (outcome !== undefined) {
        const tally = this.compliance[name][periodIndex(this.periods, outcome.at.getTime())];
        if (tally !== undefined) tally[outcome.outcome] += 1;
      }
    }

    // Each report counts at the points from its receipt on, until it is closed or rejected
    // for good; its histories are walked forward once, point by point.
    const first = received < this.start ? 0 : periodIndex(this.periods, received);
    if (first < 0) return;
    const states = new FieldHistory<CaseState>(statusChanges(report.statusHistory), 'new');
    const severity = new FieldHistory(severityChanges(report.severityHistory), report.severity);
    const product = new FieldHistory(report.productHistory, report.productId);
    for (let i = first; i < this.backlog.length; i += 1) {
      const point = this.backlog[i] as BacklogPoint;
      const t = point.at.getTime();
      const state = states.before(t);
      if (state === 'closed' || state === 'rejected') {
        if (states.settled) break;
        continue;
      }
      point.total += 1;
      point.byState[state] += 1;
      point.bySeverity[slaSeverityKey(severity.before(t))] += 1;
      const id = product.before(t);
      point.byProduct.set(id, (point.byProduct.get(id) ?? 0) + 1);
    }
  }

  result(): MetricsResult {
    const durations = (clock: SlaClock): DurationMetrics => ({
      ...summarizeDurations(this.durations[clock].flat()),
      byPeriod: this.periods.map((p, i) => ({
        start: p.start,
        end: p.end,
        ...summarizeDurations(this.durations[clock][i] ?? []),
      })),
    });
    const compliance = (clock: SlaClock, i: number): ClockCompliance => {
      const { met, missed } = this.compliance[clock][i] ?? { met: 0, missed: 0 };
      const total = met + missed;
      return {
        met,
        missed,
        rate: total === 0 ? null : Math.round((met / total) * 10_000) / 10_000,
      };
    };
    return {
      timeToFirstResponse: durations('first-response'),
      timeToTriage: durations('triage'),
      timeToFix: durations('fix'),
      slaCompliance: this.periods.map((p, i) => ({
        start: p.start,
        end: p.end,
        ...(Object.fromEntries(
          SLA_CLOCKS.map((clock) => [CLOCK_FIELD[clock], compliance(clock, i)]),
        ) as Record<(typeof CLOCK_FIELD)[SlaClock], ClockCompliance>),
      })),
      backlog: this.backlog,
    };
  }
}
