/** The roles of the security team's staff; every other account is a researcher. */
export const STAFF_ROLES = [
  'triager',
  'case-manager',
  'program-admin',
  'admin',
  'auditor',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
