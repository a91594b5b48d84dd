/**
 * When a reporter may ask for a response: once the first-response deadline has passed and no one
 * from the security team has answered yet, at most once every 24 hours.
 */
import { isReporterVisible } from '../case/timeline.js';
import { HOUR_MS, isFirstResponseOverdue } from './first-response.js';

export const FOLLOW_UP_KIND = 'follow-up-requested';
export const FOLLOW_UP_INTERVAL_HOURS = 24;

export interface TimelineFact {
  /** ISO 8601 UTC. */
  at: string;
  kind: string;
  actor: string;
}

export type FollowUpState =
  | { allowed: true; lastRequestedAt: Date | undefined }
  /** The deadline has not passed: allowed after `availableAfter`. */
  | { allowed: false; reason: 'not-due'; availableAfter: Date }
  /** Someone from the security team has answered; the conversation goes on there. */
  | { allowed: false; reason: 'responded' }
  /** Asked less than 24 hours ago: allowed again after `availableAfter`. */
  | { allowed: false; reason: 'recently-requested'; lastRequestedAt: Date; availableAfter: Date };

/**
 * Anything the security team did on the report that the reporter can see counts as the first
 * response (a status change, a message); internal steps (assignment, notes, severity) do not.
 */
export function isStaffResponse(entry: TimelineFact): boolean {
  return entry.actor === 'staff' && isReporterVisible(entry);
}

export function followUpState(input: {
  firstResponseDueAt: Date;
  timeline: readonly TimelineFact[];
  now: Date;
}): FollowUpState {
  const { firstResponseDueAt, timeline, now } = input;
  const response = timeline.find(isStaffResponse);
  if (response !== undefined) return { allowed: false, reason: 'responded' };
  if (!isFirstResponseOverdue(firstResponseDueAt, now)) {
    return { allowed: false, reason: 'not-due', availableAfter: firstResponseDueAt };
  }
  const last = lastFollowUp(timeline);
  if (last !== undefined) {
    const availableAfter = new Date(last.getTime() + FOLLOW_UP_INTERVAL_HOURS * HOUR_MS);
    if (now.getTime() < availableAfter.getTime()) {
      return {
        allowed: false,
        reason: 'recently-requested',
        lastRequestedAt: last,
        availableAfter,
      };
    }
  }
  return { allowed: true, lastRequestedAt: last };
}

function lastFollowUp(timeline: readonly TimelineFact[]): Date | undefined {
  let last: number | undefined;
  for (const entry of timeline) {
    if (entry.kind !== FOLLOW_UP_KIND) continue;
    const at = Date.parse(entry.at);
    if (last === undefined || at > last) last = at;
  }
  return last === undefined ? undefined : new Date(last);
}
