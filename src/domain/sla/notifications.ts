/**
 * Which SLA warnings a periodic job should send now. The job records every warning it sends
 * (clock × level) with the report, in the same transaction as the outbox row; passing those
 * records back makes each run idempotent: a restart never sends a warning twice, and a run
 * that was missed is caught up by the next one, because the decision rests on the level a clock
 * has reached, not on the moment it was reached.
 *
 * Rules:
 * - A clock that is satisfied or stopped gets no warning.
 * - Otherwise the level it has reached (at-risk, breached) is sent once per report and clock.
 *   A paused clock keeps the level it reached before the pause.
 * - A lower level is not sent once a higher one was reached or sent: a clock found breached
 *   whose at-risk warning never went out gets the breach warning only, and a breached clock
 *   given more time by a severity change does not warn "at risk" again.
 */
import { SLA_CLOCKS, SLA_LEVELS, type SlaClock, type SlaClocks, type SlaLevel } from './clocks.js';

export interface SlaNotification {
  clock: SlaClock;
  level: SlaLevel;
}

const rank = (level: SlaLevel): number => SLA_LEVELS.indexOf(level);

/** The warnings to send now, given those already sent for this report. */
export function dueSlaNotifications(
  clocks: SlaClocks,
  sent: readonly SlaNotification[],
): SlaNotification[] {
  const due: SlaNotification[] = [];
  for (const clock of SLA_CLOCKS) {
    const level = clocks[clock].level;
    if (level === null) continue;
    const covered = sent.some((s) => s.clock === clock && rank(s.level) >= rank(level));
    if (!covered) due.push({ clock, level });
  }
  return due;
}
