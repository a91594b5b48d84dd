/**
 * Researcher accounts: registration with e-mail verification, sign-in sessions, API tokens,
 * and resolving the credentials a request carries into an Actor.
 */
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/client.js';
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
  revokeApiToken,
  touchApiToken,
} from '../db/repositories/accounts.js';
import { findReportRefByTrackingHash } from '../db/repositories/reports.js';
import { enqueueOutbox } from '../db/repositories/outbox.js';
import { isUniqueViolation } from '../db/errors.js';
import { hashToken, issueToken, tokenKindOf } from '../crypto/tokens.js';
import { DomainError, notFound, validationFailed } from '../domain/errors.js';
import type { AccountRole, Actor } from '../policies/actor.js';
import { ANONYMOUS } from '../policies/actor.js';

export const SESSION_TTL_MS = 7 * 24 * 3_600_000;
export const VERIFICATION_TTL_MS = 48 * 3_600_000;
export const MIN_PASSWORD_LENGTH = 12;

export interface AccountServiceDeps {
  db: Db;
  clock: () => Date;
  publicUrl: string;
}

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
    if ([...input.password].length < MIN_PASSWORD_LENGTH) {
      throw validationFailed([
        { path: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` },
      ]);
    }
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
      throw validationFailed([{ path: 'token', message: 'is unknown, used or expired' }]);
    }
  }

  async signIn(input: { email: string; password: string }): Promise<SessionGrant> {
    const db = this.deps.db.kysely;
    const account = await findAccountByEmail(db, normalizeEmail(input.email));
    const ok = await argonVerify(
      account?.passwordHash ?? (await dummyPasswordHash()),
      input.password,
    );
    if (account === undefined || !ok) {
      throw new DomainError('unauthorized', 'the e-mail address or the password is wrong');
    }
    if (account.emailVerifiedAt === null) {
      throw new DomainError(
        'forbidden',
        'confirm your e-mail address first: follow the link we sent you',
      );
    }
    const now = this.deps.clock();
    const session = issueToken('session');
    const csrf = issueToken('csrf');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
    await insertSession(db, {
      idHash: session.hash,
      accountId: account.id,
      csrfToken: csrf.token,
      createdAt: now.toISOString(),
      expiresAt,
    });
    return {
      sessionId: session.token,
      csrfToken: csrf.token,
      expiresAt,
      account: { id: account.id, email: account.email, role: account.role as AccountRole },
    };
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
        const owner = await findApiTokenOwner(db, hashToken(bearer));
        if (owner === undefined) return { actor: ANONYMOUS, invalid: true };
        await touchApiToken(db, owner.tokenId, now);
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
      if (s === undefined) return { actor: ANONYMOUS, invalid: true };
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
    const issued = issueToken('api');
    const row = {
      id: uuidv7(),
      accountId,
      name,
      tokenHash: issued.hash,
      prefix: issued.token.slice(0, 10),
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    };
    await insertApiToken(this.deps.db.kysely, row);
    return {
      id: row.id,
      name,
      prefix: row.prefix,
      createdAt: now,
      lastUsedAt: null,
      token: issued.token,
    };
  }

  async listApiTokens(actor: Actor): Promise<TokenView[]> {
    const rows = await listApiTokens(this.deps.db.kysely, requireAccount(actor));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      prefix: r.prefix,
      createdAt: r.createdAt,
      lastUsedAt: r.lastUsedAt,
    }));
  }

  async revokeApiToken(actor: Actor, id: string): Promise<void> {
    const now = this.deps.clock().toISOString();
    const done = await revokeApiToken(this.deps.db.kysely, requireAccount(actor), id, now);
    if (!done) throw notFound('token');
  }
}

export function requireAccount(actor: Actor): string {
  if (actor.kind !== 'account')
    throw new DomainError('unauthorized', 'sign in or send an API token');
  return actor.accountId;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
