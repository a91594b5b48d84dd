/** Staff accounts as admins see and change them: status, last sign-in, tokens, role. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface StaffAccountRow {
  id: string;
  email: string;
  role: string;
  createdAt: string;
  disabledAt: string | null;
  lastSignInAt: string | null;
  /** When the authenticator was set up; null before enrolment and after a reset. */
  enrolledAt: string | null;
  /** Tokens not revoked. */
  tokenCount: number;
  /** When the open enrolment link expires; null when there is none. */
  enrolmentExpiresAt: string | null;
}

function staffAccounts(db: Kysely<Database>, now: string) {
  return db
    .selectFrom('accounts')
    .select((eb) => [
      'accounts.id',
      'accounts.email',
      'accounts.role',
      'accounts.createdAt',
      'accounts.disabledAt',
      'accounts.lastSignInAt',
      eb
        .selectFrom('staffTotp')
        .select('staffTotp.enabledAt')
        .whereRef('staffTotp.accountId', '=', 'accounts.id')
        .as('enrolledAt'),
      eb
        .selectFrom('apiTokens')
        .select((t) => t.fn.countAll<number>().as('n'))
        .whereRef('apiTokens.accountId', '=', 'accounts.id')
        .where('apiTokens.revokedAt', 'is', null)
        .as('tokenCount'),
      eb
        .selectFrom('staffEnrolments')
        .select((e) => e.fn.max('staffEnrolments.expiresAt').as('expiresAt'))
        .whereRef('staffEnrolments.accountId', '=', 'accounts.id')
        .where('staffEnrolments.usedAt', 'is', null)
        .where('staffEnrolments.expiresAt', '>', now)
        .as('enrolmentExpiresAt'),
    ])
    .where('accounts.role', '<>', 'researcher');
}

const toRow = (r: {
  id: string;
  email: string;
  role: string;
  createdAt: string;
  disabledAt: string | null;
  lastSignInAt: string | null;
  enrolledAt: string | null;
  tokenCount: number | null;
  enrolmentExpiresAt: string | null;
}): StaffAccountRow => ({ ...r, tokenCount: Number(r.tokenCount ?? 0) });

/** Every staff account (researchers are not listed), by e-mail address. */
export async function listStaffAccounts(
  db: Kysely<Database>,
  now: string,
): Promise<StaffAccountRow[]> {
  const rows = await staffAccounts(db, now).orderBy('accounts.email').execute();
  return rows.map(toRow);
}

/** One staff account; undefined for unknown ids and researchers. */
export async function findStaffAccount(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<StaffAccountRow | undefined> {
  const row = await staffAccounts(db, now).where('accounts.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toRow(row);
}

/**
 * Takes the rows of every enabled admin for the rest of the transaction (a row lock on
 * PostgreSQL, the write lock on SQLite) and answers their ids: two admins demoting or disabling
 * each other at once run one after the other, so the last admin stays.
 */
export async function lockEnabledAdmins(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .updateTable('accounts')
    .set((eb) => ({ role: eb.ref('role') }))
    .where('role', '=', 'admin')
    .where('disabledAt', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function setAccountRole(
  db: Kysely<Database>,
  accountId: string,
  role: string,
): Promise<void> {
  await db.updateTable('accounts').set({ role }).where('id', '=', accountId).execute();
}

/** Disables the account (at `at`) or enables it again (null). */
export async function setAccountDisabled(
  db: Kysely<Database>,
  accountId: string,
  at: string | null,
): Promise<void> {
  await db.updateTable('accounts').set({ disabledAt: at }).where('id', '=', accountId).execute();
}
