import type { SessionAccount, StaffAction } from '../../api/session.js';

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
