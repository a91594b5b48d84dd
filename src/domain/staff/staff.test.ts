import { describe, expect, it } from 'vitest';
import { staffAccountStatus } from './account-status.js';
import { removesLastAdmin } from './last-admin.js';

const AT = '2026-03-02T09:00:00.000Z';

describe('staffAccountStatus', () => {
  it.each([
    [{ disabledAt: null, enrolledAt: null }, 'enrolment-pending'],
    [{ disabledAt: null, enrolledAt: AT }, 'active'],
    [{ disabledAt: AT, enrolledAt: AT }, 'disabled'],
    [{ disabledAt: AT, enrolledAt: null }, 'disabled'],
  ] as const)('%o is %s', (account, status) => {
    expect(staffAccountStatus(account)).toBe(status);
  });
});

describe('removesLastAdmin', () => {
  it('refuses demoting or disabling the only enabled admin', () => {
    expect(removesLastAdmin(['a'], 'a', { role: 'triager' })).toBe(true);
    expect(removesLastAdmin(['a'], 'a', { disabled: true })).toBe(true);
    expect(removesLastAdmin(['a'], 'a', { role: 'admin', disabled: true })).toBe(true);
  });

  it('allows it while another admin is enabled', () => {
    expect(removesLastAdmin(['a', 'b'], 'a', { role: 'auditor' })).toBe(false);
    expect(removesLastAdmin(['a', 'b'], 'b', { disabled: true })).toBe(false);
  });

  it('allows changes that keep the admin an enabled admin', () => {
    expect(removesLastAdmin(['a'], 'a', { role: 'admin' })).toBe(false);
    expect(removesLastAdmin(['a'], 'a', { disabled: false })).toBe(false);
    expect(removesLastAdmin(['a'], 'a', {})).toBe(false);
  });

  it('does not concern accounts that are not enabled admins', () => {
    expect(removesLastAdmin(['a'], 'x', { role: 'triager', disabled: true })).toBe(false);
    expect(removesLastAdmin([], 'x', { disabled: true })).toBe(false);
  });
});
