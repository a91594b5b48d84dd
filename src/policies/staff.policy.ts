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
 * | `report.case.edit`     |    ✓    |      ✓       |               |   ✓   |         |
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
 * Why: triagers rate severity during triage because the triage SLA depends on it, and set the
 * case facts (`report.case.edit`: product, planned release and disclosure dates, release and
 * advisory flags) because the product is known at triage; program admins read reports and
 * write internal notes to decide bounties but do not handle cases; case managers keep the
 * product catalogue that cases and advisories refer to. Only admins see and change staff
 * accounts (`user.read`, `user.manage`: add, reset, change role, disable) and other staff
 * members' API tokens (`user.token.manage`). The auditor reads everything staff can read and
 * changes nothing in the response process; the one thing it may create is an API token for
 * itself, which carries its own read-only role.
 *
 * Lifecycle moves (`canTransition`): triagers run triage — `new` → `triage`, `new` → `rejected`
 * (spam), `triage` ⇄ `needs-info`, `triage` → `review-repro`, rejections from `triage` and
 * `needs-info`. Case managers and admins may make every move of the table, including case
 * rejections and reopening a rejected report. Program admins and auditors make none.
 */
import { findTransition } from '../domain/case/transitions.js';
import type { CaseState } from '../domain/case/states.js';
import { DomainError, notFound } from '../domain/errors.js';
import { ACCOUNT_ROLES, type AccountRole, type Actor } from './actor.js';

export const STAFF_ACTIONS = [
  'queue.read',
  'report.read',
  'report.assign',
  'report.transition',
  'report.severity.edit',
  'report.case.edit',
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
  'report.case.edit',
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
  return role !== undefined && roleCan(role, action);
}

/** Whether an account holding `role` (as stored) may perform `action`. */
export function roleCan(role: string, action: StaffAction): boolean {
  return (
    (ACCOUNT_ROLES as readonly string[]).includes(role) &&
    GRANTS[role as AccountRole].includes(action)
  );
}

/**
 * Staff-only: anonymous callers get 401; researchers get the report's 404 when a report is
 * named (`hide`) and 403 otherwise; staff without the action get 403.
 */
export function authorizeStaff(actor: Actor, action: StaffAction, hide?: 'report'): void {
  if (actor.kind === 'anonymous') throw new DomainError('unauthorized');
  if (can(actor, action)) return;
  if (actor.kind !== 'account' || actor.role === 'researcher') {
    if (hide === 'report') throw notFound('report');
    throw new DomainError('forbidden', `only the security team's staff may do this (${action})`);
  }
  throw new DomainError(
    'forbidden',
    `the ${actor.role} role does not have the permission ${action}`,
  );
}

/** The actions the UI may offer `actor`, in `STAFF_ACTIONS` order. */
export function abilities(actor: Actor): StaffAction[] {
  const role = roleOf(actor);
  return role === undefined ? [] : roleAbilities(role);
}

/** The actions of an account with `role`, in `STAFF_ACTIONS` order (none for researchers). */
export function roleAbilities(role: AccountRole): StaffAction[] {
  return STAFF_ACTIONS.filter((action) => GRANTS[role].includes(action));
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
