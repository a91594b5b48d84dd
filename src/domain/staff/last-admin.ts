import type { StaffRole } from './roles.js';

/**
 * Whether a change to an account would leave no enabled admin: the team could then no longer
 * manage staff from the console (only an operator with the CLI could). `enabledAdmins` are the
 * ids of every enabled admin account before the change.
 */
export function removesLastAdmin(
  enabledAdmins: readonly string[],
  accountId: string,
  change: { role?: StaffRole; disabled?: boolean },
): boolean {
  if (!enabledAdmins.includes(accountId)) return false;
  const stillAdmin =
    (change.role === undefined || change.role === 'admin') && change.disabled !== true;
  return !stillAdmin && enabledAdmins.length === 1;
}
