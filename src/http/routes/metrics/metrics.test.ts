/**
 * GET /api/v1/metrics: who may read it, bad input, and the numbers after reports were moved
 * through their lifecycle at controlled times. On SQLite, and on PostgreSQL with DATABASE_URL.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { buildReport } from '../../../../test/helpers/factories.js';
import { registerVerifiedResearcher } from '../../../../test/helpers/researchers.js';
import { asStaff, createStaffToken, type StaffToken } from '../../../../test/helpers/staff.js';
import type { Static } from 'typebox';
import { pageMetricsReports } from '../../../db/repositories/metrics.js';
import { MetricsService } from '../../../services/metrics.service.js';
import type { MetricsSchema } from './schema.js';
import { presentMetrics } from './index.js';

type MetricsView = Static<typeof MetricsSchema>;

let app: TestApp;
let triager: StaffToken;
let manager: StaffToken;
let auditor: StaffToken;

beforeAll(async () => {
  app = await buildTestApp();
  triager = await createStaffToken(app, { role: 'triager' });
  manager = await createStaffToken(app, { role: 'case-manager' });
  auditor = await createStaffToken(app, { role: 'auditor' });
});
afterAll(async () => {
  await app.close();
});

function as(who: StaffToken, request: InjectOptions): Promise<LightMyRequestResponse> {
  return app.inject(asStaff(who, request));
}

const metrics = (query: string, who: StaffToken = auditor) =>
  as(who, { method: 'GET', url: `/api/v1/metrics${query}` });

const at = (iso: string): void => app.clock.set(new Date(iso));

async function submit(title: string): Promise<{ id: string; trackingToken: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: buildReport({ title }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function move(who: StaffToken, id: string, body: Record<string, unknown>): Promise<void> {
  const res = await as(who, {
    method: 'POST',
    url: `/api/v1/reports/${id}/transitions`,
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function patchCase(id: string, payload: Record<string, unknown>): Promise<void> {
  const res = await as(manager, { method: 'PATCH', url: `/api/v1/reports/${id}/case`, payload });
  expect(res.statusCode, res.body).toBe(204);
}

describe('who may read metrics', () => {
  it('answers 401 to anonymous callers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/metrics' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('answers 403 to researchers and report tracking tokens', async () => {
    // Received after every range the numbers below ask for, so it counts in none of them.
    at('2027-06-01T00:00:00Z');
    const report = await submit('A report whose tracker asks for metrics');
    const tracking = await app.inject({
      method: 'GET',
      url: '/api/v1/metrics',
      headers: { authorization: `Bearer ${report.trackingToken}` },
    });
    expect(tracking.statusCode).toBe(403);
    expect(tracking.json()).toMatchObject({ code: 'forbidden' });

    await registerVerifiedResearcher(app, 'metrics-researcher@example.org');
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: {
        email: 'metrics-researcher@example.org',
        password: 'correct horse battery staple',
      },
    });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const cookie = signIn.cookies.find((c) => c.name === 'vd_session')?.value ?? '';
    const researcher = await app.inject({
      method: 'GET',
      url: '/api/v1/metrics',
      cookies: { vd_session: cookie },
    });
    expect(researcher.statusCode).toBe(403);
    expect(researcher.json()).toMatchObject({ code: 'forbidden' });
  });

  it('lets every staff role with metrics.read in', async () => {
    for (const who of [triager, manager, auditor]) {
      expect((await metrics('', who)).statusCode).toBe(200);
    }
  });
});

describe('bad input', () => {
  it.each([
    ['?from=yesterday', 'querystring:from'],
    ['?from=2026-02-30', 'querystring:from'],
    ['?to=2026-13-01', 'querystring:to'],
    ['?interval=day', 'querystring:interval'],
    ['?granularity=week', 'querystring:granularity'],
    ['?from=2099-01-01', 'from'],
    ['?from=2026-02-01&to=2026-01-31', 'to'],
    ['?from=2020-01-01&to=2026-01-01', 'from'],
  ])('names the field in %s', async (query, path) => {
    const res = await metrics(query);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([path]);
  });
});

describe('the numbers', () => {
  let productId: string;

  /** Writes to the reporter: their first answer (taking a report into triage is not one). */
  const answer = async (id: string) => {
    const res = await as(triager, {
      method: 'POST',
      url: `/api/v1/reports/${id}/messages`,
      payload: { body: 'Thank you; we are looking into it.' },
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  beforeAll(async () => {
    at('2026-01-02T08:00:00Z');
    const product = await as(manager, {
      method: 'POST',
      url: '/api/v1/products',
      payload: { name: 'Metrics Router', kind: 'product' },
    });
    expect(product.statusCode, product.body).toBe(201);
    productId = product.json<{ id: string }>().id;

    // A: answered in 10 h, triaged in 48 h, fixed in 46 days, closed on 1 March.
    at('2026-01-05T09:00:00Z');
    const a = await submit('Fixed within the range');
    at('2026-01-05T19:00:00Z');
    await move(triager, a.id, { to: 'triage' });
    await answer(a.id);
    at('2026-01-07T09:00:00Z');
    await move(triager, a.id, { to: 'review-repro' });
    await patchCase(a.id, { productId });
    at('2026-01-10T09:00:00Z');
    await move(manager, a.id, { to: 'develop' });
    await patchCase(a.id, { fixReleaseDate: '2026-02-20', cvdDate: '2026-02-20' });
    at('2026-02-01T12:00:00Z');
    await move(manager, a.id, { to: 'pre-release' });
    at('2026-02-20T09:00:00Z');
    await patchCase(a.id, { fixReleased: true, advisoryPublished: true });
    await move(manager, a.id, { to: 'complete' });
    at('2026-03-01T12:00:00Z');
    await move(manager, a.id, { to: 'closed' });

    // C: rated critical, answered in 5 h, rejected in 23 h (the critical target is 24 h).
    at('2026-01-20T09:00:00Z');
    const c = await submit('Rejected within a day');
    at('2026-01-20T14:00:00Z');
    await move(triager, c.id, { to: 'triage' });
    await answer(c.id);
    const rated = await as(triager, {
      method: 'PUT',
      url: `/api/v1/reports/${c.id}/severity`,
      payload: { severity: 'critical' },
    });
    expect(rated.statusCode, rated.body).toBe(200);
    at('2026-01-21T08:00:00Z');
    await move(triager, c.id, { to: 'rejected', disposition: 'spam' });

    // B: never answered (first response due 11 February, triage 15 February).
    at('2026-02-10T09:00:00Z');
    await submit('Never answered');

    at('2026-03-18T12:00:00Z');
  });

  it('answers times, SLA compliance per month and the backlog over time', async () => {
    const res = await metrics('?from=2026-01-01&to=2026-03-31');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<MetricsView>();
    expect(body.range).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-03-18T12:00:00.000Z',
    });
    expect(body.interval).toBe('month');
    expect(body.timeToFirstResponse).toMatchObject({ count: 2, medianHours: 7.5, p90Hours: 9.5 });
    expect(body.timeToTriage).toMatchObject({ count: 2, medianHours: 35.5, p90Hours: 45.5 });
    expect(body.timeToFix).toMatchObject({ count: 1, medianHours: 1104, p90Hours: 1104 });
    expect(body.timeToFix.byPeriod.map((p) => [p.start, p.count])).toEqual([
      ['2026-01-01T00:00:00.000Z', 0],
      ['2026-02-01T00:00:00.000Z', 1],
      ['2026-03-01T00:00:00.000Z', 0],
    ]);

    const none = { met: 0, missed: 0, rate: null };
    expect(body.slaCompliance).toEqual([
      {
        start: '2026-01-01T00:00:00.000Z',
        end: '2026-02-01T00:00:00.000Z',
        firstResponse: { met: 2, missed: 0, rate: 1 },
        triage: { met: 2, missed: 0, rate: 1 },
        fix: none,
      },
      {
        start: '2026-02-01T00:00:00.000Z',
        end: '2026-03-01T00:00:00.000Z',
        firstResponse: { met: 0, missed: 1, rate: 0 },
        triage: { met: 0, missed: 1, rate: 0 },
        fix: { met: 1, missed: 0, rate: 1 },
      },
      {
        start: '2026-03-01T00:00:00.000Z',
        end: '2026-03-18T12:00:00.000Z',
        firstResponse: none,
        triage: none,
        fix: none,
      },
    ]);

    const open = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
    expect(
      body.backlog.map((p) => ({
        at: p.at,
        total: p.total,
        byState: open(p.byState),
        bySeverity: open(p.bySeverity),
        byProduct: p.byProduct,
      })),
    ).toEqual([
      {
        // C was rejected on 21 January; A was in develop.
        at: '2026-02-01T00:00:00.000Z',
        total: 1,
        byState: { develop: 1 },
        bySeverity: { unrated: 1 },
        byProduct: [{ productId, name: 'Metrics Router', count: 1 }],
      },
      {
        at: '2026-03-01T00:00:00.000Z',
        total: 2,
        byState: { new: 1, complete: 1 },
        bySeverity: { unrated: 2 },
        byProduct: [
          { productId, name: 'Metrics Router', count: 1 },
          { productId: null, name: null, count: 1 },
        ],
      },
      {
        at: '2026-03-18T12:00:00.000Z',
        total: 1,
        byState: { new: 1 },
        bySeverity: { unrated: 1 },
        byProduct: [{ productId: null, name: null, count: 1 }],
      },
    ]);
  });

  it('cuts the range into ISO weeks', async () => {
    const res = await metrics('?from=2026-01-19&to=2026-02-01&interval=week');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<MetricsView>();
    expect(body.interval).toBe('week');
    expect(body.backlog.map((p) => [p.at, p.total, p.bySeverity.critical])).toEqual([
      // C (critical) was rejected on 21 January, before its week ended: only A is open.
      ['2026-01-26T00:00:00.000Z', 1, 0],
      ['2026-02-02T00:00:00.000Z', 1, 0],
    ]);
    expect(body.timeToTriage.byPeriod.map((p) => [p.start, p.count, p.medianHours])).toEqual([
      ['2026-01-19T00:00:00.000Z', 1, 23],
      ['2026-01-26T00:00:00.000Z', 0, null],
    ]);
  });

  it('defaults to the last twelve months by month', async () => {
    const body = (await metrics('')).json<MetricsView>();
    expect(body.range).toMatchObject({ from: '2025-04-01', to: '2026-03-18' });
    expect(body.slaCompliance).toHaveLength(12);
    expect(body.backlog).toHaveLength(12);
    expect(body.timeToFix.count).toBe(1);
  });

  it('gives the same answer whatever the page size', async () => {
    const byRoute = (
      await metrics('?from=2026-01-01&to=2026-03-31&interval=week')
    ).json<MetricsView>();
    const paged = new MetricsService({
      db: app.testDb.db,
      clock: app.clock.now,
      slaPolicy: app.config.slaPolicy,
      pageSize: 1,
    });
    const onePerPage = await paged.metrics(
      {
        kind: 'account',
        accountId: auditor.id,
        email: auditor.email,
        role: 'auditor',
        via: 'token',
      },
      { from: '2026-01-01', to: '2026-03-31', interval: 'week' },
    );
    expect(presentMetrics(onePerPage)).toEqual(byRoute);
  });

  it('reads only reports that can count in the window', async () => {
    const titles = async (start: string) => {
      const rows = await pageMetricsReports(
        app.testDb.db.kysely,
        { start, end: '2026-03-18T12:00:00.000Z' },
        undefined,
        100,
      );
      const refs = await app.testDb.db.kysely
        .selectFrom('reports')
        .select('title')
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('title')
        .execute();
      return refs.map((r) => r.title);
    };
    // C was answered, triaged and rejected by 21 January 08:00: nothing of it is left to count.
    expect(await titles('2026-02-05T00:00:00.000Z')).toEqual([
      'Fixed within the range',
      'Never answered',
    ]);
    expect(await titles('2026-01-21T08:00:00.000Z')).toEqual([
      'Fixed within the range',
      'Never answered',
      'Rejected within a day',
    ]);
  });
});
