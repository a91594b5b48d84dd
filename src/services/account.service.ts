/**
 * Accounts: researcher registration with e-mail verification, sign-in sessions (staff with a
 * TOTP code as well), API tokens, and resolving the credentials a request carries into an Actor.
 */
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { uuidv7 } from 'uuidv7';
import type { Kysely } from 'kysely';
import type { Db } from '../db/client.js';
import type { Database } from '../db/schema.js';
import {
  consumeEmailVerification,
  deleteSession,
  findAccountByEmail,
  findApiTokenOwner,
  findSession,
  insertAccount,
  insertApiToken,
  insertEmailVerification,
  insertSession,
  listApiTokens,
  recordSignIn,
  revokeApiToken,
  touchApiToken,
} from '../db/repositories/accounts.js';
import { findReportRefByTrackingHash } from '../db/repositories/reports.js';
import { enqueueOutbox } from '../db/repositories/outbox.js';
import { appendAudit } from '../db/repositories/audit-log.js';
import { advanceTotpStep, findStaffTotp } from '../db/repositories/staff.js';
import { isUniqueViolation } from '../db/errors.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { hashToken, issueToken, tokenKindOf } from '../crypto/tokens.js';
import { checkTotp } from '../crypto/totp.js';
import { DomainError, notFound, validationFailed } from '../domain/errors.js';
import { isStaffRole } from '../domain/staff/roles.js';
import type { AccountRole, Actor } from '../policies/actor.js';
import { ANONYMOUS } from '../policies/actor.js';
import type { TokenOwnerCache } from './token-owner-cache.js';

export const SESSION_TTL_MS = 7 * 24 * 3_600_000;
export const VERIFICATION_TTL_MS = 48 * 3_600_000;
export const MIN_PASSWORD_LENGTH = 12;

/** Refuses a password of fewer than `MIN_PASSWORD_LENGTH` characters (code points). */
export function requirePasswordLength(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw validationFailed([
      {
        path: 'password',
        message: `must be at least ${MIN_PASSWORD_LENGTH} characters`,
        rule: 'too-short',
        limit: MIN_PASSWORD_LENGTH,
      },
    ]);
  }
}
/**
 * How stale a token's `last_used_at` may get before a request records it again. Writing it on
 * every request made every read with a token a write: a durable commit (an fsync on SQLite, a
 * WAL flush and a lock on the token's row on PostgreSQL) in front of every queue page.
 */
export const TOKEN_USE_RESOLUTION_MS = 60_000;

/** True when a use at `now` should be written: never recorded, or recorded too long ago. */
export function tokenUseIsNews(lastUsedAt: string | null, now: string): boolean {
  return lastUsedAt === null || Date.parse(now) - Date.parse(lastUsedAt) >= TOKEN_USE_RESOLUTION_MS;
}
/**
 * The password hash of an account that has no usable password (a staff account before enrolment
 * or after a reset). It is not an argon2 hash, so no password matches it.
 */
export const NO_PASSWORD = '!';

export interface AccountServiceDeps {
  db: Db;
  clock: () => Date;
  publicUrl: string;
  /** Opens the sealed TOTP secrets of staff accounts. */
  totpSecrets: SecretBox;
  /** API token owners resolved recently (cleared by every change to tokens or accounts). */
  tokenOwners: TokenOwnerCache;
}

export interface SignInInput {
  email: string;
  password: string;
  /** The current code of the authenticator app: required for staff, ignored for researchers. */
  totp?: string;
}

/** Why a staff sign-in failed, as the audit log records it. */
export type SignInFailure = 'password' | 'not-enrolled' | 'disabled' | 'totp-missing' | 'totp';

export interface SessionGrant {
  /** The raw session id for the cookie; only its hash is stored. */
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
  account: { id: string; email: string; role: AccountRole };
}

export interface TokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface ResolvedCredentials {
  actor: Actor;
  /** Set when the request carried credentials that are wrong, expired or revoked. */
  invalid: boolean;
  /** The CSRF token of the session, when the actor came from a session cookie. */
  csrfToken?: string;
  /** When that session ends. */
  sessionExpiresAt?: string;
}

