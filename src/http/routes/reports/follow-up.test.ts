import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { registerVerifiedResearcher } from '../../../../test/helpers/researchers.js';
import { asStaff, createStaffToken } from '../../../../test/helpers/staff.js';
import { HIGH_QUALITY_REPORT, MINIMAL_REPORT } from '../../../../test/helpers/factories.js';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: { path: string; message: string }[];
  instance?: string;
}

interface Created {
  id: string;
  trackingToken: string;
  receivedAt: string;
  firstResponseDueAt: string;
}

interface Status {
  available: boolean;
  reason: string | null;
  availableAfter: string | null;
  lastRequestedAt: string | null;
}

interface Entry {
  at: string;
  kind: string;
  actor: string;
  data: Record<string, unknown>;
}

interface FollowUpMail {
  to: string;
  language: string;
  reportRef: string;
  receivedAt: string;
  firstResponseDueAt: string;
  requestedAt: string;
  previousRequestAt: string | null;
}

const HOUR = 3_600_000;
const START = new Date('2026-03-02T09:00:00.000Z');
const PASSWORD = 'correct horse battery staple';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const url = (id: string) => `/api/v1/reports/${encodeURIComponent(id)}/follow-up`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function status(id: string, opts: Omit<InjectOptions, 'url'> = {}) {
  return app.inject({ ...opts, method: 'GET', url: url(id) });
}

function ask(id: string, opts: Omit<InjectOptions, 'url'> = {}) {
  return app.inject({ ...opts, method: 'POST', url: url(id) });
}

function problem(res: LightMyRequestResponse, code: number, name: string): ProblemBody {
  expect(res.statusCode, res.body).toBe(code);
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const body = res.json<ProblemBody>();
  expect(body).toMatchObject({ status: code, code: name });
  return body;
}

const withoutInstance = (p: ProblemBody): ProblemBody => ({ ...p, instance: undefined });

/** A report submitted "now" (the fake clock), anonymously or with the given headers. */
async function submit(headers: Record<string, string> = {}, body: unknown = MINIMAL_REPORT) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Created>();
}

/** Sets the fake clock relative to a report's first-response deadline. */
function atDeadline(report: Created, offsetMs: number): void {
  app.clock.set(new Date(Date.parse(report.firstResponseDueAt) + offsetMs));
}

async function followUpMails(ref: string): Promise<FollowUpMail[]> {
  const rows = await app.testDb.db.kysely
    .selectFrom('outbox')
    .select('payload')
    .where('kind', '=', 'mail.report-follow-up')
    .orderBy('createdAt')
    .execute();
  return rows.map((r) => JSON.parse(r.payload) as FollowUpMail).filter((m) => m.reportRef === ref);
}

async function timelineKinds(ref: string): Promise<string[]> {
  const rows = await app.testDb.db.kysely
    .selectFrom('timeline')
    .innerJoin('reports', 'reports.id', 'timeline.reportId')
    .select(['timeline.kind'])
    .where('reports.ref', '=', ref)
    .orderBy('timeline.at')
    .orderBy('timeline.id')
    .execute();
  return rows.map((r) => r.kind);
}

interface Researcher {
  cookie: string;
  csrf: string;
  apiToken: string;
}

let nextHost = 1;

