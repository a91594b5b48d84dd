import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../crypto/tokens.js';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const PASSWORD = 'correct horse battery staple';

// Registration is rate-limited per client address (10 per hour); each call comes from its own
// address unless a test says otherwise, so tests do not spend each other's allowance.
let nextHost = 1;
const freshAddress = (): string => `10.1.${Math.floor(nextHost / 250)}.${(nextHost++ % 250) + 1}`;

function register(body: Record<string, unknown>, remoteAddress = freshAddress()) {
  return app.inject({ method: 'POST', url: '/api/v1/accounts', payload: body, remoteAddress });
}

function verify(token: unknown) {
  return app.inject({ method: 'POST', url: '/api/v1/accounts/verify', payload: { token } });
}

interface MailPayload {
  to: string;
  token?: string;
  verifyUrl?: string;
  signInUrl?: string;
}

async function mails(kind: string, to: string): Promise<MailPayload[]> {
  const rows = await app.testDb.db.kysely
    .selectFrom('outbox')
    .select(['payload'])
    .where('kind', '=', kind)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  return rows.map((r) => JSON.parse(r.payload) as MailPayload).filter((p) => p.to === to);
}

async function verificationToken(email: string): Promise<string> {
  const [mail] = await mails('mail.account-verification', email);
  if (mail?.token === undefined) throw new Error(`no verification mail for ${email}`);
  return mail.token;
}

function account(email: string) {
  return app.testDb.db.kysely
    .selectFrom('accounts')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
}

describe('authentication', () => {
  it('lets anonymous callers register and verify', async () => {
    const res = await register({ email: 'anon@example.org', password: PASSWORD });
    expect(res.statusCode).toBe(202);
    const ok = await verify(await verificationToken('anon@example.org'));
    expect(ok.statusCode).toBe(200);
  });

  it('asks a signed-in browser for its CSRF token like any state-changing request', async () => {
    await register({ email: 'csrf-reg@example.org', password: PASSWORD });
    await verify(await verificationToken('csrf-reg@example.org'));
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'csrf-reg@example.org', password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = signIn.cookies.find((c) => c.name === 'vd_session');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: { email: 'csrf-other@example.org', password: PASSWORD },
      cookies: { vd_session: cookie?.value ?? '' },
      remoteAddress: freshAddress(),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'csrf-failed' });
    expect(await account('csrf-other@example.org')).toBeUndefined();
  });
});

describe('bad input', () => {
  it('rejects a password shorter than 12 characters, naming the field', async () => {
    const res = await register({ email: 'short@example.org', password: 'elevenchars' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json<{ code: string; errors: { path: string }[] }>();
    expect(body.code).toBe('validation-failed');
    expect(body.errors.map((e) => e.path)).toEqual(['password']);
    expect(await account('short@example.org')).toBeUndefined();
  });

  it('counts characters, not bytes: 11 accented letters are too short', async () => {
    const res = await register({ email: 'accents@example.org', password: 'ééééééééééé' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('password');
  });

  it('rejects an address that is not an e-mail address', async () => {
    const res = await register({ email: 'not-an-address', password: PASSWORD });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; errors: { path: string }[] }>();
    expect(body.code).toBe('validation-failed');
    expect(body.errors.map((e) => e.path)).toEqual(['email']);
  });

  it('names every missing field', async () => {
    const res = await register({});
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths.sort()).toEqual(['email', 'password']);
  });

  it('rejects unknown fields', async () => {
    const res = await register({
      email: 'unknown@example.org',
      password: PASSWORD,
      role: 'admin',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; errors: { path: string; message: string }[] }>();
    expect(body.code).toBe('unknown-field');
    expect(body.errors).toEqual([
      { path: 'role', message: 'is not a known field', rule: 'unknown-field' },
    ]);
    expect(await account('unknown@example.org')).toBeUndefined();
  });

  it('rejects a verification token that was never issued', async () => {
    const res = await verify('vdv_' + 'A'.repeat(43));
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; errors: { path: string }[] }>();
    expect(body.code).toBe('validation-failed');
    expect(body.errors.map((e) => e.path)).toEqual(['token']);
  });

  it('rejects an empty or missing verification token', async () => {
    const empty = await verify('');
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('token');
    const missing = await app.inject({
      method: 'POST',
      url: '/api/v1/accounts/verify',
      payload: {},
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('token');
  });

  it('rejects a verification token that was used already', async () => {
    await register({ email: 'twice@example.org', password: PASSWORD });
    const token = await verificationToken('twice@example.org');
    expect((await verify(token)).statusCode).toBe(200);
    const again = await verify(token);
    expect(again.statusCode).toBe(400);
    expect(again.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'token',
    ]);
  });

  it('rejects a verification token after 48 hours and leaves the account unverified', async () => {
    await register({ email: 'late@example.org', password: PASSWORD });
    const token = await verificationToken('late@example.org');
    app.clock.advance(48 * 3_600_000 + 1);
    const res = await verify(token);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['token']);
    expect((await account('late@example.org'))?.emailVerifiedAt).toBeNull();
  });

  it('limits registrations to 10 per hour from one address', async () => {
    const address = '10.9.9.9';
    for (let i = 0; i < 10; i++) {
      const res = await register({ email: `flood${i}@example.org`, password: PASSWORD }, address);
      expect(res.statusCode).toBe(202);
    }
    const res = await register({ email: 'flood10@example.org', password: PASSWORD }, address);
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ code: 'rate-limited', status: 429 });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(await account('flood10@example.org')).toBeUndefined();
  });
});

