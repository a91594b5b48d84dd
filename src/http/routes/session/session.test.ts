import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../crypto/tokens.js';
import { addressSequence, buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { registerVerifiedResearcher } from '../../../../test/helpers/researchers.js';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const PASSWORD = 'correct horse battery staple';
const DAY = 24 * 3_600_000;

// Sign-in is rate-limited per client address; each call comes from its own address unless a
// test says otherwise.
const freshAddress = addressSequence(2);

async function createAccount(email: string, { verified = true } = {}): Promise<void> {
  if (verified) return registerVerifiedResearcher(app, email, PASSWORD);
  await app.services.accounts.register({ email, password: PASSWORD });
}

function signIn(
  email: string,
  password = PASSWORD,
  extra: { remoteAddress?: string; cookies?: Record<string, string>; csrf?: string } = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { email, password },
    remoteAddress: extra.remoteAddress ?? freshAddress(),
    ...(extra.cookies !== undefined ? { cookies: extra.cookies } : {}),
    ...(extra.csrf !== undefined ? { headers: { 'x-csrf-token': extra.csrf } } : {}),
  });
}

interface SessionBody {
  account: { id: string; email: string; role: string };
  csrfToken: string;
  expiresAt: string;
}

async function signedIn(email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await signIn(email);
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'vd_session')?.value;
  if (cookie === undefined) throw new Error('no session cookie');
  return { cookie, csrf: res.json<SessionBody>().csrfToken };
}

function getSession(cookie: string) {
  return app.inject({ method: 'GET', url: '/api/v1/session', cookies: { vd_session: cookie } });
}

function signOut(cookie: string, csrf?: string) {
  return app.inject({
    method: 'DELETE',
    url: '/api/v1/session',
    cookies: { vd_session: cookie },
    ...(csrf !== undefined ? { headers: { 'x-csrf-token': csrf } } : {}),
  });
}

beforeAll(async () => {
  await createAccount('rin@example.org');
  await createAccount('pending@example.org', { verified: false });
});

