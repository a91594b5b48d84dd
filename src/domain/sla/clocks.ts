/**
 * The three SLA clocks of a report, computed from its status history. Pure: `now` is an
 * argument, so the same input always gives the same answer.
 *
 * | clock            | starts  | period                                   | satisfied by |
 * |------------------|---------|------------------------------------------|--------------|
 * | `first-response` | receipt | until the report's `firstResponseDueAt`  | the first answer to the reporter |
 * | `triage`         | receipt | `policy.triageHours[severity]`           | the first move to `review-repro` or `rejected` |
 * | `fix`            | receipt | `policy.fixDays[severity]`               | the first move to `complete` |
 *
 * The first answer to the reporter is the earlier of `firstResponseAt` (stored when staff first
 * wrote to the reporter or made a move that answers them) and the first move into a state that
 * answers them (`answersReporter`: the question of `needs-info`, opening a case, a rejection).
 * The automatic acknowledgment, taking a report into triage, internal notes, assignment and
 * severity edits are not answers: they tell the reporter nothing.
 *
 * Rules:
 * - Clocks do not count while the report is in `needs-info` (waiting for the reporter): paused
 *   time moves the due time back by as much. The fix clock also does not count while the
 *   report is `rejected`; if it is reopened, the fix clock goes on where it stopped.
 * - The severity whose target applies is the one in effect when the clock was satisfied, or
 *   now for a clock still running; a rating made later does not judge a decision made earlier.
 *   Unrated reports use the `unrated` target.
 * - A satisfied clock is `met` when satisfied at or before its due time, `missed` after.
 * - An unsatisfied clock is `stopped` (fix clock of a rejected report), `paused` (in
 *   `needs-info`), `breached` (past due), `at-risk` (less than `policy.atRiskShare` of its
 *   period left) or `running`, in that order of precedence.
 * - Reopening does not restart the triage clock: it measures the time to the first decision.
 */
import { CASE_STATES, type CaseState } from '../case/states.js';
import { answersReporter } from '../case/transitions.js';
import type { VendorSeverity } from '../severity/vendor-severity.js';
import { HOUR_MS } from './first-response.js';
import { slaSeverityKey, type SlaPolicy } from './policy.js';

const DAY_MS = 24 * HOUR_MS;

/** The states whose first entry answers the reporter. */
const CASE_STATES_ANSWERING: readonly CaseState[] = CASE_STATES.filter(answersReporter);

export const SLA_CLOCKS = ['first-response', 'triage', 'fix'] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];

export const CLOCK_STATES = [
  'running',
  'at-risk',
  'breached',
  'paused',
  'stopped',
  'met',
  'missed',
] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

/** The warning levels a clock can reach before it is satisfied (see `dueSlaNotifications`). */
export const SLA_LEVELS = ['at-risk', 'breached'] as const;
export type SlaLevel = (typeof SLA_LEVELS)[number];

/** One entry of the status history: the report moved to `to` at `at`. */
export interface StatusChange {
  at: Date;
  to: CaseState;
}

/** One entry of the severity history; `null` when the rating was removed. */
export interface SeverityChange {
  at: Date;
  severity: VendorSeverity | null;
}

export interface SlaInput {
  receivedAt: Date;
  /** The first-response due time stored on the report at receipt. */
  firstResponseDueAt: Date;
  /** When staff first answered the reporter (a message, or a move that answers), if they have. */
  firstResponseAt?: Date | undefined;
  /** Status changes after receipt (the report starts in `new`), in any order. */
  statusHistory: readonly StatusChange[];
  /** Severity ratings over time, in any order; empty for an unrated report. */
  severityHistory: readonly SeverityChange[];
  policy: SlaPolicy;
  now: Date;
}

export interface ClockStatus {
  clock: SlaClock;
  state: ClockState;
  /** When the clock is due: start + period + time paused (up to now, or to its satisfaction). */
  dueAt: Date;
  /** From when the clock is at risk: `dueAt` minus the at-risk share of the period. */
  atRiskAt: Date;
  satisfiedAt?: Date;
  /** Due time minus now (or minus the satisfaction time); negative when late. */
  remainingMs: number;
  /** The clock's target duration, pauses not counted. */
  periodMs: number;
  /** The warning level reached by a clock not yet satisfied nor stopped; null otherwise. */
  level: SlaLevel | null;
}

export type SlaClocks = Readonly<Record<SlaClock, ClockStatus>>;

/** A stretch of time in one state; `to` is Infinity for the current state. */
interface Segment {
  from: number;
  to: number;
  state: CaseState;
}

interface Context {
  start: number;
  now: number;
  segments: readonly Segment[];
  policy: SlaPolicy;
  severityHistory: readonly SeverityChange[];
}

