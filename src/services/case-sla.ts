/**
 * Between the SLA domain and the reports table: the report's clocks from its stored history,
 * and the columns that keep the queue sorted (`next_due_at`, `next_at_risk_at`).
 */
import { NO_DUE_TIME } from '../db/repositories/queue.js';
import type { Report, TimelineEntry } from '../db/schema.js';
import { isCaseState } from '../domain/case/states.js';
import { TIMELINE_KINDS } from '../domain/case/timeline.js';
import {
  slaClocks,
  type SeverityChange,
  type SlaClocks,
  type StatusChange,
} from '../domain/sla/clocks.js';
import type { SlaPolicy } from '../domain/sla/policy.js';
import { queueKey } from '../domain/sla/queue.js';
import { isVendorSeverity } from '../domain/severity/vendor-severity.js';

export interface SlaColumns {
  nextDueAt: string;
  nextAtRiskAt: string | null;
}

/** The stored sort key for the queue: the earliest counting due time, or `NO_DUE_TIME`. */
export function slaColumns(clocks: SlaClocks): SlaColumns {
  const key = queueKey(clocks);
  return {
    nextDueAt: key.nextDueAt?.toISOString() ?? NO_DUE_TIME,
    nextAtRiskAt: key.atRiskAt?.toISOString() ?? null,
  };
}

/** The clocks of a report received at `receivedAt` that nothing has happened to yet. */
export function clocksAtReceipt(
  receivedAt: Date,
  firstResponseDueAt: Date,
  policy: SlaPolicy,
): SlaClocks {
  return slaClocks({
    receivedAt,
    firstResponseDueAt,
    statusHistory: [],
    severityHistory: [],
    policy,
    now: receivedAt,
  });
}

/** The status and severity history recorded on a report's timeline (other kinds ignored). */
export function timelineHistory(timeline: readonly Pick<TimelineEntry, 'at' | 'kind' | 'data'>[]): {
  statusHistory: StatusChange[];
  severityHistory: SeverityChange[];
} {
  const statusHistory: StatusChange[] = [];
  const severityHistory: SeverityChange[] = [];
  for (const entry of timeline) {
    if (entry.kind === TIMELINE_KINDS.statusChanged) {
      const { to } = JSON.parse(entry.data) as { to?: string };
      if (to !== undefined && isCaseState(to)) statusHistory.push({ at: new Date(entry.at), to });
    } else if (entry.kind === TIMELINE_KINDS.severityChanged) {
      const { severity: value } = JSON.parse(entry.data) as { severity?: string | null };
      severityHistory.push({
        at: new Date(entry.at),
        severity: typeof value === 'string' && isVendorSeverity(value) ? value : null,
      });
    }
  }
  return { statusHistory, severityHistory };
}

/** The clocks of a stored report at `now`, from its timeline. */
export function reportClocks(
  report: Pick<Report, 'receivedAt' | 'firstResponseDueAt' | 'firstRespondedAt'>,
  timeline: readonly Pick<TimelineEntry, 'at' | 'kind' | 'data'>[],
  policy: SlaPolicy,
  now: Date,
): SlaClocks {
  return slaClocks({
    receivedAt: new Date(report.receivedAt),
    firstResponseDueAt: new Date(report.firstResponseDueAt),
    firstResponseAt:
      report.firstRespondedAt === null ? undefined : new Date(report.firstRespondedAt),
    ...timelineHistory(timeline),
    policy,
    now,
  });
}