describe('authentication', () => {
  it('answers 401 for GET /api/v1/session without a cookie', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/session' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('answers 401 for a session cookie that was never issued', async () => {
    const res = await getSession('vds_' + 'x'.repeat(43));
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('does not accept the session id as a bearer token', async () => {
    const { cookie } = await signedIn('rin@example.org');
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${cookie}` },
    });
    expect(res.statusCode).toBe(401);
  });

  it('rejects a state-changing request with the cookie but without the CSRF header', async () => {
    const { cookie } = await signedIn('rin@example.org');
    const res = await signOut(cookie);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ status: 403, code: 'csrf-failed' });
    // Nothing happened: the session still works.
    expect((await getSession(cookie)).statusCode).toBe(200);
  });

  it('rejects a state-changing request with a wrong CSRF header', async () => {
    const a = await signedIn('rin@example.org');
    const b = await signedIn('rin@example.org');
    for (const wrong of ['vdc_wrong', b.csrf, `${a.csrf}x`, '']) {
      const res = await signOut(a.cookie, wrong);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'csrf-failed' });
    }
    const create = await app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      cookies: { vd_session: a.cookie },
      headers: { 'x-csrf-token': b.csrf },
      payload: { name: 'ci' },
    });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ code: 'csrf-failed' });
    expect((await getSession(a.cookie)).statusCode).toBe(200);
  });

  it('accepts the state-changing request with the right CSRF header', async () => {
    const { cookie, csrf } = await signedIn('rin@example.org');
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      cookies: { vd_session: cookie },
      headers: { 'x-csrf-token': csrf },
      payload: { name: 'laptop' },
    });
    expect(res.statusCode).toBe(201);
  });
});

describe('bad input', () => {
  it('rejects unknown fields and names missing ones', async () => {
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'rin@example.org', password: PASSWORD, remember: true },
      remoteAddress: freshAddress(),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'unknown-field',
      errors: [{ path: 'remember', message: 'is not a known field' }],
    });
    const missing = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'rin@example.org' },
      remoteAddress: freshAddress(),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'password',
    ]);
  });

  it('answers identical 401 bodies for a wrong password and an unknown address', async () => {
    const wrong = await signIn('rin@example.org', 'not the password at all');
    const unknown = await signIn('nobody@example.org', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'unauthorized', instance: '/api/v1/session' });
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.headers['content-type']).toBe(wrong.headers['content-type']);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('answers 403 before the address is verified, and only with the right password', async () => {
    const res = await signIn('pending@example.org');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden' });
    expect(res.headers['set-cookie']).toBeUndefined();

    // With a wrong password the unverified account looks like any other failed sign-in.
    const wrong = await signIn('pending@example.org', 'not the password at all');
    const unknown = await signIn('nobody@example.org', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);

    const sessions = await app.testDb.db.kysely
      .selectFrom('sessions')
      .innerJoin('accounts', 'accounts.id', 'sessions.accountId')
      .select('sessions.idHash')
      .where('accounts.email', '=', 'pending@example.org')
      .execute();
    expect(sessions).toEqual([]);
  });

  it('limits sign-in to 20 attempts per 15 minutes from one address', async () => {
    const address = '10.9.9.9';
    // A different address each time, so the limit per account does not come first.
    for (let i = 0; i < 20; i++) {
      const res = await signIn(`guess-${i}@example.org`, 'guess number ' + String(i), {
        remoteAddress: address,
      });
      expect(res.statusCode).toBe(401);
    }
    const limited = await signIn('rin@example.org', PASSWORD, { remoteAddress: address });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json()).toMatchObject({ status: 429, code: 'rate-limited' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(limited.headers['set-cookie']).toBeUndefined();

    // Other addresses are not affected.
    expect((await signIn('rin@example.org')).statusCode).toBe(200);
  });

  it('limits failed sign-ins to 10 per 15 minutes per account, from any address', async () => {
    await createAccount('kai@example.org');
    // Successful sign-ins do not count.
    for (let i = 0; i < 3; i++) expect((await signIn('kai@example.org')).statusCode).toBe(200);
    for (let i = 0; i < 10; i++) {
      const res = await signIn('Kai@Example.org', 'guess number ' + String(i));
      expect(res.statusCode).toBe(401);
    }
    // Even the right password, from a new address, waits now.
    const limited = await signIn('kai@example.org');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ status: 429, code: 'rate-limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(limited.headers['set-cookie']).toBeUndefined();
    // Other accounts are not affected.
    expect((await signIn('rin@example.org')).statusCode).toBe(200);
  });
});

describe('happy path', () => {
  it('signs in: sets a HttpOnly, SameSite=Lax, Secure cookie and answers the CSRF token', async () => {
    const now = app.clock.now();
    const res = await signIn('RIN@example.org');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');

    const body = res.json<SessionBody>();
    const account = await app.testDb.db.kysely
      .selectFrom('accounts')
      .select(['id'])
      .where('email', '=', 'rin@example.org')
      .executeTakeFirstOrThrow();
    const expiresAt = new Date(now.getTime() + 7 * DAY).toISOString();
    expect(body).toEqual({
      account: { id: account.id, email: 'rin@example.org', role: 'researcher' },
      abilities: [],
      csrfToken: expect.stringMatching(/^vdc_[A-Za-z0-9_-]{43}$/) as unknown,
      expiresAt,
    });

    const raw = res.headers['set-cookie'];
    expect(typeof raw).toBe('string');
    const attributes = String(raw).split(/;\s*/);
    expect(attributes[0]).toMatch(/^vd_session=vds_[A-Za-z0-9_-]{43}$/);
    expect(attributes).toEqual(
      expect.arrayContaining([
        'HttpOnly',
        'SameSite=Lax',
        'Secure',
        'Path=/',
        `Expires=${new Date(expiresAt).toUTCString()}`,
      ]),
    );

    // The server keeps only the hash of the session id.
    const cookie = res.cookies.find((c) => c.name === 'vd_session')?.value ?? '';
    const rows = await app.testDb.db.kysely
      .selectFrom('sessions')
      .selectAll()
      .where('idHash', '=', hashToken(cookie))
      .execute();
    expect(rows).toEqual([
      {
        idHash: hashToken(cookie),
        accountId: account.id,
        csrfToken: body.csrfToken,
        createdAt: now.toISOString(),
        expiresAt,
        totpVerifiedAt: null,
      },
    ]);
    const clear = await app.testDb.db.kysely
      .selectFrom('sessions')
      .select('idHash')
      .where('idHash', '=', cookie)
      .execute();
    expect(clear).toEqual([]);
  });

  it('answers the current session and its CSRF token with the cookie', async () => {
    const signInRes = await signIn('rin@example.org');
    const cookie = signInRes.cookies.find((c) => c.name === 'vd_session')?.value ?? '';
    const res = await getSession(cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual(signInRes.json());
    expect(res.json<{ abilities: string[] }>().abilities).toEqual([]);
  });

  it('ends the session after 7 days', async () => {
    const { cookie } = await signedIn('rin@example.org');
    app.clock.advance(7 * DAY - 1);
    expect((await getSession(cookie)).statusCode).toBe(200);
    app.clock.advance(1);
    const expired = await getSession(cookie);
    expect(expired.statusCode).toBe(401);
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { vd_session: cookie },
    });
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({
      code: 'unauthorized',
      detail: 'the token or session is invalid or expired',
    });
  });

  it('signs out: deletes the session on the server and clears the cookie', async () => {
    const { cookie, csrf } = await signedIn('rin@example.org');
    const res = await signOut(cookie, csrf);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const cleared = res.cookies.find((c) => c.name === 'vd_session');
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime()).toBe(0);
    expect(cleared).toMatchObject({ path: '/', httpOnly: true, secure: true, sameSite: 'Lax' });

    const rows = await app.testDb.db.kysely
      .selectFrom('sessions')
      .select('idHash')
      .where('idHash', '=', hashToken(cookie))
      .execute();
    expect(rows).toEqual([]);
    // The old cookie no longer works, even if the browser kept it.
    expect((await getSession(cookie)).statusCode).toBe(401);
    expect((await signOut(cookie)).statusCode).toBe(204);
  });

  it('replaces the previous session when signing in again in the same browser', async () => {
    const old = await signedIn('rin@example.org');
    const res = await signIn('rin@example.org', PASSWORD, {
      cookies: { vd_session: old.cookie },
      csrf: old.csrf,
    });
    expect(res.statusCode).toBe(200);
    const fresh = res.cookies.find((c) => c.name === 'vd_session')?.value ?? '';
    expect(fresh).not.toBe(old.cookie);
    expect((await getSession(old.cookie)).statusCode).toBe(401);
    expect((await getSession(fresh)).statusCode).toBe(200);
  });
});

describe('over plain http', () => {
  let plain: TestApp;
  beforeAll(async () => {
    plain = await buildTestApp({ PUBLIC_URL: 'http://localhost:8080' });
  });
  afterAll(async () => {
    await plain.close();
  });

  it('sets the cookie without Secure, so a local http install can sign in', async () => {
    await plain.services.accounts.register({ email: 'local@example.org', password: PASSWORD });
    const row = await plain.testDb.db.kysely
      .selectFrom('outbox')
      .select('payload')
      .where('kind', '=', 'mail.account-verification')
      .executeTakeFirstOrThrow();
    await plain.services.accounts.verifyEmail((JSON.parse(row.payload) as { token: string }).token);
    const res = await plain.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'local@example.org', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const attributes = String(res.headers['set-cookie']).split(/;\s*/);
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
    expect(attributes).not.toContain('Secure');
  });
});
