import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressSequence, buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import {
  enrolmentTokenOf,
  secretOf,
  STAFF_PASSWORD,
  totpCodeAt,
} from '../../../../test/helpers/staff.js';
import { TOTP_PERIOD_SECONDS } from '../../../crypto/totp.js';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
const HOUR = 3_600_000;
const freshAddress = addressSequence(5);

interface Problem {
  code: string;
  errors: { path: string; message: string }[];
}

interface EnrolmentBody {
  email: string;
  role: string;
  otpauthUri: string;
  qrSvg: string;
  expiresAt: string;
}

let emails = 0;
/** A staff account as `vulndesk user add` makes it, and the token of its link. */
async function addStaff(role: 'triager' | 'admin' | 'auditor' = 'triager') {
  const created = await app.services.staff.addUser({
    email: `enrol-${++emails}@staff.example.com`,
    role,
  });
  return { ...created, token: enrolmentTokenOf(created.enrolment.url) };
}

function readEnrolment(token?: string, remoteAddress = freshAddress()) {
  return app.inject({
    method: 'GET',
    url: '/api/v1/staff/enrolment',
    headers: token === undefined ? {} : { 'x-enrolment-token': token },
    remoteAddress,
  });
}

function complete(payload: Record<string, unknown>, remoteAddress = freshAddress()) {
  return app.inject({ method: 'POST', url: '/api/v1/staff/enrolment', payload, remoteAddress });
}

/** Reads the link and answers the authenticator secret and the current code. */
async function secretAndCode(token: string): Promise<{ secret: string; code: string }> {
  const res = await readEnrolment(token);
  expect(res.statusCode).toBe(200);
  const secret = secretOf(res.json<EnrolmentBody>().otpauthUri);
  return { secret, code: await totpCodeAt(secret, app.clock.now()) };
}

describe('authentication (the link is the credential)', () => {
  it('refuses to read without the token header, naming it', async () => {
    const res = await readEnrolment();
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors.map((e) => e.path)).toEqual(['headers:x-enrolment-token']);
  });

  it('refuses unknown, used and expired links alike', async () => {
    const unknown = await readEnrolment('vde_' + 'x'.repeat(43));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>()).toMatchObject({
      code: 'validation-failed',
      errors: [{ path: 'x-enrolment-token' }],
    });

    const used = await addStaff();
    const { code } = await secretAndCode(used.token);
    expect(
      (await complete({ token: used.token, password: STAFF_PASSWORD, totp: code })).statusCode,
    ).toBe(200);
    const usedRead = await readEnrolment(used.token);
    expect(usedRead.statusCode).toBe(400);
    expect(usedRead.body).toBe(unknown.body);

    const expired = await addStaff();
    app.clock.advance(72 * HOUR);
    const expiredRead = await readEnrolment(expired.token);
    expect(expiredRead.statusCode).toBe(400);
    expect(expiredRead.body).toBe(unknown.body);
  });

  it('limits reads of links per client address', async () => {
    const address = '10.5.250.250';
    for (let i = 0; i < 20; i++) {
      expect((await readEnrolment('vde_guess' + String(i), address)).statusCode).toBe(400);
    }
    const limited = await readEnrolment('vde_guess', address);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'rate-limited' });
  });
});

