/**
 * Staff accounts: created by operators from the CLI without a usable password, they enrol through
 * a one-time link (set a password, scan the TOTP secret, confirm a code). A reset disables the
 * password and the authenticator and sends a new link. Every step is audited.
 */
import { hash as argonHash } from '@node-rs/argon2';
import { uuidv7 } from 'uuidv7';
import type { Kysely } from 'kysely';
import type { Db } from '../db/client.js';
import type { Database } from '../db/schema.js';
import {
  deleteSessionsOf,
  findAccountByEmail,
  insertAccount,
  setPasswordHash,
} from '../db/repositories/accounts.js';
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
import { DomainError, validationFailed } from '../domain/errors.js';
import { isStaffRole, STAFF_ROLES, type StaffRole } from '../domain/staff/roles.js';
import {
  hasUsablePassword,
  issueApiToken,
  MIN_PASSWORD_LENGTH,
  NO_PASSWORD,
  normalizeEmail,
  totpSecretContext,
  type TokenView,
} from './account.service.js';

export { STAFF_ROLES, type StaffRole } from '../domain/staff/roles.js';

export const ENROLMENT_TTL_MS = 72 * 3_600_000;
export const MAX_TOKEN_NAME_LENGTH = 100;

export interface StaffServiceDeps {
  db: Db;
  clock: () => Date;
  publicUrl: string;
  /** Seals the TOTP secrets of staff accounts. */
  totpSecrets: SecretBox;
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

/** Who did it, as the audit log names it: `cli`, `system` or an account id. */
type AuditActor = string;

export async function countStaff(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '<>', 'researcher')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const invalidLink = (path: string): DomainError =>
  validationFailed([{ path, message: 'is unknown, used or expired: ask an admin for a new link' }]);

export class StaffService {
  constructor(private readonly deps: StaffServiceDeps) {}

  /** Creates a staff account without a usable password and answers its enrolment link. */
  async addUser(
    input: { email: string; role: string },
    by: AuditActor = 'cli',
  ): Promise<StaffAccount & { enrolment: EnrolmentLink }> {
    if (!isStaffRole(input.role)) {
      throw validationFailed([
        { path: 'role', message: `must be one of ${STAFF_ROLES.join(', ')}` },
      ]);
    }
    const role = input.role;
    const email = normalizeEmail(input.email);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw validationFailed([{ path: 'email', message: 'is not an e-mail address' }]);
    }
    const exists = () => new DomainError('conflict', `an account for ${email} exists already`);
    if ((await findAccountByEmail(this.deps.db.kysely, email)) !== undefined) throw exists();
    const now = this.deps.clock().toISOString();
    const id = uuidv7();
    try {
      const enrolment = await this.deps.db.kysely.transaction().execute(async (trx) => {
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
        return this.openEnrolment(trx, id, now);
      });
      return { id, email, role, enrolment };
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
    input: { email: string },
    by: AuditActor = 'cli',
  ): Promise<StaffAccount & { enrolment: EnrolmentLink; sessionsEnded: number }> {
    const account = await this.findStaff(input.email);
    const now = this.deps.clock().toISOString();
    return this.deps.db.kysely.transaction().execute(async (trx) => {
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
      return { id: account.id, email: account.email, role: account.role, enrolment, sessionsEnded };
    });
  }

  /** An API token for a staff account, made by an operator (e.g. for automation). */
  async createToken(
    input: { email: string; name: string },
    by: AuditActor = 'cli',
  ): Promise<TokenView & { token: string; email: string }> {
    const name = input.name.trim();
    if (name === '' || name.length > MAX_TOKEN_NAME_LENGTH) {
      throw validationFailed([
        { path: 'name', message: `must be 1 to ${MAX_TOKEN_NAME_LENGTH} characters` },
      ]);
    }
    const account = await this.findStaff(input.email);
    const now = this.deps.clock().toISOString();
    const created = await this.deps.db.kysely
      .transaction()
      .execute((trx) => issueApiToken(trx, { accountId: account.id, name, now, auditActor: by }));
    return { ...created, email: account.email };
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
    if ([...input.password].length < MIN_PASSWORD_LENGTH) {
      throw validationFailed([
        { path: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` },
      ]);
    }
    const now = this.deps.clock();
    const tokenHash = hashToken(input.token);
    const open = await findOpenStaffEnrolment(this.deps.db.kysely, tokenHash, now.toISOString());
    if (open === undefined || !isStaffRole(open.role)) throw invalidLink('token');
    const role = open.role;
    const secret = this.deps.totpSecrets.open(open.secretEnc, totpSecretContext(open.accountId));
    const check = await checkTotp({ secret, code: input.totp, now, lastStep: null });
    if (!check.ok) {
      throw validationFailed([
        { path: 'totp', message: 'is not the current code of the authenticator app' },
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

  private async findStaff(rawEmail: string): Promise<StaffAccount & { passwordHash: string }> {
    const email = normalizeEmail(rawEmail);
    const account = await findAccountByEmail(this.deps.db.kysely, email);
    if (account === undefined || !isStaffRole(account.role)) {
      throw new DomainError('not-found', `there is no staff account for ${email}`);
    }
    return { id: account.id, email, role: account.role, passwordHash: account.passwordHash };
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
