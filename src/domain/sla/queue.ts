/**
 * The order of the triage queue: what is due first. Breached reports first, then those at
 * risk, then the rest of the running ones by their next due time; reports waiting on the
 * reporter (paused) after those, and reports with no running clock last.
 *
 * The order needs no clock arithmetic at read time: `queueKey` gives three values that stay
 * the same until the report's next event (a status change, a response, a severity change), so
 * the service stores them on the report's row whenever it changes the report, and the database
 * sorts with indexed columns:
 *
 * ```sql
 * ORDER BY CASE WHEN next_due_at < :now THEN 0
 *               WHEN at_risk_at  < :now THEN 1
 *               WHEN next_due_at IS NOT NULL THEN 2
 *               WHEN sla_paused THEN 3
 *               ELSE 4 END,
 *          next_due_at
 * ```
 *
 * (ISO 8601 UTC text of a fixed width compares correctly as text on both databases.)
 */
import type { ClockStatus, SlaClocks } from './clocks.js';

export interface QueueKey {
  /** The earliest due time among the clocks that are counting; null when none is. */
  nextDueAt: Date | null;
  /** The earliest time one of those clocks becomes at risk; null when none is counting. */
  atRiskAt: Date | null;
  /** True when no clock is counting but one is paused, waiting for the reporter. */
  paused: boolean;
}

/** How urgent a report is, most urgent first. */
export const QUEUE_URGENCIES = ['breached', 'at-risk', 'running', 'paused', 'idle'] as const;
export type QueueUrgency = (typeof QUEUE_URGENCIES)[number];

const counting = (c: ClockStatus): boolean =>
  c.state === 'running' || c.state === 'at-risk' || c.state === 'breached';

function earliest(dates: readonly Date[]): Date | null {
  let min: Date | null = null;
  for (const d of dates) if (min === null || d.getTime() < min.getTime()) min = d;
  return min;
}

/** The values to store for sorting the queue (see the module comment). */
export function queueKey(clocks: SlaClocks): QueueKey {
  const all = Object.values(clocks);
  const running = all.filter(counting);
  return {
    nextDueAt: earliest(running.map((c) => c.dueAt)),
    atRiskAt: earliest(running.map((c) => c.atRiskAt)),
    paused: running.length === 0 && all.some((c) => c.state === 'paused'),
  };
}

/** The urgency of a stored key at `now`: the same answer as the worst clock's state. */
export function queueUrgency(key: QueueKey, now: Date): QueueUrgency {
  const t = now.getTime();
  if (key.nextDueAt !== null) {
    if (key.nextDueAt.getTime() < t) return 'breached';
    if (key.atRiskAt !== null && key.atRiskAt.getTime() < t) return 'at-risk';
    return 'running';
  }
  return key.paused ? 'paused' : 'idle';
}

/**
 * Orders two reports for the queue at `now`: negative when `a` comes first. Ties (same
 * urgency and due time) answer 0; callers add their own tie-breaker (e.g. receipt time).
 */
export function compareQueueKeys(a: QueueKey, b: QueueKey, now: Date): number {
  const byUrgency =
    QUEUE_URGENCIES.indexOf(queueUrgency(a, now)) - QUEUE_URGENCIES.indexOf(queueUrgency(b, now));
  if (byUrgency !== 0) return byUrgency;
  const due = (k: QueueKey) => k.nextDueAt?.getTime() ?? Infinity;
  const byDue = due(a) - due(b);
  return Number.isNaN(byDue) ? 0 : byDue;
}
