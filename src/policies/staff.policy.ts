/**
 * What staff may do. Researchers, tracking-token holders and anonymous callers may do none of
 * these (their access to their own reports is `report.policy.ts`).
 *
 * | action                 | triager | case-manager | program-admin | admin | auditor |
 * |------------------------|:-------:|:------------:|:-------------:|:-----:|:-------:|
 * | `queue.read`           |    ✓    |      ✓       |       ✓       |   ✓   |    ✓    |
 * | `report.read`          |    ✓    |      ✓       |       ✓       |   ✓   |    ✓    |
 * | `report.assign`        |    ✓    |      ✓       |               |   ✓   |         |
 * | `report.transition`    |    ✓    |      ✓       |               |   ✓   |         |
 * | `report.severity.edit` |    ✓    |      ✓       |               |   ✓   |         |
 * | `report.message.write` |    ✓    |      ✓       |               |   ✓   |         |
 * | `report.note.write`    |    ✓    |      ✓       |       ✓       |   ✓   |         |
 * | `report.bulk-reject`   |    ✓    |      ✓       |               |   ✓   |         |
 * | `product.read`         |    ✓    |      ✓       |       ✓       |   ✓   |    ✓    |
 * | `product.manage`       |         |      ✓       |               |   ✓   |         |
 * | `user.read`            |         |              |               |   ✓   |         |
 * | `user.manage`          |         |              |               |   ✓   |         |
 * | `user.token.manage`    |         |              |               |   ✓   |         |
 * | `token.create-own`     |    ✓    |      ✓       |       ✓       |   ✓   |    ✓    |
 * | `audit.read`           |         |              |               |   ✓   |    ✓    |
 * | `metrics.read`         |    ✓    |      ✓       |       ✓       |   ✓   |    ✓    |
 * | `bounty.manage`        |         |              |       ✓       |   ✓   |         |
 *
 * Why: triagers rate severity during triage because the triage SLA depends on it; program
 * admins read reports and write internal notes to decide bounties but do not handle cases;
 * case managers keep the product catalogue that cases and advisories refer to. Only admins see
 * and change staff accounts (`user.read`, `user.manage`: add, reset, change role, disable) and
 * other staff members' API tokens (`user.token.manage`). The auditor
 * reads everything staff can read and changes nothing in the response process; the one thing
 * it may create is an API token for itself, which carries its own read-only role.
 *
 * Lifecycle moves (`canTransition`): triagers run triage — `new` → `triage`, `new` → `rejected`
 * (spam), `triage` ⇄ `needs-info`, `triage` → `review-repro`, rejections from `triage` and
 * `needs-info`. Case managers and admins may make every move of the table, including case
 * rejections and reopening a rejected report. Program admins and auditors make none.
 */
import { findTransition } from '../domain/case/transitions.js';
import type { CaseState } from '../domain/case/states.js';
import type { AccountRole, Actor } from './actor.js';

export const STAFF_ACTIONS = [
  'queue.read',
  'report.read',
  'report.assign',
  'report.transition',
  'report.severity.edit',
  'report.message.write',
  'report.note.write',
  'report.bulk-reject',
  'product.read',
  'product.manage',
  'user.read',
  'user.manage',
  'user.token.manage',
  'token.create-own',
  'audit.read',
  'metrics.read',
  'bounty.manage',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

const READ_ONLY: readonly StaffAction[] = [
  'queue.read',
  'report.read',
  'product.read',
  'metrics.read',
  'token.create-own',
];

const TRIAGE_WORK: readonly StaffAction[] = [
  ...READ_ONLY,
  'report.assign',
  'report.transition',
  'report.severity.edit',
  'report.message.write',
  'report.note.write',
  'report.bulk-reject',
];

const GRANTS: Readonly<Record<AccountRole, readonly StaffAction[]>> = {
  researcher: [],
  triager: TRIAGE_WORK,
  'case-manager': [...TRIAGE_WORK, 'product.manage'],
  'program-admin': [...READ_ONLY, 'report.note.write', 'bounty.manage'],
  admin: STAFF_ACTIONS,
  auditor: [...READ_ONLY, 'audit.read'],
};

/** The moves of triage, which triagers may make. */
const TRIAGE_MOVES: readonly (readonly [CaseState, CaseState])[] = [
  ['new', 'triage'],
  ['new', 'rejected'],
  ['triage', 'needs-info'],
  ['needs-info', 'triage'],
  ['triage', 'review-repro'],
  ['triage', 'rejected'],
  ['needs-info', 'rejected'],
];

/** Which lifecycle moves each role may make. */
const MOVES: Readonly<Record<AccountRole, 'all' | 'triage' | 'none'>> = {
  researcher: 'none',
  triager: 'triage',
  'case-manager': 'all',
  'program-admin': 'none',
  admin: 'all',
  auditor: 'none',
};

function roleOf(actor: Actor): AccountRole | undefined {
  return actor.kind === 'account' ? actor.role : undefined;
}

/** Whether `actor` may perform `action` (on any report: staff see every report). */
export function can(actor: Actor, action: StaffAction): boolean {
  const role = roleOf(actor);
  return role !== undefined && GRANTS[role].includes(action);
}

/** The actions the UI may offer `actor`, in `STAFF_ACTIONS` order. */
export function abilities(actor: Actor): StaffAction[] {
  return STAFF_ACTIONS.filter((action) => can(actor, action));
}

/**
 * Whether `actor` may move a report from `from` to `to`. False for every move that is not in
 * the transition table, so call `transition()` first to tell an illegal move (409) from a
 * forbidden one (403).
 */
export function canTransition(actor: Actor, from: CaseState, to: CaseState): boolean {
  const role = roleOf(actor);
  if (role === undefined || findTransition(from, to) === undefined) return false;
  switch (MOVES[role]) {
    case 'all':
      return true;
    case 'triage':
      return TRIAGE_MOVES.some(([f, t]) => f === from && t === to);
    case 'none':
      return false;
  }
}
