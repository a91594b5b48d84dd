/**
 * Staff accounts, created by operators from the CLI. (Sign-in with TOTP and the staff console
 * build on this.)
 */
import { randomBytes } from 'node:crypto';
import { hash as argonHash } from '@node-rs/argon2';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/client.js';
import { findAccountByEmail, insertAccount } from '../db/repositories/accounts.js';
import { DomainError, validationFailed } from '../domain/errors.js';
import type { AccountRole } from '../policies/actor.js';
import { normalizeEmail } from './account.service.js';

export const STAFF_ROLES = [
  'triager',
  'case-manager',
  'program-admin',
  'admin',
  'auditor',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export async function countStaff(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '<>', 'researcher')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Creates a staff account with a random initial password, returned once to the operator. */
export async function addStaffUser(
  db: Db,
  input: { email: string; role: string },
  now: Date,
): Promise<{ id: string; email: string; role: AccountRole; password: string }> {
  if (!(STAFF_ROLES as readonly string[]).includes(input.role)) {
    throw validationFailed([{ path: 'role', message: `must be one of ${STAFF_ROLES.join(', ')}` }]);
  }
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw validationFailed([{ path: 'email', message: 'is not an e-mail address' }]);
  }
  if ((await findAccountByEmail(db.kysely, email)) !== undefined) {
    throw new DomainError('conflict', `an account for ${email} exists already`);
  }
  const password = randomBytes(18).toString('base64url');
  const id = uuidv7();
  try {
    await insertAccount(db.kysely, {
      id,
      email,
      passwordHash: await argonHash(password),
      name: null,
      role: input.role,
      emailVerifiedAt: now.toISOString(),
      createdAt: now.toISOString(),
    });
  } catch (err) {
    // Another process created the same address between the check above and this insert.
    if (isUniqueViolation(err)) {
      throw new DomainError('conflict', `an account for ${email} exists already`);
    }
    throw err;
  }
  return { id, email, role: input.role as AccountRole, password };
}

/** A unique-constraint violation on either dialect (PostgreSQL 23505, SQLite's extended code). */
function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
