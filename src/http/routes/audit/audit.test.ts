import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import {
  asStaff,
  createStaffSession,
  createStaffToken,
  type StaffSession,
  type StaffToken,
} from '../../../../test/helpers/staff.js';
import { GENESIS_HASH, verifyChain } from '../../../domain/audit/chain.js';
import type { AuditPage } from '../../../services/audit.service.js';
import { appendAudit } from '../../../db/repositories/audit-log.js';

let app: TestApp;
let auditor: StaffSession;
let admin: StaffToken;
let triager: StaffSession;

beforeAll(async () => {
  app = await buildTestApp();
  auditor = await createStaffSession(app, { role: 'auditor' });
  admin = await createStaffToken(app, { role: 'admin' });
  triager = await createStaffSession(app, { role: 'triager' });
  // Entries of a report's life, as the case services will write them.
  for (let i = 1; i <= 12; i++) {
    app.clock.advance(60_000);
    await app.testDb.db.kysely.transaction().execute((trx) =>
      appendAudit(trx, {
        at: app.clock.now().toISOString(),
        actor: i % 2 === 0 ? triager.id : 'system',
        action: 'report.transitioned',
        target: `report:VD-2026-${String(i % 3).padStart(5, '0')}`,
        diff: { status: ['new', 'triaged'], n: [null, i] },
      }),
    );
  }
});
afterAll(async () => {
  await app.close();
});

type Page = AuditPage;

const list = (query: string, who: StaffSession | StaffToken = auditor) =>
  app.inject(asStaff(who, { method: 'GET', url: `/api/v1/audit${query}` }));

describe('authentication', () => {
  it('answers 401 without credentials and with bad ones', async () => {
    const none = await app.inject({ method: 'GET', url: '/api/v1/audit' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ code: 'unauthorized' });
    const bad = await app.inject({
      method: 'GET',
      url: '/api/v1/audit',
      headers: { authorization: 'Bearer vdp_nope' },
    });
    expect(bad.statusCode).toBe(401);
  });

  it('answers 403 to staff who are neither auditors nor admins', async () => {
    const res = await list('', triager);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden' });
  });

  it('lets auditors (session) and admins (API token) read', async () => {
    expect((await list('', auditor)).statusCode).toBe(200);
    expect((await list('', admin)).statusCode).toBe(200);
  });
});

describe('bad input', () => {
  it.each([
    ['?limit=0', 'querystring:limit'],
    ['?limit=201', 'querystring:limit'],
    ['?cursor=abc', 'querystring:cursor'],
    ['?cursor=0', 'querystring:cursor'],
    ['?from=yesterday', 'querystring:from'],
    ['?to=2026-13-01T00:00:00Z', 'querystring:to'],
    ['?actr=cli', 'querystring:actr'],
  ])('names the bad parameter in %s', async (query, path) => {
    const res = await list(query);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([path]);
  });
});

describe('happy path', () => {
  it('answers entries newest first, with every field, forming the chain', async () => {
    const res = await list('?limit=200');
    expect(res.statusCode).toBe(200);
    const page = res.json<Page>();
    expect(page.next).toBeNull();
    const seqs = page.items.map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => seqs.length - i));
    const newest = page.items[0];
    expect(newest).toEqual({
      seq: seqs.length,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      at: app.clock.now().toISOString(),
      actor: triager.id,
      actorEmail: triager.email,
      action: 'report.transitioned',
      target: 'report:VD-2026-00000',
      diff: { status: ['new', 'triaged'], n: [null, 12] },
      prevHash: page.items[1]?.hash,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
    const chain = [...page.items].reverse().map((e) => ({ ...e, diff: e.diff ?? {} }));
    expect(chain[0]?.prevHash).toBe(GENESIS_HASH);
    expect(verifyChain(chain, { seq: newest?.seq ?? 0, hash: newest?.hash ?? '' })).toMatchObject({
      ok: true,
    });
  });

  it('pages with the cursor until next is null', async () => {
    const all = (await list('?limit=200')).json<Page>().items.map((e) => e.seq);
    const seen: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res = await list(`?limit=5${cursor === '' ? '' : `&cursor=${cursor}`}`);
      const page: Page = res.json<Page>();
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((e) => e.seq));
      cursor = page.next;
    }
    expect(seen).toEqual(all);
  });

  it('filters by actor, action, target and time, combined', async () => {
    const byActor = (await list(`?actor=${triager.id}&action=report.transitioned`)).json<Page>();
    expect(byActor.items.map((e) => e.diff?.n?.[1])).toEqual([12, 10, 8, 6, 4, 2]);

    const byTarget = (await list('?target=report:VD-2026-00001&actor=system')).json<Page>();
    expect(byTarget.items.map((e) => e.diff?.n?.[1])).toEqual([7, 1]);

    const staff = (await list('?action=staff.enrolled')).json<Page>();
    expect(staff.items.map((e) => e.target).sort()).toEqual(
      [auditor, admin, triager].map((s) => `account:${s.id}`).sort(),
    );

    const transitions = (await list('?action=report.transitioned&limit=200')).json<Page>().items;
    const third = transitions.find((e) => e.diff?.n?.[1] === 3);
    const sixth = transitions.find((e) => e.diff?.n?.[1] === 6);
    // `from` is inclusive and `to` exclusive; any offset is read as the same instant in UTC.
    const from = third?.at ?? '';
    const to = new Date(Date.parse(sixth?.at ?? '')).toISOString().replace('Z', '+00:00');
    const window = (
      await list(
        `?action=report.transitioned&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      )
    ).json<Page>();
    expect(window.items.map((e) => e.diff?.n?.[1])).toEqual([5, 4, 3]);
  });

  it('records the staff sign-ins the test helpers made', async () => {
    const res = await list(`?action=session.staff-signed-in&target=account:${auditor.id}`);
    expect(res.json<Page>().items).toHaveLength(1);
    expect(res.json<Page>().items[0]).toMatchObject({ actor: auditor.id });
  });

  it('names the acting account by its e-mail address, and nobody else', async () => {
    const items = (await list('?action=report.transitioned&limit=4')).json<Page>().items;
    expect(items.map((e) => [e.actor, e.actorEmail])).toEqual([
      [triager.id, triager.email],
      ['system', null],
      [triager.id, triager.email],
      ['system', null],
    ]);
    // An id that is no account (removed, or never one) has no address.
    const gone = '01900000-0000-7000-8000-00000000dead';
    await app.testDb.db.kysely.transaction().execute((trx) =>
      appendAudit(trx, {
        at: app.clock.now().toISOString(),
        actor: gone,
        action: 'report.note-added',
        target: 'report:VD-2026-00001',
        diff: {},
      }),
    );
    const [entry] = (await list(`?actor=${gone}`)).json<Page>().items;
    expect(entry).toMatchObject({ actor: gone, actorEmail: null });
  });
});
