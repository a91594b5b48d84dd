/**
 * Migration 0015: `timeline.actor_id`. Entries written before it get the staff account back
 * from the audit entry of the same change, or from a message's author; entries of the reporter
 * and the system stay without one. On SQLite, and on PostgreSQL with DATABASE_URL.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildReport } from '../../../test/helpers/factories.js';
import { asStaff, createStaffToken, type StaffToken } from '../../../test/helpers/staff.js';
import { down, up } from './0015_timeline_actor.js';

let app: TestApp;
let triager: StaffToken;
let manager: StaffToken;

beforeAll(async () => {
  app = await buildTestApp();
  triager = await createStaffToken(app, { role: 'triager' });
  manager = await createStaffToken(app, { role: 'case-manager' });
});
afterAll(async () => {
  await app.close();
});

async function staffCall(who: StaffToken, url: string, payload: Record<string, unknown>) {
  const res = await app.inject(asStaff(who, { method: 'POST', url, payload }));
  expect(res.statusCode, res.body).toBeLessThan(300);
}

const actors = async () =>
  (
    await app.testDb.db.kysely
      .selectFrom('timeline')
      .select(['kind', 'actor', 'actorId'])
      .orderBy('at')
      .orderBy('id')
      .execute()
  ).map((e) => [e.kind, e.actor, e.actorId]);

describe('0015_timeline_actor', () => {
  it('recovers the staff account of the entries written before it', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: buildReport(),
    });
    expect(res.statusCode, res.body).toBe(201);
    const { id, trackingToken } = res.json<{ id: string; trackingToken: string }>();
    const url = `/api/v1/reports/${id}`;
    await staffCall(manager, `${url}/transitions`, { to: 'triage' });
    app.clock.advance(1000);
    await staffCall(triager, `${url}/assignee`, { assigneeId: manager.id });
    app.clock.advance(1000);
    await staffCall(triager, `${url}/messages`, { body: 'We are on it.' });
    app.clock.advance(1000);
    await staffCall(manager, `${url}/transitions`, { to: 'needs-info', reason: 'Which build?' });
    app.clock.advance(1000);
    const answer = await app.inject({
      method: 'POST',
      url: `${url}/messages`,
      headers: { authorization: `Bearer ${trackingToken}` },
      payload: { body: 'Build 4211.' },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    const written = [
      ['received', 'reporter', null],
      ['status-changed', 'staff', manager.id],
      ['assigned', 'staff', triager.id],
      ['message', 'staff', triager.id],
      ['message', 'staff', manager.id],
      ['status-changed', 'staff', manager.id],
      ['message', 'reporter', null],
      ['status-changed', 'system', null],
    ];
    expect(await actors()).toEqual(written);

    const db = app.testDb.db.kysely as unknown as Kysely<unknown>;
    await down(db);
    await up(db);
    expect(await actors()).toEqual(written);
  });
});
