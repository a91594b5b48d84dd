/**
 * Staff accounts: created by admins (console or API) or operators (CLI) without a usable
 * password, they enrol through a one-time link (set a password, scan the TOTP secret, confirm a
 * code). A reset disables the password and the authenticator and sends a new link. Admins also
 * change roles, disable and enable accounts, and manage staff API tokens. The CLI and the API
 * call the same methods: the CLI as the operator `'cli'`, the API as the signed-in admin. Every
 * step is audited.
 */
import { hash as argonHash } from '@node-rs/argon2';
import { uuidv7 } from 'uuidv7';
import type { Kysely } from 'kysely';
import type { Db } from '../db/client.js';
import type { Database } from '../db/schema.js';
import {
  deleteSessionsOf,
  findAccountByEmail,
  findAccountById,
  insertAccount,
  setPasswordHash,
} from '../db/repositories/accounts.js';
import {
  findStaffAccount,
  listStaffAccounts,
  lockEnabledAdmins,
  setAccountDisabled,
  setAccountRole,
  type StaffAccountRow,
} from '../db/repositories/staff-accounts.js';
import { appendAudit } from '../db/repositories/audit-log.js';
import {
  closeStaffEnrolments,
  consumeStaffEnrolment,
  deleteStaffTotp,
  findOpenStaffEnrolment,
  insertStaffEnrolment,
  saveStaffTotp,
} from '../db/repositories/staff.js';
import { isUniqueViolation } from '../db/errors.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { hashToken, issueToken } from '../crypto/tokens.js';
import { checkTotp, newTotpSecret, totpQrSvg, totpUri } from '../crypto/totp.js';
import type { AuditDiff } from '../domain/audit/chain.js';
import { DomainError, notFound, validationFailed } from '../domain/errors.js';
import { staffAccountStatus, type StaffAccountStatus } from '../domain/staff/account-status.js';
import { removesLastAdmin } from '../domain/staff/last-admin.js';
import { isStaffRole, STAFF_ROLES, type StaffRole } from '../domain/staff/roles.js';
import type { Actor } from '../policies/actor.js';
import { authorizeStaff, type StaffAction } from '../policies/staff.policy.js';
import {
  hasUsablePassword,
  issueApiToken,
  listTokenViews,
  NO_PASSWORD,
  normalizeEmail,
  requirePasswordLength,
  revokeApiTokenAudited,
  totpSecretContext,
  type TokenView,
} from './account.service.js';
import { auditActorOf } from './audit.service.js';
import type { TokenOwnerCache } from './token-owner-cache.js';

export { STAFF_ROLES, type StaffRole } from '../domain/staff/roles.js';

export const ENROLMENT_TTL_MS = 72 * 3_600_000;
export const MAX_TOKEN_NAME_LENGTH = 100;

export interface StaffServiceDeps {
  db: Db;
  clock: () => Date;
  publicUrl: string;
  /** Seals the TOTP secrets of staff accounts. */
  totpSecrets: SecretBox;
  /** The server's API token owners, cleared after every change to an account or token (none in the CLI). */
  tokenOwners?: TokenOwnerCache;
}

export interface EnrolmentLink {
  /** `${PUBLIC_URL}/console/enrol#<token>`: the token stays out of server logs. */
  url: string;
  expiresAt: string;
}

export interface StaffAccount {
  id: string;
  email: string;
  role: StaffRole;
}

export interface EnrolmentView {
  email: string;
  role: StaffRole;
  otpauthUri: string;
  qrSvg: string;
  expiresAt: string;
}

/** A staff account as admins see it. */
export interface StaffUserView extends StaffAccount {
  status: StaffAccountStatus;
  createdAt: string;
  lastSignInAt: string | null;
  disabledAt: string | null;
  tokenCount: number;
  enrolmentExpiresAt: string | null;
}

/** Who asks: an operator at the command line, or a caller of the API (authorized here). */
export type Operator = 'cli' | Actor;

/** Names a staff account: by address (the CLI) or by id (the API). */
export type StaffAccountKey = { email: string } | { id: string };

export interface StaffUserChange {
  role?: StaffRole;
  disabled?: boolean;
}

function userView(row: StaffAccountRow & { role: StaffRole }): StaffUserView {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: staffAccountStatus(row),
    createdAt: row.createdAt,
    lastSignInAt: row.lastSignInAt,
    disabledAt: row.disabledAt,
    tokenCount: row.tokenCount,
    enrolmentExpiresAt: row.enrolmentExpiresAt,
  };
}

const isStaffRow = (row: StaffAccountRow): row is StaffAccountRow & { role: StaffRole } =>
  isStaffRole(row.role);

