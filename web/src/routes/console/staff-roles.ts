import { membersOf } from '../../api/enum-members.js';
import type { paths } from '../../api/schema.js';
import type { SessionAccount, StaffAction } from '../../api/session.js';

export type StaffRole =
  paths['/api/v1/staff/users']['post']['requestBody']['content']['application/json']['role'];

/** The staff roles, in the order the console offers them. */
export const STAFF_ROLES = membersOf<StaffRole>({
  triager: true,
  'case-manager': true,
  'program-admin': true,
  admin: true,
  auditor: true,
});

/** Every account the server knows is a researcher or one of the staff roles. */
export function isStaff(account: SessionAccount): boolean {
  return account.role !== 'researcher';
}

/**
 * Whether the server's policy lets `account` do `action` (its session's `abilities`): the
 * console offers only what would succeed, and the server checks every request regardless.
 */
export function may(account: SessionAccount, action: StaffAction): boolean {
  return account.abilities.includes(action);
}