describe('happy path', () => {
  it('creates an unverified researcher with an argon2id hash and mails a verification link', async () => {
    const now = app.clock.now();
    const res = await register({
      email: 'Aiko@Example.ORG',
      password: PASSWORD,
      name: 'Aiko Tanaka',
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'verification-sent' });

    const row = await account('aiko@example.org');
    expect(row).toMatchObject({
      email: 'aiko@example.org',
      name: 'Aiko Tanaka',
      role: 'researcher',
      emailVerifiedAt: null,
      createdAt: now.toISOString(),
    });
    expect(row?.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(row?.passwordHash).not.toContain(PASSWORD);

    const sent = await mails('mail.account-verification', 'aiko@example.org');
    expect(sent).toHaveLength(1);
    const token = sent[0]?.token ?? '';
    expect(token).toMatch(/^vdv_[A-Za-z0-9_-]{43}$/);
    expect(sent[0]?.verifyUrl).toBe(
      `https://vulndesk.test/account/verify?token=${encodeURIComponent(token)}`,
    );

    // Only the hash of the link's token is kept.
    const stored = await app.testDb.db.kysely
      .selectFrom('emailVerifications')
      .selectAll()
      .where('accountId', '=', row?.id ?? '')
      .execute();
    expect(stored).toEqual([
      {
        tokenHash: hashToken(token),
        accountId: row?.id,
        expiresAt: new Date(now.getTime() + 48 * 3_600_000).toISOString(),
        usedAt: null,
      },
    ]);

    // The password never reaches the database or the outbox in clear.
    const outbox = await app.testDb.db.kysely.selectFrom('outbox').select('payload').execute();
    expect(outbox.some((o) => o.payload.includes(PASSWORD))).toBe(false);
  });

  it('answers the same for an existing address, mails a notice and creates no second account', async () => {
    const email = 'existing@example.org';
    const first = await register({ email, password: PASSWORD });
    const before = await account(email);
    const second = await register({
      email: 'EXISTING@example.org',
      password: 'another password 42',
    });

    expect(second.statusCode).toBe(first.statusCode);
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);

    const rows = await app.testDb.db.kysely
      .selectFrom('accounts')
      .select(['id', 'passwordHash'])
      .where('email', '=', email)
      .execute();
    expect(rows).toEqual([{ id: before?.id, passwordHash: before?.passwordHash }]);
    expect(await mails('mail.account-verification', email)).toHaveLength(1);
    expect(await mails('mail.account-exists', email)).toEqual([
      { to: email, signInUrl: 'https://vulndesk.test/account' },
    ]);
  });

  it('creates one account when the same address registers several times at once', async () => {
    const email = 'race@example.org';
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => register({ email, password: PASSWORD })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202, 202, 202]);
    const rows = await app.testDb.db.kysely
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', email)
      .execute();
    expect(rows).toHaveLength(1);
    expect(await mails('mail.account-verification', email)).toHaveLength(1);
    expect(await mails('mail.account-exists', email)).toHaveLength(4);
  });

  it('verifies the address with the token from the mail', async () => {
    const now = app.clock.now().toISOString();
    await register({ email: 'verify-me@example.org', password: PASSWORD });
    const token = await verificationToken('verify-me@example.org');
    const res = await verify(token);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'verified' });
    expect((await account('verify-me@example.org'))?.emailVerifiedAt).toBe(now);
    const used = await app.testDb.db.kysely
      .selectFrom('emailVerifications')
      .select('usedAt')
      .where('tokenHash', '=', hashToken(token))
      .executeTakeFirst();
    expect(used?.usedAt).toBe(now);
  });

  it('still accepts the token just before 48 hours have passed', async () => {
    await register({ email: 'just-in-time@example.org', password: PASSWORD });
    const token = await verificationToken('just-in-time@example.org');
    app.clock.advance(48 * 3_600_000 - 1);
    expect((await verify(token)).statusCode).toBe(200);
  });
});
