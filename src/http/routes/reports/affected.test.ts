/**
 * The products and versions a case affects: PATCH /api/v1/reports/{id}/case `affected` and the
 * case view's `affected` list. On SQLite, and on PostgreSQL with DATABASE_URL.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { buildReport } from '../../../../test/helpers/factories.js';
import { asStaff, createStaffToken, type StaffToken } from '../../../../test/helpers/staff.js';

interface Affected {
  productId: string;
  productName: string;
  versionId: string | null;
  version: string | null;
}
interface CaseFacts {
  productId: string | null;
  affected: Affected[];
}
interface Problem {
  code: string;
  errors: { path: string; message: string }[];
}

let app: TestApp;
let triager: StaffToken;
let manager: StaffToken;
let auditor: StaffToken;
let serial = 0;

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

async function submit(): Promise<{ id: string; trackingToken: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: buildReport() });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function created(url: string, payload: Record<string, unknown>): Promise<string> {
  const res = await as(manager, { method: 'POST', url, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** A product with two versions, another product with one, and an online service. */
async function catalogue() {
  serial += 1;
  const app1 = await created('/api/v1/products', { name: `Desk ${serial}`, kind: 'product' });
  const v1 = await created(`/api/v1/products/${app1}/versions`, { name: '1.0' });
  const v2 = await created(`/api/v1/products/${app1}/versions`, { name: '2.0' });
  const lib = await created('/api/v1/products', { name: `Lib ${serial}`, kind: 'product' });
  const lib1 = await created(`/api/v1/products/${lib}/versions`, { name: '0.9' });
  const cloud = await created('/api/v1/products', {
    name: `Cloud ${serial}`,
    kind: 'online-service',
  });
  return { app1, v1, v2, lib, lib1, cloud };
}

const patch = (who: StaffToken, id: string, payload: Record<string, unknown>) =>
  as(who, { method: 'PATCH', url: `/api/v1/reports/${id}/case`, payload });