async function readUser(db: Kysely<Database>, id: string, now: string): Promise<StaffUserView> {
  const row = await findStaffAccount(db, id, now);
  if (row === undefined || !isStaffRow(row)) throw notFound('staff account');
  return userView(row);
}

/**
 * Checks that the operator may take `action` and answers its name for the audit log. Actions
 * that hand out credentials (a new account's or a reset's enrolment link, an API token) need a
 * signed-in session: a leaked API token must not be able to mint credentials that outlive it.
 */
function authorizeOperator(
  by: Operator,
  action: StaffAction,
  { handsOutCredentials = false } = {},
): string {
  if (by === 'cli') return 'cli';
  authorizeStaff(by, action);
  if (handsOutCredentials && by.kind === 'account' && by.via !== 'session') {
    throw new DomainError(
      'forbidden',
      'sign in to the console to do this: an API token cannot hand out credentials',
    );
  }
  return auditActorOf(by);
}

const disabledConflict = (email: string): DomainError =>
  new DomainError('conflict', `the account ${email} is disabled: enable it first`);

export async function countStaff(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '<>', 'researcher')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const invalidLink = (path: string): DomainError =>
  validationFailed([
    {
      path,
      message: 'is unknown, used or expired: ask an admin for a new link',
      rule: 'invalid-link',
    },
  ]);

export class StaffService {
  constructor(private readonly deps: StaffServiceDeps) {}

