/**
 * Migration 0010: on PostgreSQL (with DATABASE_URL) the index of the reports whose clock is
 * counting exists after migrating and goes away with `down`, and search text stored with capital
 * letters (as migration 0004 filled it) is lower-cased; on SQLite nothing changes.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { indexDefinition, insertBareReports, useTestDb } from '../../../test/helpers/db.js';
import { down, up } from './0010_pg_queue_at_risk_search.js';

const testDb = useTestDb();

/** The definition of `reports_running_status_due`, or undefined when it does not exist. */
const runningIndex = (): Promise<string | undefined> =>
  indexDefinition(testDb().db, 'reports_running_status_due');

async function storeReport(ref: string, searchText: string): Promise<string> {
  const [id] = await insertBareReports(testDb().db.kysely, [{ ref, searchText }]);
  return id ?? '';
}

async function searchTextOf(id: string): Promise<string | null | undefined> {
  const row = await testDb()
    .db.kysely.selectFrom('reports')
    .select('searchText')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.searchText;
}

describe('0010_pg_queue_at_risk_search', () => {
  it('indexes the reports with a counting clock by state in queue order (PostgreSQL only)', async () => {
    const definition = await runningIndex();
    if (testDb().db.dialect === 'sqlite') {
      expect(definition).toBeUndefined();
      return;
    }
    expect(definition).toMatch(/\(status, next_due_at, id, next_at_risk_at\)/);
    expect(definition).toMatch(/WHERE \(?next_at_risk_at IS NOT NULL\)?/i);
  });

  it('removes the index with down, and up adds it back', async () => {
    const db = testDb().db.kysely as unknown as Kysely<unknown>;
    await down(db);
    expect(await runningIndex()).toBeUndefined();
    await up(db);
    if (testDb().db.dialect === 'postgres') expect(await runningIndex()).toBeDefined();
  });

  it('lower-cases search text stored with capitals on PostgreSQL and leaves SQLite alone', async () => {
    const db = testDb().db.kysely as unknown as Kysely<unknown>;
    await down(db);
    const old = await storeReport('VD-2026-09001', 'Contoso MAIL Server: Crash');
    const written = await storeReport('VD-2026-09002', 'already lower-case text');
    await up(db);
    expect(await searchTextOf(old)).toBe(
      testDb().db.dialect === 'postgres'
        ? 'contoso mail server: crash'
        : 'Contoso MAIL Server: Crash',
    );
    expect(await searchTextOf(written)).toBe('already lower-case text');
  });
});
