/**
 * Staff accounts and their tokens for admins: listing, adding with an enrolment link, reset,
 * role changes, disabling and enabling, the last-admin rule, and staff API tokens. On SQLite,
 * and on PostgreSQL with DATABASE_URL.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import {
  registerVerifiedResearcher,
  RESEARCHER_PASSWORD,
} from '../../../../test/helpers/researchers.js';
import {
  asStaff,
  createEnrolledStaff,
  createStaffSession,
  createStaffToken,
  enrolmentTokenOf,
  nextTotpCode,
  signInStaff,
  type StaffSession,
  type StaffToken,
} from '../../../../test/helpers/staff.js';
import { hashToken } from '../../../crypto/tokens.js';

const HOUR = 3_600_000;

interface Problem {
  status: number;
  code: string;
  errors: { path: string; message: string; rule?: string }[];
}

interface UserView {
  id: string;
  email: string;
  role: string;
  status: string;
  createdAt: string;
  lastSignInAt: string | null;
  disabledAt: string | null;
  tokenCount: number;
  enrolmentExpiresAt: string | null;
}

interface WithLink {
  user: UserView;
  enrolment: { url: string; expiresAt: string };
}

interface TokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  token?: string;
}

type Caller = StaffSession | StaffToken | { cookie: string; csrf: string; researcher: true };

let app: TestApp;
let admin: StaffSession;
let adminToken: StaffToken;
let triager: StaffSession;
let auditor: StaffToken;
let researcher: Caller;

beforeAll(async () => {
  app = await buildTestApp();
  admin = await createStaffSession(app, { role: 'admin' });
  adminToken = await createStaffToken(app, { role: 'admin' });
  triager = await createStaffSession(app, { role: 'triager' });
  auditor = await createStaffToken(app, { role: 'auditor' });
  await registerVerifiedResearcher(app, 'rin@example.org');
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { email: 'rin@example.org', password: RESEARCHER_PASSWORD },
    remoteAddress: '10.9.0.1',
  });
  expect(res.statusCode, res.body).toBe(200);
  researcher = {
    cookie: res.cookies.find((c) => c.name === 'vd_session')?.value ?? '',
    csrf: res.json<{ csrfToken: string }>().csrfToken,
    researcher: true,
  };
});
afterAll(async () => {
  await app.close();
});

function as(who: Caller, request: InjectOptions): Promise<LightMyRequestResponse> {
  if ('researcher' in who) {
    return app.inject({
      ...request,
      cookies: { vd_session: who.cookie },
      headers: { ...request.headers, 'x-csrf-token': who.csrf },
    });
  }
  return app.inject(asStaff(who, request));
}

function problem(res: LightMyRequestResponse, status: number, code: string): Problem {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<Problem>();
  expect(body.code).toBe(code);
  return body;
}

const paths = (p: Problem) => p.errors.map((e) => e.path).sort();

let emails = 0;
const nextEmail = () => `member-${++emails}@staff.example.com`;

async function addUser(role = 'triager', email = nextEmail()): Promise<WithLink> {
  const res = await as(admin, {
    method: 'POST',
    url: '/api/v1/staff/users',
    payload: { email, role },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<WithLink>();
}

const patch = (who: Caller, id: string, payload: unknown) =>
  as(who, { method: 'PATCH', url: `/api/v1/staff/users/${id}`, payload: payload as object });

async function listUsers(): Promise<UserView[]> {
  const res = await as(admin, { method: 'GET', url: '/api/v1/staff/users' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: UserView[] }>().items;
}

async function userById(id: string): Promise<UserView | undefined> {
  return (await listUsers()).find((u) => u.id === id);
}

async function auditOf(target: string) {
  const rows = await app.testDb.db.kysely
    .selectFrom('auditLog')
    .select(['actor', 'action', 'diff'])
    .where('target', '=', target)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, diff: JSON.parse(r.diff) as unknown }));
}

const me = (who: Caller) => as(who, { method: 'GET', url: '/api/v1/me' });

describe('who may use the staff user routes', () => {
  const someId = '01900000-0000-7000-8000-000000000000';
  const routes: InjectOptions[] = [
    { method: 'GET', url: '/api/v1/staff/users' },
    {
      method: 'POST',
      url: '/api/v1/staff/users',
      payload: { email: 'x@y.example', role: 'admin' },
    },
    { method: 'PATCH', url: `/api/v1/staff/users/${someId}`, payload: { role: 'admin' } },
    { method: 'POST', url: `/api/v1/staff/users/${someId}/reset` },
    { method: 'GET', url: `/api/v1/staff/users/${someId}/tokens` },
    { method: 'POST', url: `/api/v1/staff/users/${someId}/tokens`, payload: { name: 'ci' } },
    { method: 'DELETE', url: `/api/v1/staff/users/${someId}/tokens/${someId}` },
  ];

  it('answers 401 without credentials and with a revoked or made-up token', async () => {
    for (const request of routes) {
      problem(await app.inject(request), 401, 'unauthorized');
      problem(
        await app.inject({ ...request, headers: { authorization: 'Bearer vdp_made_up' } }),
        401,
        'unauthorized',
      );
    }
  });

  it('answers 403 to researchers, triagers and auditors, before looking anything up', async () => {
    for (const who of [researcher, triager, auditor]) {
      for (const request of routes) problem(await as(who, request), 403, 'forbidden');
    }
    expect(await userById(someId)).toBeUndefined();
  });

  it('refuses a cookie request without the CSRF token', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/users',
      cookies: { vd_session: admin.cookie },
      payload: { email: nextEmail(), role: 'triager' },
    });
    problem(res, 403, 'csrf-failed');
  });

  it('lets an admin token read and change accounts but not hand out credentials', async () => {
    const member = await addUser();
    expect((await as(adminToken, { method: 'GET', url: '/api/v1/staff/users' })).statusCode).toBe(
      200,
    );
    expect((await patch(adminToken, member.user.id, { role: 'auditor' })).statusCode).toBe(200);
    for (const request of [
      {
        method: 'POST',
        url: '/api/v1/staff/users',
        payload: { email: nextEmail(), role: 'admin' },
      },
      { method: 'POST', url: `/api/v1/staff/users/${member.user.id}/reset` },
      {
        method: 'POST',
        url: `/api/v1/staff/users/${member.user.id}/tokens`,
        payload: { name: 'x' },
      },
    ] as const) {
      const body = problem(await as(adminToken, request), 403, 'forbidden');
      expect(body).toMatchObject({ detail: expect.stringMatching(/sign in/) as unknown });
    }
    expect((await userById(member.user.id))?.tokenCount).toBe(0);
  });
});

describe('listing and adding staff accounts', () => {
  it('lists every staff account with status, last sign-in and token count, no researchers', async () => {
    const users = await listUsers();
    expect(users.map((u) => u.email)).toEqual([...users.map((u) => u.email)].sort());
    expect(users.some((u) => u.email === 'rin@example.org')).toBe(false);
    const self = users.find((u) => u.id === admin.id);
    expect(self).toEqual({
      id: admin.id,
      email: admin.email,
      role: 'admin',
      status: 'active',
      createdAt: expect.any(String) as unknown,
      lastSignInAt: expect.any(String) as unknown,
      disabledAt: null,
      tokenCount: 0,
      enrolmentExpiresAt: null,
    });
    // Enrolled with a token from the CLI but never signed in.
    expect(users.find((u) => u.id === adminToken.id)).toMatchObject({
      status: 'active',
      lastSignInAt: null,
      tokenCount: 1,
    });
  });

  it('records the time of each sign-in', async () => {
    app.clock.advance(60_000);
    const again = await signInStaff(app, triager);
    expect((await userById(triager.id))?.lastSignInAt).toBe(app.clock.now().toISOString());
    triager = again;
  });

  it('adds an account without a password and answers its enrolment link once', async () => {
    const now = app.clock.now();
    const res = await as(admin, {
      method: 'POST',
      url: '/api/v1/staff/users',
      payload: { email: '  Kai@Vendor.Example ', role: 'case-manager' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json<WithLink>();
    const expiresAt = new Date(now.getTime() + 72 * HOUR).toISOString();
    expect(body).toEqual({
      user: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        email: 'kai@vendor.example',
        role: 'case-manager',
        status: 'enrolment-pending',
        createdAt: now.toISOString(),
        lastSignInAt: null,
        disabledAt: null,
        tokenCount: 0,
        enrolmentExpiresAt: expiresAt,
      },
      enrolment: {
        url: expect.stringMatching(/^https:\/\/vulndesk\.test\/console\/enrol#vde_/) as unknown,
        expiresAt,
      },
    });
    // The link works, and only its hash is stored.
    const token = enrolmentTokenOf(body.enrolment.url);
    const view = await app.inject({
      method: 'GET',
      url: '/api/v1/staff/enrolment',
      headers: { 'x-enrolment-token': token },
    });
    expect(view.json()).toMatchObject({ email: 'kai@vendor.example', role: 'case-manager' });
    const stored = await app.testDb.db.kysely
      .selectFrom('staffEnrolments')
      .select('tokenHash')
      .where('accountId', '=', body.user.id)
      .execute();
    expect(stored).toEqual([{ tokenHash: hashToken(token) }]);
    expect(await auditOf(`account:${body.user.id}`)).toEqual([
      {
        actor: admin.id,
        action: 'staff.added',
        diff: { email: [null, 'kai@vendor.example'], role: [null, 'case-manager'] },
      },
    ]);
  });

  it.each([
    [{ role: 'triager' }, ['email']],
    [{ email: 'a@b.example' }, ['role']],
    [{ email: 'a@b.example', role: 'superuser' }, ['role']],
    [{ email: 'a@b.example', role: 'researcher' }, ['role']],
    [{ email: 'not an address', role: 'triager' }, ['email']],
    [{ email: '', role: 'triager' }, ['email']],
    [{ email: `${'a'.repeat(250)}@b.example`, role: 'triager' }, ['email']],
    [{ email: 42, role: 'triager' }, ['email']],
  ])('refuses %o naming %o', async (payload, fields) => {
    const res = await as(admin, { method: 'POST', url: '/api/v1/staff/users', payload });
    expect(paths(problem(res, 400, 'validation-failed'))).toEqual(fields);
  });

  it('refuses unknown fields, a body that is not an object, and a huge body', async () => {
    const extra = await as(admin, {
      method: 'POST',
      url: '/api/v1/staff/users',
      payload: { email: nextEmail(), role: 'triager', isAdmin: true },
    });
    expect(paths(problem(extra, 400, 'unknown-field'))).toEqual(['isAdmin']);
    const array = await as(admin, {
      method: 'POST',
      url: '/api/v1/staff/users',
      payload: '[]',
      headers: { 'content-type': 'application/json' },
    });
    problem(array, 400, 'validation-failed');
    const huge = await as(admin, {
      method: 'POST',
      url: '/api/v1/staff/users',
      payload: { email: nextEmail(), role: 'triager', padding: 'x'.repeat(2_000_000) },
    });
    problem(huge, 413, 'payload-too-large');
  });

  it('refuses an address any account has already, whatever its case, naming email', async () => {
    for (const email of [admin.email.toUpperCase(), 'rin@example.org']) {
      const res = await as(admin, {
        method: 'POST',
        url: '/api/v1/staff/users',
        payload: { email, role: 'triager' },
      });
      expect(problem(res, 409, 'conflict').errors).toEqual([
        { path: 'email', message: 'belongs to an account already', rule: 'taken' },
      ]);
    }
  });
});

describe('reset', () => {
  it('ends the sessions and the old link and answers a new link', async () => {
    const member = await createStaffSession(app, { role: 'triager' });
    const res = await as(admin, { method: 'POST', url: `/api/v1/staff/users/${member.id}/reset` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json<WithLink & { sessionsEnded: number }>();
    expect(body.sessionsEnded).toBe(1);
    expect(body.user).toMatchObject({ id: member.id, status: 'enrolment-pending' });
    expect(body.enrolment.url).toMatch(/#vde_/);
    problem(await me(member), 401, 'unauthorized');
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: {
        email: member.email,
        password: member.password,
        totp: await nextTotpCode(app, member),
      },
      remoteAddress: '10.9.1.1',
    });
    problem(signIn, 401, 'unauthorized');
    expect((await auditOf(`account:${member.id}`)).slice(-2)).toEqual([
      {
        actor: admin.id,
        action: 'staff.reset',
        diff: { password: ['set', 'none'], totp: ['enabled', 'disabled'], sessions: [1, 0] },
      },
      {
        actor: 'anonymous',
        action: 'session.sign-in-failed',
        diff: { reason: [null, 'not-enrolled'], address: [null, '10.9.1.1'] },
      },
    ]);
  });

  it('takes no body, and answers 404 for unknown ids and researchers', async () => {
    const member = await addUser();
    const withBody = await as(admin, {
      method: 'POST',
      url: `/api/v1/staff/users/${member.user.id}/reset`,
      payload: { force: true },
    });
    expect(paths(problem(withBody, 400, 'unknown-field'))).toEqual(['force']);
    const researcherId = (
      await app.testDb.db.kysely
        .selectFrom('accounts')
        .select('id')
        .where('email', '=', 'rin@example.org')
        .executeTakeFirstOrThrow()
    ).id;
    for (const id of ['01900000-0000-7000-8000-000000000001', researcherId, 'x']) {
      problem(
        await as(admin, { method: 'POST', url: `/api/v1/staff/users/${id}/reset` }),
        404,
        'not-found',
      );
      problem(await patch(admin, id, { role: 'admin' }), 404, 'not-found');
      problem(
        await as(admin, { method: 'GET', url: `/api/v1/staff/users/${id}/tokens` }),
        404,
        'not-found',
      );
    }
    const tooLong = await as(admin, {
      method: 'POST',
      url: `/api/v1/staff/users/${'a'.repeat(65)}/reset`,
    });
    expect(paths(problem(tooLong, 400, 'validation-failed'))).toEqual(['params:id']);
  });
});

describe('role changes, disabling and enabling', () => {
  it('changes the role; the account’s session and token carry the new role at once', async () => {
    const member = await createStaffSession(app, { role: 'triager' });
    const token = await app.services.staff.createToken({ email: member.email, name: 'ci' });
    // Used once as a triager first, so the server has its owner at hand when the role changes.
    const before = await app.inject({
      method: 'GET',
      url: '/api/v1/audit?limit=1',
      headers: { authorization: `Bearer ${token.token}` },
    });
    expect(before.statusCode).toBe(403);
    const res = await patch(admin, member.id, { role: 'auditor' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UserView>()).toMatchObject({
      id: member.id,
      role: 'auditor',
      status: 'active',
    });
    expect((await me(member)).json()).toMatchObject({ role: 'auditor' });
    const viaToken = await app.inject({
      method: 'GET',
      url: '/api/v1/audit?limit=1',
      headers: { authorization: `Bearer ${token.token}` },
    });
    expect(viaToken.statusCode).toBe(200);
    // The same role again changes nothing and records nothing.
    expect((await patch(admin, member.id, { role: 'auditor' })).statusCode).toBe(200);
    expect(
      (await auditOf(`account:${member.id}`)).filter((e) => e.action !== 'staff.added'),
    ).toEqual([
      expect.objectContaining({ action: 'staff.enrolled' }),
      expect.objectContaining({ action: 'session.staff-signed-in' }),
      { actor: admin.id, action: 'staff.role-changed', diff: { role: ['triager', 'auditor'] } },
    ]);
  });

  it('disabling ends the sessions, refuses the tokens and sign-in; enabling restores the tokens', async () => {
    const member = await createStaffSession(app, { role: 'case-manager' });
    const second = await signInStaff(app, member);
    const { token } = await app.services.staff.createToken({ email: member.email, name: 'ci' });
    const bearer: StaffToken = { ...member, token };
    expect((await me(bearer)).statusCode).toBe(200);
    app.clock.advance(60_000);

    const res = await patch(admin, member.id, { disabled: true });
    expect(res.statusCode, res.body).toBe(200);
    const disabledAt = app.clock.now().toISOString();
    expect(res.json<UserView>()).toMatchObject({ status: 'disabled', disabledAt, tokenCount: 1 });
    problem(await me(member), 401, 'unauthorized');
    problem(await me(second), 401, 'unauthorized');
    problem(await me(bearer), 401, 'unauthorized');
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: {
        email: member.email,
        password: member.password,
        totp: await nextTotpCode(app, member),
      },
      remoteAddress: '10.9.2.1',
    });
    expect(problem(signIn, 403, 'forbidden')).toMatchObject({
      detail: expect.stringMatching(/disabled/) as unknown,
    });
    expect(signIn.headers['set-cookie']).toBeUndefined();
    // Neither a reset nor a new token for a disabled account.
    problem(
      await as(admin, { method: 'POST', url: `/api/v1/staff/users/${member.id}/reset` }),
      409,
      'conflict',
    );
    problem(
      await as(admin, {
        method: 'POST',
        url: `/api/v1/staff/users/${member.id}/tokens`,
        payload: { name: 'more' },
      }),
      409,
      'conflict',
    );

    const enabled = await patch(admin, member.id, { disabled: false });
    expect(enabled.json<UserView>()).toMatchObject({ status: 'active', disabledAt: null });
    expect((await me(bearer)).statusCode).toBe(200);
    problem(await me(member), 401, 'unauthorized');
    expect((await auditOf(`account:${member.id}`)).slice(-3)).toEqual([
      {
        actor: admin.id,
        action: 'staff.disabled',
        diff: { disabledAt: [null, disabledAt], sessions: [2, 0] },
      },
      {
        actor: 'anonymous',
        action: 'session.sign-in-failed',
        diff: { reason: [null, 'disabled'], address: [null, '10.9.2.1'] },
      },
      { actor: admin.id, action: 'staff.enabled', diff: { disabledAt: [disabledAt, null] } },
    ]);
  });

  it('closes the open enrolment link of an account it disables', async () => {
    const member = await addUser();
    expect((await patch(admin, member.user.id, { disabled: true })).json()).toMatchObject({
      status: 'disabled',
      enrolmentExpiresAt: null,
    });
    const view = await app.inject({
      method: 'GET',
      url: '/api/v1/staff/enrolment',
      headers: { 'x-enrolment-token': enrolmentTokenOf(member.enrolment.url) },
    });
    problem(view, 400, 'validation-failed');
  });

  it.each([
    [{}, ['disabled', 'role'], 'validation-failed'],
    [{ role: 'researcher' }, ['role'], 'validation-failed'],
    [{ role: 'root' }, ['role'], 'validation-failed'],
    [{ disabled: 'yes' }, ['disabled'], 'validation-failed'],
    [{ disabled: null }, ['disabled'], 'validation-failed'],
    [{ role: 'admin', email: 'new@x.example' }, ['email'], 'unknown-field'],
  ])('refuses %o naming %o', async (payload, fields, code) => {
    const member = await addUser();
    expect(paths(problem(await patch(admin, member.user.id, payload), 400, code))).toEqual(fields);
  });
});

describe('the last enabled admin', () => {
  it('cannot be demoted or disabled; another admin (even one yet to enrol) lifts that', async () => {
    const app2 = await buildTestApp();
    try {
      const only = await createStaffSession(app2, { role: 'admin' });
      const self = (payload: object) =>
        app2.inject(
          asStaff(only, { method: 'PATCH', url: `/api/v1/staff/users/${only.id}`, payload }),
        );
      const demote = await self({ role: 'triager' });
      expect(demote.statusCode, demote.body).toBe(409);
      expect(demote.json<Problem>().errors).toEqual([
        { path: 'role', message: 'would leave no enabled admin', rule: 'last-admin' },
      ]);
      const disable = await self({ disabled: true });
      expect(disable.statusCode).toBe(409);
      expect(disable.json<Problem>().errors.map((e) => e.path)).toEqual(['disabled']);
      expect((await self({ role: 'admin', disabled: false })).statusCode).toBe(200);

      // A disabled admin does not count.
      const other = await createEnrolledStaff(app2, { role: 'admin' });
      const disableOther = await app2.inject(
        asStaff(only, {
          method: 'PATCH',
          url: `/api/v1/staff/users/${other.id}`,
          payload: { disabled: true },
        }),
      );
      expect(disableOther.statusCode).toBe(200);
      expect((await self({ role: 'auditor' })).statusCode).toBe(409);

      // An enabled admin who has yet to enrol does.
      await app2.services.staff.addUser({ email: 'next-admin@staff.example.com', role: 'admin' });
      const demoted = await self({ role: 'auditor' });
      expect(demoted.statusCode, demoted.body).toBe(200);
      // The session now has the auditor's role: it may no longer manage staff.
      const after = await app2.inject(asStaff(only, { method: 'GET', url: '/api/v1/staff/users' }));
      expect(after.statusCode).toBe(403);
    } finally {
      await app2.close();
    }
  });

  it('stays when two admins demote each other at the same moment', async () => {
    const app2 = await buildTestApp();
    try {
      const a = await createStaffSession(app2, { role: 'admin' });
      const b = await createStaffSession(app2, { role: 'admin' });
      const demote = (who: StaffSession, target: StaffSession) =>
        app2.inject(
          asStaff(who, {
            method: 'PATCH',
            url: `/api/v1/staff/users/${target.id}`,
            payload: { role: 'triager' },
          }),
        );
      const results = await Promise.all([demote(a, b), demote(b, a)]);
      const statuses = results.map((r) => r.statusCode).sort();
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      const admins = await app2.testDb.db.kysely
        .selectFrom('accounts')
        .select('id')
        .where('role', '=', 'admin')
        .where('disabledAt', 'is', null)
        .execute();
      expect(admins).toHaveLength(1);
    } finally {
      await app2.close();
    }
  });
});

describe('staff API tokens', () => {
  it('creates a token shown once that works with the account’s role, lists and revokes it', async () => {
    const member = await createEnrolledStaff(app, { role: 'auditor' });
    const url = `/api/v1/staff/users/${member.id}/tokens`;
    const created = await as(admin, { method: 'POST', url, payload: { name: ' nightly export ' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const token = created.json<TokenView>();
    expect(token).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      name: 'nightly export',
      prefix: token.token?.slice(0, 10),
      createdAt: app.clock.now().toISOString(),
      lastUsedAt: null,
      token: expect.stringMatching(/^vdp_/) as unknown,
    });
    const bearer = { headers: { authorization: `Bearer ${token.token ?? ''}` } };
    const who = await app.inject({ method: 'GET', url: '/api/v1/me', ...bearer });
    expect(who.json()).toMatchObject({ id: member.id, role: 'auditor' });
    const stored = await app.testDb.db.kysely
      .selectFrom('apiTokens')
      .select('tokenHash')
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).toBe(hashToken(token.token ?? ''));

    const list = await as(admin, { method: 'GET', url });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: TokenView[] }>().items).toEqual([
      {
        id: token.id,
        name: 'nightly export',
        prefix: token.prefix,
        createdAt: token.createdAt,
        lastUsedAt: app.clock.now().toISOString(),
      },
    ]);
    expect(list.body).not.toContain(token.token);
    expect((await userById(member.id))?.tokenCount).toBe(1);

    // Another account's id with this token's id: not found, and the token still works.
    const elsewhere = await as(adminToken, {
      method: 'DELETE',
      url: `/api/v1/staff/users/${triager.id}/tokens/${token.id}`,
    });
    problem(elsewhere, 404, 'not-found');
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', ...bearer })).statusCode).toBe(
      200,
    );

    const revoked = await as(adminToken, { method: 'DELETE', url: `${url}/${token.id}` });
    expect(revoked.statusCode).toBe(204);
    problem(await app.inject({ method: 'GET', url: '/api/v1/me', ...bearer }), 401, 'unauthorized');
    problem(await as(admin, { method: 'DELETE', url: `${url}/${token.id}` }), 404, 'not-found');
    expect((await userById(member.id))?.tokenCount).toBe(0);
    expect(await auditOf(`token:${token.id}`)).toEqual([
      {
        actor: admin.id,
        action: 'token.created',
        diff: {
          account: [null, member.id],
          name: [null, 'nightly export'],
          prefix: [null, token.prefix],
        },
      },
      {
        actor: adminToken.id,
        action: 'token.revoked',
        diff: { revokedAt: [null, expect.any(String)] },
      },
    ]);
  });

  it.each([
    [{}, ['name'], 'validation-failed'],
    [{ name: '' }, ['name'], 'validation-failed'],
    [{ name: '   ' }, ['name'], 'validation-failed'],
    [{ name: 'x'.repeat(101) }, ['name'], 'validation-failed'],
    [{ name: 7 }, ['name'], 'validation-failed'],
    [{ name: 'ci', role: 'admin' }, ['role'], 'unknown-field'],
  ])('refuses %o naming %o', async (payload, fields, code) => {
    const res = await as(admin, {
      method: 'POST',
      url: `/api/v1/staff/users/${triager.id}/tokens`,
      payload,
    });
    expect(paths(problem(res, 400, code))).toEqual(fields);
  });

  it('answers 404 for tokens of unknown accounts and unknown tokens', async () => {
    const unknown = '01900000-0000-7000-8000-000000000009';
    problem(
      await as(admin, {
        method: 'POST',
        url: `/api/v1/staff/users/${unknown}/tokens`,
        payload: { name: 'ci' },
      }),
      404,
      'not-found',
    );
    problem(
      await as(admin, {
        method: 'DELETE',
        url: `/api/v1/staff/users/${triager.id}/tokens/${unknown}`,
      }),
      404,
      'not-found',
    );
  });
});