// A valid argon2id hash of a random string: verifying against it costs the same as a real one,
// so sign-in takes as long for an unknown address as for a wrong password. It is computed when
// the service starts, so not even the first unknown address pays for hashing it.
let dummyHash: Promise<string> | undefined;
const dummyPasswordHash = (): Promise<string> => {
  if (dummyHash === undefined) {
    dummyHash = argonHash(issueToken('verify').token);
    dummyHash.catch(() => {
      dummyHash = undefined; // try again on the next sign-in
    });
  }
  return dummyHash;
};

const outboxRow = (kind: string, payload: object, now: string) => ({
  id: uuidv7(),
  kind,
  payload: JSON.stringify(payload),
  createdAt: now,
  availableAt: now,
  lastError: null,
  deliveredAt: null,
  leaseUntil: null,
});

export class AccountService {
  constructor(private readonly deps: AccountServiceDeps) {
    void dummyPasswordHash();
  }

  /**
   * Registers a researcher and sends a verification link. An address that is already registered
   * gets a notice instead; the answer is the same either way, so addresses cannot be probed.
   */
  async register(input: { email: string; password: string; name?: string }): Promise<void> {
    const email = normalizeEmail(input.email);
    requirePasswordLength(input.password);
    const now = this.deps.clock().toISOString();
    const passwordHash = await argonHash(input.password);
    const verify = issueToken('verify');
    try {
      await this.createAccount(email, passwordHash, input.name, verify, now);
    } catch (err) {
      // Two registrations of one address at the same moment: the loser is told like any repeat.
      if (!isUniqueViolation(err)) throw err;
      await this.createAccount(email, passwordHash, input.name, verify, now);
    }
  }

  private async createAccount(
    email: string,
    passwordHash: string,
    name: string | undefined,
    verify: { token: string; hash: string },
    now: string,
  ): Promise<void> {
    await this.deps.db.kysely.transaction().execute(async (trx) => {
      const existing = await findAccountByEmail(trx, email);
      if (existing !== undefined) {
        await enqueueOutbox(
          trx,
          outboxRow(
            'mail.account-exists',
            { to: email, signInUrl: `${this.deps.publicUrl}/account` },
            now,
          ),
        );
        return;
      }
      const id = uuidv7();
      await insertAccount(trx, {
        id,
        email,
        passwordHash,
        name: name ?? null,
        role: 'researcher',
        emailVerifiedAt: null,
        createdAt: now,
      });
      await insertEmailVerification(trx, {
        tokenHash: verify.hash,
        accountId: id,
        expiresAt: new Date(Date.parse(now) + VERIFICATION_TTL_MS).toISOString(),
      });
      await enqueueOutbox(
        trx,
        outboxRow(
          'mail.account-verification',
          {
            to: email,
            verifyUrl: `${this.deps.publicUrl}/account/verify?token=${encodeURIComponent(verify.token)}`,
            token: verify.token,
          },
          now,
        ),
      );
    });
  }

  async verifyEmail(token: string): Promise<void> {
    const now = this.deps.clock().toISOString();
    const accountId = await this.deps.db.kysely
      .transaction()
      .execute((trx) => consumeEmailVerification(trx, hashToken(token), now));
    if (accountId === undefined) {
      throw validationFailed([
        { path: 'token', message: 'is unknown, used or expired', rule: 'invalid-link' },
      ]);
    }
  }

