/**
 * Every action the audit log records, and the actors that are not accounts. The log stores them
 * as text (`audit_log.action`, `audit_log.actor`), and the chain hashes whatever is stored; this
 * list is what the application writes, so the console can word each one in the reader's
 * language and an auditor's filter can offer them.
 */
export const AUDIT_ACTIONS = [
  'session.staff-signed-in',
  'session.sign-in-failed',
  'token.created',
  'token.revoked',
  'staff.added',
  'staff.reset',
  'staff.enrolled',
  'staff.role-changed',
  'staff.disabled',
  'staff.enabled',
  'report.transitioned',
  'report.assigned',
  'report.severity-assessed',
  'report.case-updated',
  'report.message-posted',
  'report.note-added',
  'product.family-added',
  'product.added',
  'product.updated',
  'product.version-added',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** Actors that are not an account id: the command line, the server itself, a reporter, nobody. */
export const AUDIT_NON_ACCOUNT_ACTORS = ['cli', 'system', 'reporter', 'anonymous'] as const;
export type AuditNonAccountActor = (typeof AUDIT_NON_ACCOUNT_ACTORS)[number];
