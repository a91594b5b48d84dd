/**
 * When a reporter may ask for a response: once the first-response deadline has passed and no one
 * from the security team has answered yet, at most once every 24 hours.
 */
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

export function followUpState(input: {
  firstResponseDueAt: Date;
  /**
   * When the security team first answered the reporter (the report's `firstRespondedAt`: a
   * message, or a move that answers them), or null.
   */
  respondedAt: Date | null;
  /** The report's timeline, for the reporter's earlier requests. */
  timeline: readonly TimelineFact[];
  now: Date;
}): FollowUpState {
  const { firstResponseDueAt, respondedAt, timeline, now } = input;
  if (respondedAt !== null) return { allowed: false, reason: 'responded' };
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