  /**
   * Signs in with e-mail address and password, plus the authenticator's code for staff. A wrong
   * code answers exactly like a wrong password; a missing code (after a right password) answers
   * `totp-required` so the client can ask for it. Staff failures are audited.
   */
  async signIn(
    input: SignInInput,
    context: { clientAddress?: string } = {},
  ): Promise<SessionGrant> {
    const db = this.deps.db.kysely;
    const account = await findAccountByEmail(db, normalizeEmail(input.email));
    const usable = account !== undefined && hasUsablePassword(account.passwordHash);
    const ok = await argonVerify(
      usable ? account.passwordHash : await dummyPasswordHash(),
      input.password,
    );
    const staff = account !== undefined && isStaffRole(account.role);
    const fail = async (reason: SignInFailure, error = wrongCredentials()): Promise<never> => {
      if (account !== undefined && staff) {
        await this.auditSignInFailure(account.id, reason, context.clientAddress);
      }
      throw error;
    };
    if (account === undefined || !usable || !ok) {
      return fail(usable || !staff ? 'password' : 'not-enrolled');
    }
    if (account.emailVerifiedAt === null) {
      throw new DomainError(
        'forbidden',
        'confirm your e-mail address first: follow the link we sent you',
      );
    }
    if (account.disabledAt !== null) {
      return fail(
        'disabled',
        new DomainError('forbidden', 'this account is disabled: ask an administrator'),
      );
    }
    const now = this.deps.clock();
    let totpStep: number | undefined;
    if (staff) {
      const totp = await findStaffTotp(db, account.id);
      if (totp === undefined) return fail('not-enrolled');
      if (input.totp === undefined) {
        return fail(
          'totp-missing',
          new DomainError('totp-required', 'enter the code from your authenticator app', [
            { path: 'totp', message: 'is required for staff accounts', rule: 'required' },
          ]),
        );
      }
      const secret = this.deps.totpSecrets.open(totp.secretEnc, totpSecretContext(account.id));
      const check = await checkTotp({ secret, code: input.totp, now, lastStep: totp.lastStep });
      if (!check.ok) return fail('totp');
      totpStep = check.step;
    }
    const session = issueToken('session');
    const csrf = issueToken('csrf');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
    const started = await db.transaction().execute(async (trx) => {
      // Of two sign-ins with the same code, only the first records its step; the other fails.
      if (totpStep !== undefined && !(await advanceTotpStep(trx, account.id, totpStep))) {
        return false;
      }
      await insertSession(trx, {
        idHash: session.hash,
        accountId: account.id,
        csrfToken: csrf.token,
        createdAt: now.toISOString(),
        expiresAt,
        totpVerifiedAt: totpStep !== undefined ? now.toISOString() : null,
      });
      await recordSignIn(trx, account.id, now.toISOString());
      if (staff) {
        await appendAudit(trx, {
          at: now.toISOString(),
          actor: account.id,
          action: 'session.staff-signed-in',
          target: `account:${account.id}`,
          diff: { address: [null, context.clientAddress ?? null] },
        });
      }
      return true;
    });
    if (!started) return fail('totp');
    return {
      sessionId: session.token,
      csrfToken: csrf.token,
      expiresAt,
      account: { id: account.id, email: account.email, role: account.role as AccountRole },
    };
  }

  private async auditSignInFailure(
    accountId: string,
    reason: SignInFailure,
    clientAddress: string | undefined,
  ): Promise<void> {
    await this.deps.db.kysely.transaction().execute((trx) =>
      appendAudit(trx, {
        at: this.deps.clock().toISOString(),
        actor: 'anonymous',
        action: 'session.sign-in-failed',
        target: `account:${accountId}`,
        diff: { reason: [null, reason], address: [null, clientAddress ?? null] },
      }),
    );
  }

  async signOut(sessionId: string): Promise<void> {
    await deleteSession(this.deps.db.kysely, hashToken(sessionId));
  }

  /** Turns a bearer token and/or session cookie into the caller. Bearer wins over the cookie. */
  async resolve(
    bearer: string | undefined,
    sessionId: string | undefined,
  ): Promise<ResolvedCredentials> {
    const db = this.deps.db.kysely;
    const now = this.deps.clock().toISOString();
    if (bearer !== undefined) {
      const kind = tokenKindOf(bearer);
      if (kind === 'tracking') {
        const ref = await findReportRefByTrackingHash(db, hashToken(bearer));
        return ref === undefined
          ? { actor: ANONYMOUS, invalid: true }
          : { actor: { kind: 'tracking', reportRef: ref }, invalid: false };
      }
      if (kind === 'api') {
        const tokenHash = hashToken(bearer);
        const { tokenOwners } = this.deps;
        let owner = tokenOwners.get(tokenHash);
        if (owner === undefined) {
          const generation = tokenOwners.generation();
          owner = await findApiTokenOwner(db, tokenHash);
          if (owner === undefined) return { actor: ANONYMOUS, invalid: true };
          tokenOwners.remember(tokenHash, owner, generation);
        }
        if (tokenUseIsNews(owner.lastUsedAt, now)) {
          await touchApiToken(db, owner.tokenId, now);
          owner.lastUsedAt = now; // also in the cached entry: the next touch is a minute away
        }
        return {
          actor: {
            kind: 'account',
            accountId: owner.accountId,
            email: owner.email,
            role: owner.role as AccountRole,
            via: 'token',
          },
          invalid: false,
        };
      }
      return { actor: ANONYMOUS, invalid: true };
    }
    if (sessionId !== undefined) {
      const s = await findSession(db, hashToken(sessionId), now);
      // A staff session is only good if its sign-in passed TOTP.
      if (s === undefined || (isStaffRole(s.role) && s.totpVerifiedAt === null)) {
        return { actor: ANONYMOUS, invalid: true };
      }
      return {
        actor: {
          kind: 'account',
          accountId: s.accountId,
          email: s.email,
          role: s.role as AccountRole,
          via: 'session',
        },
        invalid: false,
        csrfToken: s.csrfToken,
        sessionExpiresAt: s.expiresAt,
      };
    }
    return { actor: ANONYMOUS, invalid: false };
  }

