/**
 * What an admin sees of a staff account: `disabled` once an admin disabled it (whatever else is
 * true), `enrolment-pending` until its authenticator is set up (new, or reset), else `active`.
 */
export const STAFF_ACCOUNT_STATUSES = ['enrolment-pending', 'active', 'disabled'] as const;
export type StaffAccountStatus = (typeof STAFF_ACCOUNT_STATUSES)[number];

export function staffAccountStatus(account: {
  disabledAt: string | null;
  enrolledAt: string | null;
}): StaffAccountStatus {
  if (account.disabledAt !== null) return 'disabled';
  return account.enrolledAt === null ? 'enrolment-pending' : 'active';
}
