import type { Kysely } from 'kysely';
import type { Account, ApiToken, Database, NewAccount } from '../schema.js';

export async function insertAccount(db: Kysely<Database>, account: NewAccount): Promise<void> {
  await db.insertInto('accounts').values(account).execute();
}

export async function findAccountByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<Account | undefined> {
  return db.selectFrom('accounts').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findAccountById(
  db: Kysely<Database>,
  id: string,
): Promise<Account | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The e-mail addresses of the accounts among `ids` that exist (id → e-mail). */
export async function accountEmails(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'email'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.email]));
}

export async function insertEmailVerification(
  db: Kysely<Database>,
  row: { tokenHash: string; accountId: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('emailVerifications')
    .values({ ...row, usedAt: null })
    .execute();
}

/** Marks the verification used and the account verified; returns the account id, or undefined. */
export async function consumeEmailVerification(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<string | undefined> {
  const row = await db
    .updateTable('emailVerifications')
    .set({ usedAt: now })
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .returning('accountId')
    .executeTakeFirst();
  if (row === undefined) return undefined;
  await db
    .updateTable('accounts')
    .set({ emailVerifiedAt: now })
    .where('id', '=', row.accountId)
    .where('emailVerifiedAt', 'is', null)
    .execute();
  return row.accountId;
}

export async function insertSession(
  db: Kysely<Database>,
  row: {
    idHash: string;
    accountId: string;
    csrfToken: string;
    createdAt: string;
    expiresAt: string;
    totpVerifiedAt: string | null;
  },
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export interface SessionWithAccount {
  accountId: string;
  csrfToken: string;
  expiresAt: string;
  totpVerifiedAt: string | null;
  email: string;
  role: string;
}

/** A session of an enabled account that has not expired. */
export async function findSession(
  db: Kysely<Database>,
  idHash: string,
  now: string,
): Promise<SessionWithAccount | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.accountId')
    .select([
      'sessions.accountId',
      'sessions.csrfToken',
      'sessions.expiresAt',
      'sessions.totpVerifiedAt',
      'accounts.email',
      'accounts.role',
    ])
    .where('sessions.idHash', '=', idHash)
    .where('sessions.expiresAt', '>', now)
    .where('accounts.disabledAt', 'is', null)
    .executeTakeFirst();
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('idHash', '=', idHash).execute();
}

/** Ends every session of the account; answers how many there were. */
export async function deleteSessionsOf(db: Kysely<Database>, accountId: string): Promise<number> {
  const res = await db.deleteFrom('sessions').where('accountId', '=', accountId).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function recordSignIn(
  db: Kysely<Database>,
  accountId: string,
  at: string,
): Promise<void> {
  await db.updateTable('accounts').set({ lastSignInAt: at }).where('id', '=', accountId).execute();
}

export async function setPasswordHash(
  db: Kysely<Database>,
  accountId: string,
  passwordHash: string,
): Promise<void> {
  await db.updateTable('accounts').set({ passwordHash }).where('id', '=', accountId).execute();
}

export async function insertApiToken(db: Kysely<Database>, row: ApiToken): Promise<void> {
  await db.insertInto('apiTokens').values(row).execute();
}

export interface TokenOwner {
  tokenId: string;
  accountId: string;
  email: string;
  role: string;
  lastUsedAt: string | null;
}

/** The owner of an unrevoked token, if the account is enabled. */
export async function findApiTokenOwner(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<TokenOwner | undefined> {
  return db
    .selectFrom('apiTokens')
    .innerJoin('accounts', 'accounts.id', 'apiTokens.accountId')
    .select([
      'apiTokens.id as tokenId',
      'apiTokens.accountId',
      'accounts.email',
      'accounts.role',
      'apiTokens.lastUsedAt',
    ])
    .where('apiTokens.tokenHash', '=', tokenHash)
    .where('apiTokens.revokedAt', 'is', null)
    .where('accounts.disabledAt', 'is', null)
    .executeTakeFirst();
}

export async function touchApiToken(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db.updateTable('apiTokens').set({ lastUsedAt: now }).where('id', '=', id).execute();
}

export async function listApiTokens(db: Kysely<Database>, accountId: string): Promise<ApiToken[]> {
  return db
    .selectFrom('apiTokens')
    .selectAll()
    .where('accountId', '=', accountId)
    .where('revokedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function revokeApiToken(
  db: Kysely<Database>,
  accountId: string,
  id: string,
  now: string,
): Promise<boolean> {
  const res = await db
    .updateTable('apiTokens')
    .set({ revokedAt: now })
    .where('id', '=', id)
    .where('accountId', '=', accountId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