async function facts(id: string): Promise<CaseFacts> {
  const res = await as(manager, { method: 'GET', url: `/api/v1/reports/${id}/case` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CaseFacts>();
}

function problem(res: LightMyRequestResponse, code: string): Problem {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = res.json<Problem>();
  expect(body.code).toBe(code);
  return body;
}

describe('affected products and versions', () => {
  it('sets, replaces and clears the list, audited and in the timeline', async () => {
    const c = await catalogue();
    const report = await submit();
    expect(await facts(report.id)).toMatchObject({ productId: null, affected: [] });

    const set = await patch(triager, report.id, {
      affected: [
        { productId: c.app1, versionId: c.v2 },
        { productId: c.app1, versionId: c.v1 },
        { productId: c.cloud },
      ],
    });
    expect(set.statusCode, set.body).toBe(204);
    const first = await facts(report.id);
    // No primary product yet: the first affected one becomes it.
    expect(first.productId).toBe(c.app1);
    expect(first.affected).toEqual([
      { productId: c.app1, productName: `Desk ${serial}`, versionId: c.v2, version: '2.0' },
      { productId: c.app1, productName: `Desk ${serial}`, versionId: c.v1, version: '1.0' },
      { productId: c.cloud, productName: `Cloud ${serial}`, versionId: null, version: null },
    ]);

    expect(
      (
        await patch(manager, report.id, {
          affected: [{ productId: c.lib, versionId: null }, { productId: c.app1 }],
        })
      ).statusCode,
    ).toBe(204);
    const replaced = await facts(report.id);
    // The primary product stays as it was.
    expect(replaced.productId).toBe(c.app1);
    expect(replaced.affected.map((a) => [a.productId, a.versionId])).toEqual([
      [c.lib, null],
      [c.app1, null],
    ]);

    expect((await patch(manager, report.id, { affected: [] })).statusCode).toBe(204);
    expect(await facts(report.id)).toMatchObject({ productId: c.app1, affected: [] });

    const audit = await app.testDb.db.kysely
      .selectFrom('auditLog')
      .select(['action', 'diff'])
      .where('target', '=', `report:${report.id}`)
      .where('action', '=', 'report.case-updated')
      .orderBy('seq')
      .execute();
    expect(audit).toHaveLength(3);
    expect(JSON.parse(audit[0]?.diff ?? '{}')).toEqual({
      productId: [null, c.app1],
      affected: [[], [`${c.app1}@${c.v2}`, `${c.app1}@${c.v1}`, c.cloud]],
    });
    expect(JSON.parse(audit[2]?.diff ?? '{}')).toEqual({ affected: [[c.lib, c.app1], []] });

    const timeline = await as(manager, { method: 'GET', url: `/api/v1/reports/${report.id}` });
    expect(timeline.statusCode, timeline.body).toBe(200);
    const kinds = timeline
      .json<{ timeline: { kind: string; data: Record<string, unknown> | null }[] }>()
      .timeline.filter((e) => e.kind === 'case-updated');
    expect(kinds).toHaveLength(3);

    // Sending the same list again changes nothing and writes no entry.
    expect((await patch(manager, report.id, { affected: [] })).statusCode).toBe(204);
    expect(
      await app.testDb.db.kysely
        .selectFrom('auditLog')
        .select('seq')
        .where('target', '=', `report:${report.id}`)
        .where('action', '=', 'report.case-updated')
        .execute(),
    ).toHaveLength(3);
  });

  it('keeps an explicit primary product apart from the list', async () => {
    const c = await catalogue();
    const report = await submit();
    expect(
      (
        await patch(manager, report.id, {
          productId: c.lib,
          affected: [{ productId: c.app1, versionId: c.v1 }],
        })
      ).statusCode,
    ).toBe(204);
    expect(await facts(report.id)).toMatchObject({ productId: c.lib });
    const queue = await as(manager, { method: 'GET', url: `/api/v1/reports?product=${c.lib}` });
    expect(queue.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(report.id);
  });

  it('names the entry of bad input with 400 and changes nothing', async () => {
    const c = await catalogue();
    const report = await submit();
    for (const [affected, path] of [
      [[{ productId: 'no-such-product' }], 'affected[0].productId'],
      [[{ productId: c.lib }, { productId: c.app1, versionId: c.lib1 }], 'affected[1].versionId'],
      [[{ productId: c.app1, versionId: 'no-such-version' }], 'affected[0].versionId'],
      [[{ productId: c.cloud, versionId: c.v1 }], 'affected[0].versionId'],
      [
        [
          { productId: c.app1, versionId: c.v1 },
          { productId: c.app1, versionId: c.v1 },
        ],
        'affected[1].versionId',
      ],
      [[{ productId: c.lib }, { productId: c.lib, versionId: null }], 'affected[1].productId'],
    ] as const) {
      const body = problem(await patch(manager, report.id, { affected }), 'validation-failed');
      expect(body.errors.map((e) => e.path)).toEqual([path]);
    }
    const tooMany = problem(
      await patch(manager, report.id, {
        affected: Array.from({ length: 51 }, () => ({ productId: c.lib })),
      }),
      'validation-failed',
    );
    expect(tooMany.errors.map((e) => e.path)).toEqual(['affected']);
    const notAList = problem(
      await patch(manager, report.id, { affected: { productId: c.lib } }),
      'validation-failed',
    );
    expect(notAList.errors.map((e) => e.path)).toEqual(['affected']);
    const surplus = problem(
      await patch(manager, report.id, { affected: [{ productId: c.lib, version: '1.0' }] }),
      'unknown-field',
    );
    expect(surplus.errors.map((e) => e.path)).toEqual(['affected[0].version']);
    expect(await facts(report.id)).toMatchObject({ productId: null, affected: [] });
  });

  it('answers 404 to the reporter and 403 to an auditor', async () => {
    const c = await catalogue();
    const report = await submit();
    const url = `/api/v1/reports/${report.id}/case`;
    const payload = { affected: [{ productId: c.lib }] };
    const asReporter = await app.inject({
      method: 'PATCH',
      url,
      payload,
      headers: { authorization: `Bearer ${report.trackingToken}` },
    });
    expect(asReporter.statusCode).toBe(404);
    const view = await app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${report.trackingToken}` },
    });
    expect(view.statusCode).toBe(404);
    expect((await patch(auditor, report.id, payload)).statusCode).toBe(403);
    expect((await facts(report.id)).affected).toEqual([]);
  });
});