  /** Creates a staff account without a usable password and answers its enrolment link. */
  async addUser(
    input: { email: string; role: string },
    operator: Operator = 'cli',
  ): Promise<StaffAccount & { enrolment: EnrolmentLink; user: StaffUserView }> {
    const by = authorizeOperator(operator, 'user.manage', { handsOutCredentials: true });
    if (!isStaffRole(input.role)) {
      throw validationFailed([
        { path: 'role', message: `must be one of ${STAFF_ROLES.join(', ')}`, rule: 'not-allowed' },
      ]);
    }
    const role = input.role;
    const email = normalizeEmail(input.email);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw validationFailed([
        { path: 'email', message: 'is not an e-mail address', rule: 'invalid-email' },
      ]);
    }
    const exists = () =>
      new DomainError('conflict', `an account for ${email} exists already`, [
        { path: 'email', message: 'belongs to an account already', rule: 'taken' },
      ]);
    if ((await findAccountByEmail(this.deps.db.kysely, email)) !== undefined) throw exists();
    const now = this.deps.clock().toISOString();
    const id = uuidv7();
    try {
      const created = await this.deps.db.kysely.transaction().execute(async (trx) => {
        await insertAccount(trx, {
          id,
          email,
          passwordHash: NO_PASSWORD,
          name: null,
          role,
          emailVerifiedAt: now,
          createdAt: now,
        });
        await appendAudit(trx, {
          at: now,
          actor: by,
          action: 'staff.added',
          target: `account:${id}`,
          diff: { email: [null, email], role: [null, role] },
        });
        const enrolment = await this.openEnrolment(trx, id, now);
        return { enrolment, user: await readUser(trx, id, now) };
      });
      return { id, email, role, ...created };
    } catch (err) {
      // Another process created the same address between the check above and this insert.
      if (isUniqueViolation(err)) throw exists();
      throw err;
    }
  }

  /**
   * For a lost authenticator: disables the password and the authenticator, ends the account's
   * sessions and open links, and answers a new enrolment link. API tokens stay valid (revoke
   * them separately when the account may be compromised).
   */
  async resetUser(
    input: StaffAccountKey,
    operator: Operator = 'cli',
  ): Promise<
    StaffAccount & { enrolment: EnrolmentLink; sessionsEnded: number; user: StaffUserView }
  > {
    const by = authorizeOperator(operator, 'user.manage', { handsOutCredentials: true });
    const account = await this.findStaff(input);
    if (account.disabledAt !== null) throw disabledConflict(account.email);
    const now = this.deps.clock().toISOString();
    const reset = await this.deps.db.kysely.transaction().execute(async (trx) => {
      const hadTotp = await deleteStaffTotp(trx, account.id);
      await setPasswordHash(trx, account.id, NO_PASSWORD);
      const sessionsEnded = await deleteSessionsOf(trx, account.id);
      await closeStaffEnrolments(trx, account.id, now);
      await appendAudit(trx, {
        at: now,
        actor: by,
        action: 'staff.reset',
        target: `account:${account.id}`,
        diff: {
          password: [hasUsablePassword(account.passwordHash) ? 'set' : 'none', 'none'],
          totp: [hadTotp ? 'enabled' : 'disabled', 'disabled'],
          sessions: [sessionsEnded, 0],
        },
      });
      const enrolment = await this.openEnrolment(trx, account.id, now);
      return {
        id: account.id,
        email: account.email,
        role: account.role,
        enrolment,
        sessionsEnded,
        user: await readUser(trx, account.id, now),
      };
    });
    this.deps.tokenOwners?.clear();
    return reset;
  }

  /** An API token for a staff account, made by an operator or an admin (e.g. for automation). */
  async createToken(
    input: StaffAccountKey & { name: string },
    operator: Operator = 'cli',
  ): Promise<TokenView & { token: string; email: string }> {
    const by = authorizeOperator(operator, 'user.token.manage', { handsOutCredentials: true });
    const name = input.name.trim();
    if (name === '' || name.length > MAX_TOKEN_NAME_LENGTH) {
      const message = `must be 1 to ${MAX_TOKEN_NAME_LENGTH} characters`;
      throw validationFailed([
        name === ''
          ? { path: 'name', message, rule: 'required' }
          : { path: 'name', message, rule: 'too-long', limit: MAX_TOKEN_NAME_LENGTH },
      ]);
    }
    const account = await this.findStaff(input);
    if (account.disabledAt !== null) throw disabledConflict(account.email);
    const now = this.deps.clock().toISOString();
    const created = await this.deps.db.kysely
      .transaction()
      .execute((trx) => issueApiToken(trx, { accountId: account.id, name, now, auditActor: by }));
    return { ...created, email: account.email };
  }

  /** Every staff account with its status, last sign-in and number of active tokens. */
  async listUsers(actor: Actor): Promise<StaffUserView[]> {
    authorizeOperator(actor, 'user.read');
    const rows = await listStaffAccounts(this.deps.db.kysely, this.deps.clock().toISOString());
    return rows.filter(isStaffRow).map(userView);
  }

  /**
   * Changes a staff account's role and/or disables or enables it. Disabling ends its sessions
   * and open enrolment links; its API tokens are refused while it stays disabled. The last
   * enabled admin can be neither demoted nor disabled.
   */
  async updateUser(actor: Actor, id: string, change: StaffUserChange): Promise<StaffUserView> {
    const by = authorizeOperator(actor, 'user.manage');
    if (change.role === undefined && change.disabled === undefined) {
      throw validationFailed([
        { path: 'role', message: 'give role, disabled or both' },
        { path: 'disabled', message: 'give role, disabled or both' },
      ]);
    }
    const at = this.deps.clock().toISOString();
    const updated = await this.deps.db.kysely.transaction().execute(async (trx) => {
      const admins = await lockEnabledAdmins(trx);
      const before = await findStaffAccount(trx, id, at);
      if (before === undefined || !isStaffRow(before)) throw notFound('staff account');
      if (removesLastAdmin(admins, id, change)) {
        const path = change.disabled === true ? 'disabled' : 'role';
        throw new DomainError(
          'conflict',
          'this is the last enabled admin: make another account admin first',
          [{ path, message: 'would leave no enabled admin', rule: 'last-admin' }],
        );
      }
      const target = `account:${id}`;
      if (change.role !== undefined && change.role !== before.role) {
        await setAccountRole(trx, id, change.role);
        await appendAudit(trx, {
          at,
          actor: by,
          action: 'staff.role-changed',
          target,
          diff: { role: [before.role, change.role] },
        });
      }
      const wasDisabled = before.disabledAt !== null;
      if (change.disabled === true && !wasDisabled) {
        await setAccountDisabled(trx, id, at);
        const sessionsEnded = await deleteSessionsOf(trx, id);
        await closeStaffEnrolments(trx, id, at);
        const diff: AuditDiff = { disabledAt: [null, at], sessions: [sessionsEnded, 0] };
        await appendAudit(trx, { at, actor: by, action: 'staff.disabled', target, diff });
      }
      if (change.disabled === false && wasDisabled) {
        await setAccountDisabled(trx, id, null);
        await appendAudit(trx, {
          at,
          actor: by,
          action: 'staff.enabled',
          target,
          diff: { disabledAt: [before.disabledAt, null] },
        });
      }
      return readUser(trx, id, at);
    });
    this.deps.tokenOwners?.clear();
    return updated;
  }

  /** The active API tokens of a staff account (never their secrets). */
  async listTokens(actor: Actor, accountId: string): Promise<TokenView[]> {
    authorizeOperator(actor, 'user.read');
    const account = await this.findStaff({ id: accountId });
    return listTokenViews(this.deps.db.kysely, account.id);
  }

  /** Revokes one API token of a staff account. */
  async revokeToken(actor: Actor, accountId: string, tokenId: string): Promise<void> {
    const by = authorizeOperator(actor, 'user.token.manage');
    const account = await this.findStaff({ id: accountId });
    const now = this.deps.clock().toISOString();
    await this.deps.db.kysely
      .transaction()
      .execute((trx) =>
        revokeApiTokenAudited(trx, { accountId: account.id, tokenId, now, auditActor: by }),
      );
    this.deps.tokenOwners?.clear();
  }

  /** What the enrolment page shows: the address, and the authenticator secret as URI and QR code. */
  async readEnrolment(token: string): Promise<EnrolmentView> {
    const now = this.deps.clock().toISOString();
    const open = await findOpenStaffEnrolment(this.deps.db.kysely, hashToken(token), now);
    if (open === undefined || !isStaffRole(open.role)) throw invalidLink('x-enrolment-token');
    const secret = this.deps.totpSecrets.open(open.secretEnc, totpSecretContext(open.accountId));
    const otpauthUri = totpUri(open.email, secret);
    return {
      email: open.email,
      role: open.role,
      otpauthUri,
      qrSvg: await totpQrSvg(otpauthUri),
      expiresAt: open.expiresAt,
    };
  }

  /**
   * Sets the password and enables the authenticator once its current code is confirmed; the
   * link is used up. The code used here cannot sign in: sign in with the next one.
   */
  async completeEnrolment(input: {
    token: string;
    password: string;
    totp: string;
  }): Promise<StaffAccount> {
    requirePasswordLength(input.password);
    const now = this.deps.clock();
    const tokenHash = hashToken(input.token);
    const open = await findOpenStaffEnrolment(this.deps.db.kysely, tokenHash, now.toISOString());
    if (open === undefined || !isStaffRole(open.role)) throw invalidLink('token');
    const role = open.role;
    const secret = this.deps.totpSecrets.open(open.secretEnc, totpSecretContext(open.accountId));
    const check = await checkTotp({ secret, code: input.totp, now, lastStep: null });
    if (!check.ok) {
      throw validationFailed([
        {
          path: 'totp',
          message: 'is not the current code of the authenticator app',
          rule: 'wrong-code',
        },
      ]);
    }
    const passwordHash = await argonHash(input.password);
    const at = now.toISOString();
    await this.deps.db.kysely.transaction().execute(async (trx) => {
      // The link may have been used (or reset) while the password was being hashed.
      if (!(await consumeStaffEnrolment(trx, tokenHash, at))) throw invalidLink('token');
      await setPasswordHash(trx, open.accountId, passwordHash);
      await saveStaffTotp(trx, {
        accountId: open.accountId,
        secretEnc: open.secretEnc,
        enabledAt: at,
        lastStep: check.step,
      });
      await closeStaffEnrolments(trx, open.accountId, at);
      await appendAudit(trx, {
        at,
        actor: open.accountId,
        action: 'staff.enrolled',
        target: `account:${open.accountId}`,
        diff: { password: ['none', 'set'], totp: ['disabled', 'enabled'] },
      });
    });
    return { id: open.accountId, email: open.email, role };
  }

  private async findStaff(
    key: StaffAccountKey,
  ): Promise<StaffAccount & { passwordHash: string; disabledAt: string | null }> {
    const db = this.deps.db.kysely;
    const account =
      'email' in key
        ? await findAccountByEmail(db, normalizeEmail(key.email))
        : await findAccountById(db, key.id);
    if (account === undefined || !isStaffRole(account.role)) {
      throw 'email' in key
        ? new DomainError('not-found', `there is no staff account for ${normalizeEmail(key.email)}`)
        : notFound('staff account');
    }
    return {
      id: account.id,
      email: account.email,
      role: account.role,
      passwordHash: account.passwordHash,
      disabledAt: account.disabledAt,
    };
  }

  /** A new link with a new TOTP secret (sealed), valid for 72 hours. */
  private async openEnrolment(
    trx: Kysely<Database>,
    accountId: string,
    now: string,
  ): Promise<EnrolmentLink> {
    const link = issueToken('enrol');
    const expiresAt = new Date(Date.parse(now) + ENROLMENT_TTL_MS).toISOString();
    await insertStaffEnrolment(trx, {
      tokenHash: link.hash,
      accountId,
      secretEnc: this.deps.totpSecrets.seal(newTotpSecret(), totpSecretContext(accountId)),
      createdAt: now,
      expiresAt,
    });
    return { url: `${this.deps.publicUrl}/console/enrol#${link.token}`, expiresAt };
  }
}