describe('bad input', () => {
  it('names a short password, a malformed code and unknown fields', async () => {
    const { token } = await addStaff();
    const short = await complete({ token, password: 'short', totp: '123456' });
    expect(short.statusCode).toBe(400);
    expect(short.json<Problem>().errors.map((e) => e.path)).toEqual(['password']);
    const malformed = await complete({ token, password: STAFF_PASSWORD, totp: '12 456' });
    expect(malformed.json<Problem>().errors.map((e) => e.path)).toEqual(['totp']);
    const unknown = await complete({ token, password: STAFF_PASSWORD, totp: '123456', role: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>()).toMatchObject({
      code: 'unknown-field',
      errors: [{ path: 'role' }],
    });
    const missing = await complete({ token });
    expect(
      missing
        .json<Problem>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['password', 'totp']);
  });

  it('names a code that is not the authenticator’s current one, and keeps the link open', async () => {
    const { token, id } = await addStaff();
    const { secret } = await secretAndCode(token);
    const stale = await totpCodeAt(secret, new Date(app.clock.now().getTime() - 3 * STEP_MS));
    const res = await complete({ token, password: STAFF_PASSWORD, totp: stale });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>()).toMatchObject({
      code: 'validation-failed',
      errors: [
        {
          path: 'totp',
          message: 'is not the current code of the authenticator app',
          rule: 'wrong-code',
        },
      ],
    });
    expect((await readEnrolment(token)).statusCode).toBe(200);
    const account = await app.testDb.db.kysely
      .selectFrom('accounts')
      .select('passwordHash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(account.passwordHash).toBe('!');
  });

  it('names the token of an unknown link', async () => {
    const res = await complete({
      token: 'vde_' + 'y'.repeat(43),
      password: STAFF_PASSWORD,
      totp: '123456',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors.map((e) => e.path)).toEqual(['token']);
  });
});

describe('happy path', () => {
  it('answers the address, the otpauth URI and its QR code; the secret stays the same', async () => {
    const { token, email, enrolment } = await addStaff('auditor');
    const res = await readEnrolment(token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json<EnrolmentBody>();
    expect(body).toEqual({
      email,
      role: 'auditor',
      otpauthUri: expect.stringMatching(
        /^otpauth:\/\/totp\/vulndesk:enrol-\d+%40staff\.example\.com\?secret=[A-Z2-7]{32}&issuer=vulndesk$/,
      ) as unknown,
      qrSvg: expect.stringMatching(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^]*<\/svg>\s*$/,
      ) as unknown,
      expiresAt: enrolment.expiresAt,
    });
    expect(Date.parse(body.expiresAt) - app.clock.now().getTime()).toBe(72 * HOUR);
    const again = await readEnrolment(token);
    expect(again.json<EnrolmentBody>().otpauthUri).toBe(body.otpauthUri);
  });

  it('stores the secret sealed, never in clear', async () => {
    const { token, id } = await addStaff();
    const { secret, code } = await secretAndCode(token);
    const pending = await app.testDb.db.kysely
      .selectFrom('staffEnrolments')
      .select(['secretEnc', 'tokenHash'])
      .where('accountId', '=', id)
      .executeTakeFirstOrThrow();
    expect(pending.secretEnc).toMatch(/^v1\./);
    expect(pending.secretEnc).not.toContain(secret);
    expect(pending.tokenHash).not.toContain(token.slice(4));
    await complete({ token, password: STAFF_PASSWORD, totp: code });
    const enabled = await app.testDb.db.kysely
      .selectFrom('staffTotp')
      .select('secretEnc')
      .where('accountId', '=', id)
      .executeTakeFirstOrThrow();
    expect(enabled.secretEnc).toMatch(/^v1\./);
    expect(enabled.secretEnc).not.toContain(secret);
  });

  it('sets the password, enables TOTP, burns the link, audits, and then signs in with the next code', async () => {
    const { token, id, email } = await addStaff('admin');
    const { secret, code } = await secretAndCode(token);
    const res = await complete({ token, password: STAFF_PASSWORD, totp: code });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({ account: { id, email, role: 'admin' } });

    const again = await complete({ token, password: STAFF_PASSWORD, totp: code });
    expect(again.statusCode).toBe(400);
    expect(again.json<Problem>().errors.map((e) => e.path)).toEqual(['token']);

    const audit = await app.testDb.db.kysely
      .selectFrom('auditLog')
      .select(['actor', 'action', 'diff'])
      .where('target', '=', `account:${id}`)
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      {
        actor: 'cli',
        action: 'staff.added',
        diff: JSON.stringify({ email: [null, email], role: [null, 'admin'] }),
      },
      {
        actor: id,
        action: 'staff.enrolled',
        diff: JSON.stringify({ password: ['none', 'set'], totp: ['disabled', 'enabled'] }),
      },
    ]);

    const signIn = (totp: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email, password: STAFF_PASSWORD, totp },
        remoteAddress: freshAddress(),
      });
    expect((await signIn(code)).statusCode).toBe(401);
    const next = await totpCodeAt(secret, new Date(app.clock.now().getTime() + STEP_MS));
    const signedIn = await signIn(next);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({ account: { id, role: 'admin' } });
  });

  it('after a reset, only the new link enrols, with a new secret', async () => {
    const { token: oldToken, email } = await addStaff();
    const { secret: oldSecret, code } = await secretAndCode(oldToken);
    await complete({ token: oldToken, password: STAFF_PASSWORD, totp: code });
    const reset = await app.services.staff.resetUser({ email });
    const newToken = enrolmentTokenOf(reset.enrolment.url);
    expect(newToken).not.toBe(oldToken);
    expect((await readEnrolment(oldToken)).statusCode).toBe(400);
    const { secret: newSecret } = await secretAndCode(newToken);
    expect(newSecret).not.toBe(oldSecret);
  });
});
