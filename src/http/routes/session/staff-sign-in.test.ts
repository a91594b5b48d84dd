/** Staff sign-in: password plus TOTP, replay protection, audit of successes and failures. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressSequence, buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import {
  registerVerifiedResearcher,
  RESEARCHER_PASSWORD,
} from '../../../../test/helpers/researchers.js';
import {
  asStaff,
  createEnrolledStaff,
  createStaffSession,
  createStaffToken,
  nextTotpCode,
  signInStaff,
  totpCodeAt,
  type StaffMember,
} from '../../../../test/helpers/staff.js';
import { hashToken } from '../../../crypto/tokens.js';
import { totpStep, TOTP_PERIOD_SECONDS } from '../../../crypto/totp.js';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
const freshAddress = addressSequence(4);

function signIn(body: Record<string, unknown>, remoteAddress = freshAddress()) {
  return app.inject({ method: 'POST', url: '/api/v1/session', payload: body, remoteAddress });
}

/** A code for `member` at `steps` steps from now (not necessarily acceptable). */
const codeAtOffset = (member: StaffMember, steps: number): Promise<string> =>
  totpCodeAt(member.totpSecret, new Date(app.clock.now().getTime() + steps * STEP_MS));

/** The audit entries about an account, oldest first. */
async function auditOf(accountId: string) {
  const rows = await app.testDb.db.kysely
    .selectFrom('auditLog')
    .select(['actor', 'action', 'target', 'diff'])
    .where('target', '=', `account:${accountId}`)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, diff: JSON.parse(r.diff) as unknown }));
}

/** Moves the clock to a fresh time step, so earlier tests' codes are out of the window. */
function freshStep(): void {
  app.clock.advance(5 * STEP_MS);
}

