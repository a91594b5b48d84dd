/** Who may read the audit log: auditors and admins, signed in with a session or an API token. */
import type { Actor } from './actor.js';

export function canReadAuditLog(actor: Actor): boolean {
  if (actor.kind !== 'account') return false;
  switch (actor.role) {
    case 'admin':
    case 'auditor':
      return true;
    case 'researcher':
    case 'triager':
    case 'case-manager':
    case 'program-admin':
      return false;
  }
}
