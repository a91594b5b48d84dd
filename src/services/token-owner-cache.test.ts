import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenOwner } from '../db/repositories/accounts.js';
import { totpSecretBox } from '../crypto/secret-box.js';
import { hashToken } from '../crypto/tokens.js';
import { createTestDb, type TestDb } from '../../test/helpers/db.js';
import { AccountService, issueApiToken } from './account.service.js';
import { StaffService } from './staff.service.js';
import { TOKEN_OWNER_TTL_MS, TokenOwnerCache } from './token-owner-cache.js';

const owner = (tokenId: string): TokenOwner => ({
  tokenId,
  accountId: `account-${tokenId}`,
  email: `${tokenId}@example.com`,
  role: 'triager',
  lastUsedAt: null,
});

/** A monotonic clock the test moves by hand. */
function fakeMonotonic(): { now: () => number; advance: (ms: number) => void } {
  let t = 1_000;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('TokenOwnerCache', () => {
  it('keeps an owner for the TTL, then forgets it', () => {
    const clock = fakeMonotonic();
    const cache = new TokenOwnerCache(clock.now, 5_000);
    cache.remember('h1', owner('t1'), cache.generation());
    expect(cache.get('h1')).toMatchObject({ tokenId: 't1' });
    clock.advance(4_999);
    expect(cache.get('h1')).toMatchObject({ tokenId: 't1' });
    clock.advance(1);
    expect(cache.get('h1')).toBeUndefined();
  });

  it('refuses an answer read before a clear: the lookup may have seen the old state', () => {
    const cache = new TokenOwnerCache(fakeMonotonic().now);
    const generation = cache.generation();
    cache.clear(); // a revocation committed while the lookup was reading
    cache.remember('h1', owner('t1'), generation);
    expect(cache.get('h1')).toBeUndefined();
    cache.remember('h1', owner('t1'), cache.generation());
    expect(cache.get('h1')).toBeDefined();
    cache.clear();
    expect(cache.get('h1')).toBeUndefined();
  });

  it('drops the oldest entry beyond its capacity', () => {
    const cache = new TokenOwnerCache(fakeMonotonic().now, 5_000, 2);
    for (const h of ['h1', 'h2', 'h3']) cache.remember(h, owner(h), cache.generation());
    expect(cache.get('h1')).toBeUndefined();
    expect(cache.get('h2')).toBeDefined();
    expect(cache.get('h3')).toBeDefined();
  });
});

describe('API token resolution with the cache', () => {
  let testDb: TestDb;
  let accounts: AccountService;
  let staff: StaffService;
  const clock = fakeMonotonic();
  const now = new Date('2026-03-02T09:00:00.000Z');
  const totpSecrets = totpSecretBox(Buffer.alloc(32, 7));

  beforeAll(async () => {
    testDb = await createTestDb();
    const tokenOwners = new TokenOwnerCache(clock.now);
    const deps = { db: testDb.db, clock: () => now, publicUrl: 'https://vulndesk.test' };
    accounts = new AccountService({ ...deps, totpSecrets, tokenOwners });
    staff = new StaffService({ ...deps, totpSecrets, tokenOwners });
  });
  afterAll(async () => {
    await testDb.dispose();
  });

  async function staffToken(email: string): Promise<{ accountId: string; token: string }> {
    const { user } = await staff.addUser({ email, role: 'triager' });
    const issued = await testDb.db.kysely.transaction().execute((trx) =>
      issueApiToken(trx, {
        accountId: user.id,
        name: 'ci',
        now: now.toISOString(),
        auditActor: 'cli',
      }),
    );
    return { accountId: user.id, token: issued.token };
  }

  it('sees a revocation made by another process (the CLI) within the TTL', async () => {
    const { token } = await staffToken('cli-revoked@psirt.example.com');
    expect((await accounts.resolve(token, undefined)).invalid).toBe(false);
    // Another process revokes it: this one does not hear of it…
    await testDb.db.kysely
      .updateTable('apiTokens')
      .set({ revokedAt: now.toISOString() })
      .where('tokenHash', '=', hashToken(token))
      .execute();
    clock.advance(TOKEN_OWNER_TTL_MS - 1);
    expect((await accounts.resolve(token, undefined)).invalid).toBe(false);
    // …until the entry expires.
    clock.advance(1);
    expect(await accounts.resolve(token, undefined)).toMatchObject({ invalid: true });
  });

  it('refuses a token at once when this process disables its account or revokes it', async () => {
    const a = await staffToken('disabled@psirt.example.com');
    expect((await accounts.resolve(a.token, undefined)).invalid).toBe(false);
    const { user: admin } = await staff.addUser({
      email: 'admin@psirt.example.com',
      role: 'admin',
    });
    const byAdmin = {
      kind: 'account',
      accountId: admin.id,
      email: admin.email,
      role: 'admin',
      via: 'session',
    } as const;
    await staff.updateUser(byAdmin, a.accountId, { disabled: true });
    expect(await accounts.resolve(a.token, undefined)).toMatchObject({ invalid: true });

    const b = await staffToken('revoked@psirt.example.com');
    const resolved = await accounts.resolve(b.token, undefined);
    expect(resolved.actor).toMatchObject({ kind: 'account', accountId: b.accountId });
    const [view] = await accounts.listApiTokens(resolved.actor);
    await accounts.revokeApiToken(resolved.actor, view?.id ?? '');
    expect(await accounts.resolve(b.token, undefined)).toMatchObject({ invalid: true });
  });
});
