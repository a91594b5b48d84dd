import { STAFF_ROLES } from '../domain/staff/roles.js';

/** Every account role; all but `researcher` are staff (see `staff.policy.ts`). */
export const ACCOUNT_ROLES = ['researcher', ...STAFF_ROLES] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Who is calling. Resolved once per request by the auth plugin; services decide with it. */
export type Actor =
  | { kind: 'anonymous' }
  /** Holder of a report's tracking token: may see that one report and nothing else. */
  | { kind: 'tracking'; reportRef: string }
  | {
      kind: 'account';
      accountId: string;
      email: string;
      role: AccountRole;
      via: 'session' | 'token';
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };
