import type { SessionAccount } from '../../api/session.js';

/** Every account the server knows is a researcher or one of the staff roles. */
export function isStaff(account: SessionAccount): boolean {
  return account.role !== 'researcher';
}