/** The report's states over time, from receipt; changes after `now` are not history yet. */
function segmentsOf(input: SlaInput): Segment[] {
  const start = input.receivedAt.getTime();
  const now = input.now.getTime();
  const changes = input.statusHistory
    .map((c) => ({ at: Math.max(c.at.getTime(), start), to: c.to }))
    .filter((c) => c.at <= now)
    .sort((a, b) => a.at - b.at);
  const segments: Segment[] = [];
  let current: Segment = { from: start, to: Infinity, state: 'new' };
  for (const change of changes) {
    segments.push({ ...current, to: change.at });
    current = { from: change.at, to: Infinity, state: change.to };
  }
  segments.push(current);
  return segments;
}

function stateAt(segments: readonly Segment[], t: number): CaseState {
  let state: CaseState = 'new';
  for (const s of segments) if (s.from <= t) state = s.state;
  return state;
}

/** When the report first entered one of `states`, if it has. */
function firstEntry(
  segments: readonly Segment[],
  states: readonly CaseState[],
): number | undefined {
  // The first segment is the implicit `new` at receipt, not an entry.
  return segments.slice(1).find((s) => states.includes(s.state))?.from;
}

function pausedMs(ctx: Context, until: number, pausedIn: readonly CaseState[]): number {
  let total = 0;
  for (const s of ctx.segments) {
    if (!pausedIn.includes(s.state)) continue;
    total += Math.max(0, Math.min(s.to, until) - Math.max(s.from, ctx.start));
  }
  return total;
}

function severityAt(changes: readonly SeverityChange[], t: number): VendorSeverity | null {
  let latest: SeverityChange | undefined;
  for (const c of changes) {
    const at = c.at.getTime();
    if (at <= t && (latest === undefined || at >= latest.at.getTime())) latest = c;
  }
  return latest?.severity ?? null;
}

function clock(
  name: SlaClock,
  ctx: Context,
  period: (at: number) => number,
  satisfied: number | undefined,
  pausedIn: readonly CaseState[],
): ClockStatus {
  const satisfiedAt = satisfied !== undefined && satisfied <= ctx.now ? satisfied : undefined;
  const end = satisfiedAt ?? ctx.now;
  const periodMs = Math.max(0, period(end));
  const due = ctx.start + periodMs + pausedMs(ctx, end, pausedIn);
  const atRiskMs = Math.round(periodMs * ctx.policy.atRiskShare);
  const remainingMs = due - end;
  const current = stateAt(ctx.segments, ctx.now);

  let level: SlaLevel | null = null;
  let state: ClockState;
  if (satisfiedAt !== undefined) {
    state = remainingMs >= 0 ? 'met' : 'missed';
  } else if (current === 'rejected' && pausedIn.includes('rejected')) {
    state = 'stopped';
  } else {
    if (remainingMs < 0) level = 'breached';
    else if (remainingMs < atRiskMs) level = 'at-risk';
    state = pausedIn.includes(current) ? 'paused' : (level ?? 'running');
  }
  return {
    clock: name,
    state,
    dueAt: new Date(due),
    atRiskAt: new Date(due - atRiskMs),
    ...(satisfiedAt !== undefined ? { satisfiedAt: new Date(satisfiedAt) } : {}),
    remainingMs,
    periodMs,
    level,
  };
}

/** The three clocks of a report at `input.now`. */
export function slaClocks(input: SlaInput): SlaClocks {
  const segments = segmentsOf(input);
  const ctx: Context = {
    start: input.receivedAt.getTime(),
    now: input.now.getTime(),
    segments,
    policy: input.policy,
    severityHistory: input.severityHistory,
  };
  const target = (table: 'triageHours' | 'fixDays', unit: number) => (at: number) =>
    input.policy[table][slaSeverityKey(severityAt(ctx.severityHistory, at))] * unit;

  const answeringMove = firstEntry(segments, CASE_STATES_ANSWERING);
  const responded = input.firstResponseAt?.getTime();
  const firstResponse =
    responded === undefined || answeringMove === undefined
      ? (responded ?? answeringMove)
      : Math.min(responded, answeringMove);

  return {
    'first-response': clock(
      'first-response',
      ctx,
      () => input.firstResponseDueAt.getTime() - ctx.start,
      firstResponse === undefined ? undefined : Math.max(firstResponse, ctx.start),
      ['needs-info'],
    ),
    triage: clock(
      'triage',
      ctx,
      target('triageHours', HOUR_MS),
      firstEntry(segments, ['review-repro', 'rejected']),
      ['needs-info'],
    ),
    fix: clock('fix', ctx, target('fixDays', DAY_MS), firstEntry(segments, ['complete']), [
      'needs-info',
      'rejected',
    ]),
  };
}
