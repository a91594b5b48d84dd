/**
 * Migration 0009: the partial indexes over the open reports exist after migrating, with the
 * same condition as `reports_open_due`, and go away with `down`. On SQLite, and on PostgreSQL
 * with DATABASE_URL (where the trigram index over the open reports exists too).
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../test/helpers/db.js';
import { down, up } from './0009_open_queue_indexes.js';

const testDb = useTestDb();

/** The definitions of the indexes on `reports` whose names start with `reports_open`. */
async function openIndexes(): Promise<Record<string, string>> {
  const k = testDb().db.kysely;
  const { rows } =
    testDb().db.dialect === 'sqlite'
      ? await sql<{ name: string; definition: string }>`select name, sql as definition
          from sqlite_master where type = 'index' and tbl_name = 'reports'
          and name like 'reports_open%'`.execute(k)
      : await sql<{ name: string; definition: string }>`select indexname as name,
          indexdef as definition from pg_indexes where tablename = 'reports'
          and indexname like 'reports_open%'`.execute(k);
  return Object.fromEntries(rows.map((r) => [r.name, r.definition.replace(/\s+/g, ' ')]));
}

describe('0009_open_queue_indexes', () => {
  it('adds the open reports by assignee and by product (and their search text on PostgreSQL)', async () => {
    const indexes = await openIndexes();
    const names = Object.keys(indexes).sort();
    expect(names).toEqual(
      testDb().db.dialect === 'postgres'
        ? [
            'reports_open_assignee_due',
            'reports_open_due',
            'reports_open_product_due',
            'reports_open_search_trgm',
          ]
        : ['reports_open_assignee_due', 'reports_open_due', 'reports_open_product_due'],
    );
    for (const name of names) {
      expect(indexes[name], name).toMatch(/status.*not in|status.*<> ALL/i);
      expect(indexes[name], name).toMatch(/closed.*rejected/);
    }
    expect(indexes.reports_open_assignee_due).toMatch(
      /\(\s*"?assignee_id"?, "?next_due_at"?, "?id"?\)/,
    );
    expect(indexes.reports_open_product_due).toMatch(
      /\(\s*"?product_id"?, "?next_due_at"?, "?id"?\)/,
    );
  });

  it('removes them again with down, and up adds them back', async () => {
    const db = testDb().db.kysely as unknown as Kysely<unknown>;
    await down(db);
    expect(Object.keys(await openIndexes())).toEqual(['reports_open_due']);
    await up(db);
    expect(Object.keys(await openIndexes())).toContain('reports_open_assignee_due');
  });
});
