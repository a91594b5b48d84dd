import { describe, expect, it } from 'vitest';
import type { AccountRole, Actor } from './actor.js';
import { ANONYMOUS } from './actor.js';
import { canReadAuditLog } from './audit.policy.js';

const account = (role: AccountRole, via: 'session' | 'token' = 'session'): Actor => ({
  kind: 'account',
  accountId: 'a1',
  email: 'a@example.com',
  role,
  via,
});

describe('canReadAuditLog', () => {
  it('lets auditors and admins read, by session or token', () => {
    for (const role of ['auditor', 'admin'] as const) {
      expect(canReadAuditLog(account(role))).toBe(true);
      expect(canReadAuditLog(account(role, 'token'))).toBe(true);
    }
  });

  it('refuses every other role, tracking-token holders and anonymous callers', () => {
    for (const role of ['researcher', 'triager', 'case-manager', 'program-admin'] as const) {
      expect(canReadAuditLog(account(role))).toBe(false);
    }
    expect(canReadAuditLog({ kind: 'tracking', reportRef: 'VD-2026-00001' })).toBe(false);
    expect(canReadAuditLog(ANONYMOUS)).toBe(false);
  });
});
