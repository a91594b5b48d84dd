/** Staff enrolment links and authenticators (TOTP secrets are stored sealed, never in clear). */
import type { Kysely } from 'kysely';
import type { Database, StaffTotpTable } from '../schema.js';

export async function insertStaffEnrolment(
  db: Kysely<Database>,
  row: {
    tokenHash: string;
    accountId: string;
    secretEnc: string;
    createdAt: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto('staffEnrolments')
    .values({ ...row, usedAt: null })
    .execute();
}

export interface OpenEnrolment {
  accountId: string;
  email: string;
  role: string;
  secretEnc: string;
  expiresAt: string;
}

/** The enrolment of a link that is neither used nor expired, for an enabled account. */
export async function findOpenStaffEnrolment(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<OpenEnrolment | undefined> {
  return db
    .selectFrom('staffEnrolments')
    .innerJoin('accounts', 'accounts.id', 'staffEnrolments.accountId')
    .select([
      'staffEnrolments.accountId',
      'accounts.email',
      'accounts.role',
      'staffEnrolments.secretEnc',
      'staffEnrolments.expiresAt',
    ])
    .where('staffEnrolments.tokenHash', '=', tokenHash)
    .where('staffEnrolments.usedAt', 'is', null)
    .where('staffEnrolments.expiresAt', '>', now)
    .where('accounts.disabledAt', 'is', null)
    .executeTakeFirst();
}

/** Marks an open link used; false when it was used (or expired) meanwhile. */
export async function consumeStaffEnrolment(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<boolean> {
  const res = await db
    .updateTable('staffEnrolments')
    .set({ usedAt: now })
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Ends every open link of the account (a reset or a completed enrolment). */
export async function closeStaffEnrolments(
  db: Kysely<Database>,
  accountId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('staffEnrolments')
    .set({ usedAt: now })
    .where('accountId', '=', accountId)
    .where('usedAt', 'is', null)
    .execute();
}

export async function findStaffTotp(
  db: Kysely<Database>,
  accountId: string,
): Promise<StaffTotpTable | undefined> {
  const row = await db
    .selectFrom('staffTotp')
    .selectAll()
    .where('accountId', '=', accountId)
    .executeTakeFirst();
  return row === undefined ? undefined : { ...row, lastStep: Number(row.lastStep) };
}

export async function saveStaffTotp(db: Kysely<Database>, row: StaffTotpTable): Promise<void> {
  await db
    .insertInto('staffTotp')
    .values(row)
    .onConflict((oc) =>
      oc.column('accountId').doUpdateSet({
        secretEnc: row.secretEnc,
        enabledAt: row.enabledAt,
        lastStep: row.lastStep,
      }),
    )
    .execute();
}

export async function deleteStaffTotp(db: Kysely<Database>, accountId: string): Promise<boolean> {
  const res = await db
    .deleteFrom('staffTotp')
    .where('accountId', '=', accountId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/**
 * Records `step` as the last accepted code's step, only if it is later than the one recorded:
 * of two sign-ins with the same code at the same moment, one wins.
 */
export async function advanceTotpStep(
  db: Kysely<Database>,
  accountId: string,
  step: number,
): Promise<boolean> {
  const res = await db
    .updateTable('staffTotp')
    .set({ lastStep: step })
    .where('accountId', '=', accountId)
    .where('lastStep', '<', step)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
