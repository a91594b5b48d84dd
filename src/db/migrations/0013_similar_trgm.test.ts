/**
 * Migration 0013: on PostgreSQL a trigram index over each report's title and product (the first
 * two lines of its search text), which the similar reports' query uses; `down` drops it. SQLite
 * has none (with DATABASE_URL for PostgreSQL).
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { indexDefinition, insertBareReports, useTestDb } from '../../../test/helpers/db.js';
import { findSimilarCandidates, SIMILAR_TEXT } from '../repositories/triage.js';
import { down, up } from './0013_similar_trgm.js';

const testDb = useTestDb();
const definition = () => indexDefinition(testDb().db, 'reports_similar_trgm');
const postgres = () => testDb().db.dialect === 'postgres';

describe('0013_similar_trgm', () => {
  it('indexes the title and product lines of the search text on PostgreSQL only', async () => {
    if (!postgres()) {
      expect(await definition()).toBeUndefined();
      return;
    }
    // As PostgreSQL keeps it, the newline a real one (indexDefinition collapses whitespace).
    const { rows } = await sql<{ definition: string }>`select indexdef as definition
      from pg_indexes where indexname = 'reports_similar_trgm'`.execute(testDb().db.kysely);
    const text = rows[0]?.definition ?? '';
    expect(text).toContain("gin ((((split_part(search_text, '\n'::text, 1) || ' '::text)");
    expect(text).toContain("|| split_part(search_text, '\n'::text, 2))) gin_trgm_ops)");
  });

  it.runIf(!!process.env.DATABASE_URL)(
    'serves the similar reports query: its expression is the indexed one',
    async () => {
      const { kysely } = testDb().db;
      const plan = await kysely.connection().execute(async (conn) => {
        await sql`set enable_seqscan = off`.execute(conn);
        const { rows } = await sql<{ 'QUERY PLAN': string }>`explain
          select id from reports where ${'contoso mail parser'} <% ${SIMILAR_TEXT}`.execute(conn);
        await sql`reset enable_seqscan`.execute(conn);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toMatch(/reports_similar_trgm/);
    },
  );

  it('finds reports by title and product, the closest first', async () => {
    const [exact, near, other] = await insertBareReports(testDb().db.kysely, [
      { ref: 'VD-2026-00021', searchText: 'heap overflow in the mail parser\ncontoso mail\n4.2' },
      { ref: 'VD-2026-00022', searchText: 'overflow in the mail parser\ncontoso mail\n4.1' },
      { ref: 'VD-2026-00023', searchText: 'cross-site scripting on a login page\nfabrikam portal' },
    ]);
    const found = await findSimilarCandidates(
      testDb().db.kysely,
      testDb().db.dialect,
      'none',
      'heap overflow in the mail parser contoso mail',
      10,
    );
    const ids = found.map((r) => r.id);
    expect(ids).toContain(exact);
    expect(ids).toContain(near);
    expect(ids).not.toContain(other);
    if (postgres()) expect(ids.indexOf(exact ?? '')).toBeLessThan(ids.indexOf(near ?? ''));
  });

  it('drops the index with down, and up makes it again', async () => {
    const db = testDb().db.kysely as unknown as Kysely<unknown>;
    await down(db);
    expect(await definition()).toBeUndefined();
    await up(db);
    expect((await definition()) !== undefined).toBe(postgres());
  });
});