async function researcher(email: string): Promise<Researcher> {
  await registerVerifiedResearcher(app, email, PASSWORD);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { email, password: PASSWORD },
    remoteAddress: `10.9.0.${nextHost++}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  const session = res.json<{ account: { id: string; role: string }; csrfToken: string }>();
  const cookie = res.cookies.find((c) => c.name === 'vd_session')?.value ?? '';
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/me/tokens',
    payload: { name: 'follow-up test' },
    cookies: { vd_session: cookie },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(created.statusCode, created.body).toBe(201);
  return { cookie, csrf: session.csrfToken, apiToken: created.json<{ token: string }>().token };
}

describe('POST and GET /api/v1/reports/{id}/follow-up', () => {
  let mine: Created;
  let other: Created;
  let notFoundBody: ProblemBody;

  beforeAll(async () => {
    app.clock.set(START);
    mine = await submit({}, HIGH_QUALITY_REPORT);
    other = await submit();
    atDeadline(mine, HOUR);
    notFoundBody = withoutInstance(
      problem(
        await ask('VD-2026-09999', { headers: bearer(mine.trackingToken) }),
        404,
        'not-found',
      ),
    );
  });

  describe('authentication', () => {
    it('answers 404 without credentials, as for a report that does not exist, and stores nothing', async () => {
      for (const res of [await ask(mine.id), await status(mine.id)]) {
        expect(withoutInstance(problem(res, 404, 'not-found'))).toEqual(notFoundBody);
      }
      expect(await followUpMails(mine.id)).toEqual([]);
      expect(await timelineKinds(mine.id)).toEqual(['received']);
    });

    it('answers the same 404 to the tracking token of another report', async () => {
      const headers = bearer(other.trackingToken);
      for (const res of [await ask(mine.id, { headers }), await status(mine.id, { headers })]) {
        expect(withoutInstance(problem(res, 404, 'not-found'))).toEqual(notFoundBody);
      }
    });

    it('answers the same 404 to unknown and malformed tokens', async () => {
      for (const authorization of [
        'Bearer vdt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        'Bearer garbage',
        'Basic dXNlcjpwYXNzd29yZA==',
      ]) {
        const res = await ask(mine.id, { headers: { authorization } });
        expect(withoutInstance(problem(res, 404, 'not-found'))).toEqual(notFoundBody);
      }
    });

    it("answers the same 404 to another account's session and API token", async () => {
      const stranger = await researcher('stranger@example.org');
      const viaSession = await ask(mine.id, {
        cookies: { vd_session: stranger.cookie },
        headers: { 'x-csrf-token': stranger.csrf },
      });
      expect(withoutInstance(problem(viaSession, 404, 'not-found'))).toEqual(notFoundBody);
      const viaToken = await ask(mine.id, { headers: bearer(stranger.apiToken) });
      expect(withoutInstance(problem(viaToken, 404, 'not-found'))).toEqual(notFoundBody);
      expect(await followUpMails(mine.id)).toEqual([]);
    });

    it('refuses the owner’s session cookie without the CSRF token', async () => {
      app.clock.set(START);
      const owner = await researcher('owner-csrf@example.org');
      const report = await submit(bearer(owner.apiToken));
      atDeadline(report, HOUR);
      problem(await ask(report.id, { cookies: { vd_session: owner.cookie } }), 403, 'csrf-failed');
      problem(
        await ask(report.id, {
          cookies: { vd_session: owner.cookie },
          headers: { 'x-csrf-token': 'wrong' },
        }),
        403,
        'csrf-failed',
      );
      expect(await followUpMails(report.id)).toEqual([]);
    });
  });

  describe('bad input', () => {
    it('answers 400 to an id longer than 40 characters', async () => {
      for (const res of [await ask('V'.repeat(41)), await status('V'.repeat(41))]) {
        expect(problem(res, 400, 'validation-failed').errors.map((e) => e.path)).toEqual([
          'params:id',
        ]);
      }
    });

    it('answers 400 to a body with fields, which would otherwise be lost', async () => {
      const res = await ask(mine.id, {
        headers: { ...bearer(mine.trackingToken), 'content-type': 'application/json' },
        payload: JSON.stringify({ message: 'Please answer' }),
      });
      expect(problem(res, 400, 'unknown-field').errors).toEqual([
        { path: 'message', message: 'is not a known field', rule: 'unknown-field' },
      ]);
      const notObject = await ask(mine.id, {
        headers: { ...bearer(mine.trackingToken), 'content-type': 'application/json' },
        payload: '"please"',
      });
      expect(problem(notObject, 400, 'validation-failed').errors).toEqual([
        { path: '(body)', message: 'must be empty' },
      ]);
      expect(await followUpMails(mine.id)).toEqual([]);
    });

    it('answers 415 to a text body', async () => {
      const res = await ask(mine.id, {
        headers: { ...bearer(mine.trackingToken), 'content-type': 'text/plain' },
        payload: 'please answer',
      });
      problem(res, 415, 'unsupported-media-type');
    });
  });

  describe('the rule', () => {
    it('is not available before the first-response deadline, nor exactly at it: 409', async () => {
      app.clock.set(START);
      const report = await submit();
      const headers = bearer(report.trackingToken);
      for (const offset of [-23 * HOUR, 0]) {
        atDeadline(report, offset);
        const s = await status(report.id, { headers });
        expect(s.statusCode).toBe(200);
        expect(s.headers['cache-control']).toBe('no-store');
        expect(s.json<Status>()).toEqual({
          available: false,
          reason: 'not-due',
          availableAfter: report.firstResponseDueAt,
          lastRequestedAt: null,
        });
        const body = problem(await ask(report.id, { headers }), 409, 'conflict');
        expect(body.detail).toContain('has not passed yet');
        expect(body.errors).toEqual([]);
      }
      expect(await followUpMails(report.id)).toEqual([]);
      expect(await timelineKinds(report.id)).toEqual(['received']);
    });

    it('records the request and alerts the on-call address once the deadline has passed: 202', async () => {
      app.clock.set(START);
      const report = await submit();
      const headers = bearer(report.trackingToken);
      atDeadline(report, 1);
      expect((await status(report.id, { headers })).json<Status>()).toEqual({
        available: true,
        reason: null,
        availableAfter: null,
        lastRequestedAt: null,
      });

      atDeadline(report, 2 * HOUR);
      const res = await ask(report.id, { headers });
      expect(res.statusCode, res.body).toBe(202);
      expect(res.headers['cache-control']).toBe('no-store');
      const requestedAt = app.clock.now().toISOString();
      expect(res.json<Entry>()).toEqual({
        at: requestedAt,
        kind: 'follow-up-requested',
        actor: 'reporter',
        data: { firstResponseDueAt: report.firstResponseDueAt },
      });
      expect(await followUpMails(report.id)).toEqual([
        {
          // ONCALL_EMAIL defaults to security@ the host of PUBLIC_URL.
          to: 'security@vulndesk.test',
          language: 'en',
          reportRef: report.id,
          receivedAt: report.receivedAt,
          firstResponseDueAt: report.firstResponseDueAt,
          requestedAt,
          previousRequestAt: null,
        },
      ]);

      // The reporter sees it on the report's timeline.
      const detail = await app.inject({
        method: 'GET',
        url: `/api/v1/reports/${report.id}`,
        headers,
      });
      expect(detail.json<{ timeline: Entry[] }>().timeline.map((e) => [e.kind, e.actor])).toEqual([
        ['received', 'reporter'],
        ['follow-up-requested', 'reporter'],
      ]);
    });

    it('allows one request per 24 hours', async () => {
      app.clock.set(START);
      const report = await submit();
      const headers = bearer(report.trackingToken);
      atDeadline(report, HOUR);
      expect((await ask(report.id, { headers })).statusCode).toBe(202);
      const first = app.clock.now();
      const again = new Date(first.getTime() + 24 * HOUR);

      app.clock.advance(23 * HOUR);
      const body = problem(await ask(report.id, { headers }), 409, 'conflict');
      expect(body.detail).toBe(
        `a response was already asked for at ${first.toISOString()}; ask again after ${again.toISOString()}`,
      );
      expect((await status(report.id, { headers })).json<Status>()).toEqual({
        available: false,
        reason: 'recently-requested',
        availableAfter: again.toISOString(),
        lastRequestedAt: first.toISOString(),
      });

      app.clock.set(again);
      expect((await ask(report.id, { headers })).statusCode).toBe(202);
      const mails = await followUpMails(report.id);
      expect(mails.map((m) => m.previousRequestAt)).toEqual([null, first.toISOString()]);
      expect(await timelineKinds(report.id)).toEqual([
        'received',
        'follow-up-requested',
        'follow-up-requested',
      ]);
    });

    it('is not available once the security team has responded: 409', async () => {
      app.clock.set(START);
      const report = await submit();
      const headers = bearer(report.trackingToken);
      const triager = await createStaffToken(app, { role: 'triager' });
      const byStaff = (path: string, payload: Record<string, unknown>) =>
        app.inject(
          asStaff(triager, {
            method: 'POST',
            url: `/api/v1/reports/${report.id}/${path}`,
            payload,
          }),
        );
      // Taking the report into triage, late, tells the reporter nothing: they may still ask.
      atDeadline(report, 5 * HOUR);
      expect((await byStaff('transitions', { to: 'triage' })).statusCode).toBe(200);
      expect((await status(report.id, { headers })).json<Status>()).toMatchObject({
        available: true,
      });
      // A message to them is an answer.
      atDeadline(report, 6 * HOUR);
      expect((await byStaff('messages', { body: 'We are on it.' })).statusCode).toBe(201);
      atDeadline(report, 10 * HOUR);
      expect((await status(report.id, { headers })).json<Status>()).toEqual({
        available: false,
        reason: 'responded',
        availableAfter: null,
        lastRequestedAt: null,
      });
      const body = problem(await ask(report.id, { headers }), 409, 'conflict');
      expect(body.detail).toBe('the security team has already responded to this report');
      expect(await followUpMails(report.id)).toEqual([]);
    });

    it('lets only one of several simultaneous requests through', async () => {
      app.clock.set(START);
      const report = await submit();
      const headers = bearer(report.trackingToken);
      atDeadline(report, HOUR);
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => ask(report.id, { headers })),
      );
      expect(answers.map((r) => r.statusCode).sort()).toEqual([202, 409, 409, 409]);
      expect(await followUpMails(report.id)).toHaveLength(1);
    });
  });

  describe('happy path for the owning account', () => {
    it('accepts the session cookie with its CSRF token, and an API token', async () => {
      app.clock.set(START);
      const owner = await researcher('owner@example.org');
      const viaSession = await submit(bearer(owner.apiToken));
      const viaToken = await submit(bearer(owner.apiToken));
      atDeadline(viaSession, HOUR);
      const session = { cookies: { vd_session: owner.cookie } };
      expect((await status(viaSession.id, session)).json<Status>().available).toBe(true);
      const res = await ask(viaSession.id, {
        ...session,
        headers: { 'x-csrf-token': owner.csrf },
      });
      expect(res.statusCode, res.body).toBe(202);
      const res2 = await ask(viaToken.id, { headers: bearer(owner.apiToken) });
      expect(res2.statusCode, res2.body).toBe(202);
      expect(await followUpMails(viaSession.id)).toHaveLength(1);
      expect(await followUpMails(viaToken.id)).toHaveLength(1);
    });
  });
});

describe('ONCALL_EMAIL', () => {
  it('is where the follow-up mail goes', async () => {
    const custom = await buildTestApp({ ONCALL_EMAIL: 'psirt-oncall@contoso.com' });
    try {
      const res = await custom.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: MINIMAL_REPORT,
      });
      const report = res.json<Created>();
      custom.clock.set(new Date(Date.parse(report.firstResponseDueAt) + HOUR));
      const asked = await custom.inject({
        method: 'POST',
        url: url(report.id),
        headers: bearer(report.trackingToken),
      });
      expect(asked.statusCode, asked.body).toBe(202);
      const row = await custom.testDb.db.kysely
        .selectFrom('outbox')
        .select('payload')
        .where('kind', '=', 'mail.report-follow-up')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(row.payload)).toMatchObject({ to: 'psirt-oncall@contoso.com' });
    } finally {
      await custom.close();
    }
  });
});