describe('authentication', () => {
  it('resolves a staff session to the staff role', async () => {
    const admin = await createStaffSession(app, { role: 'admin' });
    const me = await app.inject(asStaff(admin, { method: 'GET', url: '/api/v1/me' }));
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ id: admin.id, email: admin.email, role: 'admin' });
    const session = await app.inject(asStaff(admin, { method: 'GET', url: '/api/v1/session' }));
    expect(session.json()).toMatchObject({ account: { role: 'admin' } });
  });

  it('tells the console what the role may do, on sign-in and after a reload', async () => {
    freshStep();
    const auditor = await createStaffSession(app, { role: 'auditor' });
    const reload = await app.inject(asStaff(auditor, { method: 'GET', url: '/api/v1/session' }));
    expect(reload.json<{ abilities: string[] }>().abilities).toEqual([
      'queue.read',
      'report.read',
      'product.read',
      'token.create-own',
      'audit.read',
      'metrics.read',
    ]);
    freshStep();
    const member = await createEnrolledStaff(app, { role: 'triager' });
    const res = await signIn({
      email: member.email,
      password: member.password,
      totp: await nextTotpCode(app, member),
    });
    const { abilities } = res.json<{ abilities: string[] }>();
    expect(abilities).toContain('report.case.edit');
    expect(abilities).toContain('report.bulk-reject');
    expect(abilities).not.toContain('product.manage');
    expect(abilities).not.toContain('audit.read');
  });

  it('resolves a staff API token to the staff role', async () => {
    const auditor = await createStaffToken(app, { role: 'auditor' });
    const me = await app.inject(asStaff(auditor, { method: 'GET', url: '/api/v1/me' }));
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ id: auditor.id, email: auditor.email, role: 'auditor' });
  });

  it('does not accept a staff session whose sign-in did not pass TOTP', async () => {
    const member = await createEnrolledStaff(app, { role: 'admin' });
    const forged = 'vds_' + 'f'.repeat(43);
    await app.testDb.db.kysely
      .insertInto('sessions')
      .values({
        idHash: hashToken(forged),
        accountId: member.id,
        csrfToken: 'vdc_x',
        createdAt: app.clock.now().toISOString(),
        expiresAt: new Date(app.clock.now().getTime() + 3_600_000).toISOString(),
        totpVerifiedAt: null,
      })
      .execute();
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { vd_session: forged },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('bad input', () => {
  it('names totp when it is not six digits', async () => {
    for (const totp of ['12345', '1234567', 'abcdef', 123456]) {
      const res = await signIn({ email: 'x@example.com', password: 'whatever it is', totp });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
        'totp',
      ]);
    }
  });

  it('asks for the code (401 totp-required) when the password is right and the code missing', async () => {
    const member = await createEnrolledStaff(app);
    const res = await signIn({ email: member.email, password: member.password });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 401,
      code: 'totp-required',
      type: 'urn:vulndesk:problem:totp-required',
      errors: [{ path: 'totp', message: 'is required for staff accounts' }],
    });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers a wrong code exactly like a wrong password or an unknown address', async () => {
    freshStep();
    const member = await createEnrolledStaff(app);
    const right = await codeAtOffset(member, 0);
    const wrongCode = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    const wrongTotp = await signIn({
      email: member.email,
      password: member.password,
      totp: wrongCode,
    });
    const wrongPassword = await signIn({
      email: member.email,
      password: 'not the password at all',
      totp: right,
    });
    const unknown = await signIn({
      email: 'nobody@staff.example.com',
      password: 'not the password at all',
      totp: right,
    });
    const missingCodeWrongPassword = await signIn({
      email: member.email,
      password: 'not the password at all',
    });
    for (const res of [wrongTotp, wrongPassword, missingCodeWrongPassword]) {
      expect(res.statusCode).toBe(401);
      expect(res.body).toBe(unknown.body);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(unknown.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('accepts a code one step early or late and refuses two steps', async () => {
    freshStep();
    const member = await createEnrolledStaff(app);
    freshStep();
    for (const steps of [-2, 2]) {
      const code = await codeAtOffset(member, steps);
      const res = await signIn({ email: member.email, password: member.password, totp: code });
      expect(res.statusCode).toBe(401);
    }
    const early = await signIn({
      email: member.email,
      password: member.password,
      totp: await codeAtOffset(member, -1),
    });
    expect(early.statusCode).toBe(200);
    const late = await signIn({
      email: member.email,
      password: member.password,
      totp: await codeAtOffset(member, 1),
    });
    expect(late.statusCode).toBe(200);
  });

  it('refuses a code that was used already, and the code used for enrolment', async () => {
    freshStep();
    const member = await createEnrolledStaff(app);
    // The enrolment consumed the current step's code.
    const enrolmentCode = await codeAtOffset(member, 0);
    const reused = await signIn({
      email: member.email,
      password: member.password,
      totp: enrolmentCode,
    });
    expect(reused.statusCode).toBe(401);

    const next = await codeAtOffset(member, 1);
    const first = await signIn({ email: member.email, password: member.password, totp: next });
    expect(first.statusCode).toBe(200);
    const replay = await signIn({ email: member.email, password: member.password, totp: next });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'unauthorized' });
    // Still refused later, while the code is in the window.
    app.clock.advance(STEP_MS);
    const later = await signIn({ email: member.email, password: member.password, totp: next });
    expect(later.statusCode).toBe(401);
  });

  it('lets only one of two simultaneous sign-ins with the same code through', async () => {
    freshStep();
    const member = await createEnrolledStaff(app);
    const code = await codeAtOffset(member, 1);
    const results = await Promise.all(
      [1, 2].map(() => signIn({ email: member.email, password: member.password, totp: code })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('does not sign in a staff account that has not enrolled', async () => {
    const created = await app.services.staff.addUser({
      email: 'pending@staff.example.com',
      role: 'triager',
    });
    for (const password of ['', 'any password at all', '!']) {
      const res = await signIn({ email: created.email, password, totp: '123456' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'unauthorized' });
    }
  });

  it('does not sign in with the old password and authenticator after a reset', async () => {
    freshStep();
    const member = await createEnrolledStaff(app);
    const session = await signInStaff(app, member);
    const reset = await app.services.staff.resetUser({ email: member.email });
    expect(reset.sessionsEnded).toBe(1);
    const res = await signIn({
      email: member.email,
      password: member.password,
      totp: await nextTotpCode(app, member),
    });
    expect(res.statusCode).toBe(401);
    const me = await app.inject(asStaff(session, { method: 'GET', url: '/api/v1/me' }));
    expect(me.statusCode).toBe(401);
  });

  it('limits failed codes per account like failed passwords', async () => {
    freshStep();
    const member = await createEnrolledStaff(app);
    const right = await codeAtOffset(member, 1);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 10; i++) {
      const res = await signIn({ email: member.email, password: member.password, totp: wrong });
      expect(res.statusCode).toBe(401);
    }
    const limited = await signIn({ email: member.email, password: member.password, totp: right });
    expect(limited.statusCode).toBe(429);
  });
});

describe('happy path', () => {
  it('signs a staff member in with password and code, and marks the session as TOTP-verified', async () => {
    freshStep();
    const member = await createEnrolledStaff(app, { role: 'case-manager' });
    const address = freshAddress();
    const res = await signIn(
      {
        email: member.email.toUpperCase(),
        password: member.password,
        totp: await nextTotpCode(app, member),
      },
      address,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      account: { id: member.id, email: member.email, role: 'case-manager' },
    });
    const cookie = res.cookies.find((c) => c.name === 'vd_session')?.value ?? '';
    const row = await app.testDb.db.kysely
      .selectFrom('sessions')
      .select(['totpVerifiedAt'])
      .where('idHash', '=', hashToken(cookie))
      .executeTakeFirstOrThrow();
    expect(row.totpVerifiedAt).toBe(app.clock.now().toISOString());
    const stored = await app.testDb.db.kysely
      .selectFrom('staffTotp')
      .select(['lastStep'])
      .where('accountId', '=', member.id)
      .executeTakeFirstOrThrow();
    expect(Number(stored.lastStep)).toBe(member.lastStep);
    expect(member.lastStep).toBeGreaterThanOrEqual(totpStep(app.clock.now()) - 1);

    const entries = await auditOf(member.id);
    expect(entries.at(-1)).toEqual({
      actor: member.id,
      action: 'session.staff-signed-in',
      target: `account:${member.id}`,
      diff: { address: [null, address] },
    });
  });

  it('audits failed staff sign-ins with the reason, never the password or code', async () => {
    freshStep();
    const member = await createEnrolledStaff(app);
    const address = freshAddress();
    const right = await codeAtOffset(member, 1);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    await signIn({ email: member.email, password: 'a wrong password', totp: right }, address);
    await signIn({ email: member.email, password: member.password }, address);
    await signIn({ email: member.email, password: member.password, totp: wrong }, address);
    const failures = (await auditOf(member.id)).filter(
      (e) => e.action === 'session.sign-in-failed',
    );
    expect(failures).toEqual(
      ['password', 'totp-missing', 'totp'].map((reason) => ({
        actor: 'anonymous',
        action: 'session.sign-in-failed',
        target: `account:${member.id}`,
        diff: { reason: [null, reason], address: [null, address] },
      })),
    );
    const all = JSON.stringify(await auditOf(member.id));
    expect(all).not.toContain(member.password);
    expect(all).not.toContain(wrong);
    expect(all).not.toContain(member.totpSecret);
  });

  it('signs researchers in as before, ignoring a code they send', async () => {
    await registerVerifiedResearcher(app, 'mio@example.org');
    for (const extra of [{}, { totp: '000000' }]) {
      const res = await signIn({
        email: 'mio@example.org',
        password: RESEARCHER_PASSWORD,
        ...extra,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ account: { role: 'researcher' } });
    }
  });

  it('lets a staff session create and revoke its own API tokens, audited', async () => {
    const triager = await createStaffSession(app, { role: 'triager' });
    const created = await app.inject(
      asStaff(triager, { method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'laptop' } }),
    );
    expect(created.statusCode).toBe(201);
    const token = created.json<{ id: string; token: string; prefix: string }>();
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token.token}` },
    });
    expect(me.json()).toMatchObject({ role: 'triager' });
    const revoked = await app.inject(
      asStaff(triager, { method: 'DELETE', url: `/api/v1/me/tokens/${token.id}` }),
    );
    expect(revoked.statusCode).toBe(204);

    const entries = await app.testDb.db.kysely
      .selectFrom('auditLog')
      .select(['actor', 'action', 'diff'])
      .where('target', '=', `token:${token.id}`)
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => ({ ...e, diff: JSON.parse(e.diff) as unknown }))).toEqual([
      {
        actor: triager.id,
        action: 'token.created',
        diff: {
          account: [null, triager.id],
          name: [null, 'laptop'],
          prefix: [null, token.prefix],
        },
      },
      {
        actor: triager.id,
        action: 'token.revoked',
        diff: { revokedAt: [null, app.clock.now().toISOString()] },
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain(token.token);
  });
});