  async createApiToken(actor: Actor, name: string): Promise<TokenView & { token: string }> {
    const accountId = requireAccount(actor);
    const now = this.deps.clock().toISOString();
    return this.deps.db.kysely
      .transaction()
      .execute((trx) => issueApiToken(trx, { accountId, name, now, auditActor: accountId }));
  }

  async listApiTokens(actor: Actor): Promise<TokenView[]> {
    return listTokenViews(this.deps.db.kysely, requireAccount(actor));
  }

  async revokeApiToken(actor: Actor, id: string): Promise<void> {
    const accountId = requireAccount(actor);
    const now = this.deps.clock().toISOString();
    await this.deps.db.kysely
      .transaction()
      .execute((trx) =>
        revokeApiTokenAudited(trx, { accountId, tokenId: id, now, auditActor: accountId }),
      );
    this.deps.tokenOwners.clear();
  }
}

/** The account's active tokens, newest first; never their secrets. */
export async function listTokenViews(
  db: Kysely<Database>,
  accountId: string,
): Promise<TokenView[]> {
  const rows = await listApiTokens(db, accountId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.createdAt,
    lastUsedAt: r.lastUsedAt,
  }));
}

/**
 * Revokes one of the account's tokens inside the caller's transaction and audits it; a token
 * that is unknown, someone else's or revoked already is not found.
 */
export async function revokeApiTokenAudited(
  trx: Kysely<Database>,
  input: { accountId: string; tokenId: string; now: string; auditActor: string },
): Promise<void> {
  if (!(await revokeApiToken(trx, input.accountId, input.tokenId, input.now))) {
    throw notFound('token');
  }
  await appendAudit(trx, {
    at: input.now,
    actor: input.auditActor,
    action: 'token.revoked',
    target: `token:${input.tokenId}`,
    diff: { revokedAt: [null, input.now] },
  });
}

/**
 * Creates an API token for an account inside the caller's transaction and audits it. The token
 * is in the answer only; the database keeps its SHA-256.
 */
export async function issueApiToken(
  trx: Kysely<Database>,
  input: { accountId: string; name: string; now: string; auditActor: string },
): Promise<TokenView & { token: string }> {
  const issued = issueToken('api');
  const row = {
    id: uuidv7(),
    accountId: input.accountId,
    name: input.name,
    tokenHash: issued.hash,
    prefix: issued.token.slice(0, 10),
    createdAt: input.now,
    lastUsedAt: null,
    revokedAt: null,
  };
  await insertApiToken(trx, row);
  await appendAudit(trx, {
    at: input.now,
    actor: input.auditActor,
    action: 'token.created',
    target: `token:${row.id}`,
    diff: {
      account: [null, input.accountId],
      name: [null, input.name],
      prefix: [null, row.prefix],
    },
  });
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: null,
    token: issued.token,
  };
}

/** The context a staff account's TOTP secret is sealed for (SecretBox). */
export function totpSecretContext(accountId: string): string {
  return `account:${accountId}`;
}

export function hasUsablePassword(passwordHash: string): boolean {
  return passwordHash !== NO_PASSWORD && passwordHash.startsWith('$argon2');
}

const wrongCredentials = (): DomainError =>
  new DomainError('unauthorized', 'the e-mail address, the password or the code is wrong');

export function requireAccount(actor: Actor): string {
  if (actor.kind !== 'account')
    throw new DomainError('unauthorized', 'sign in or send an API token');
  return actor.accountId;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
