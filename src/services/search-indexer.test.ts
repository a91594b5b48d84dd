/**
 * SQLite's trigram index upkeep: pending reports go into the index a chunk at a time while
 * intake is busy, and all of them once it is quiet; the intake writer thread does it by itself
 * after its groups. Nothing to do on PostgreSQL, which indexes each report as it is inserted.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { insertBareReports } from '../../test/helpers/db.js';
import { MINIMAL_REPORT } from '../../test/helpers/factories.js';
import { ANONYMOUS } from '../policies/actor.js';
import { countPendingReports } from '../db/repositories/search-index.js';
import { maintainSearchIndex, SEARCH_INDEX_CHUNK } from './search-indexer.js';

describe('search index upkeep', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  let refs = 0;
  const insert = (n: number): Promise<string[]> =>
    insertBareReports(
      t.testDb.db.kysely,
      Array.from({ length: n }, (_, i) => ({
        ref: `VD-2026-${String((refs += 1)).padStart(5, '0')}`,
        searchText: `fabrikam widget number ${i}`,
      })),
    );
  const indexedIds = async (): Promise<string[]> =>
    (
      await sql<{ reportId: string }>`select report_id from report_search
        where search_text like '%fabrikam widget%'`.execute(t.testDb.db.kysely)
    ).rows.map((r) => r.reportId);
  const pending = () => countPendingReports(t.testDb.db.kysely, t.testDb.db.dialect);

  it('indexes a chunk, oldest first, when a chunk is pending, and the rest once idle', async () => {
    const { db } = t.testDb;
    if (db.dialect === 'postgres') {
      await insert(3);
      expect(await maintainSearchIndex(db, true)).toBe(false);
      expect(await pending()).toBe(0);
      return;
    }
    const few = await insert(3);
    expect(await maintainSearchIndex(db, false)).toBe(false);
    expect(await pending()).toBe(3);
    const more = await insert(SEARCH_INDEX_CHUNK);
    await maintainSearchIndex(db, false);
    expect(await pending()).toBe(3);
    const firstChunk = [...few, ...more].slice(0, SEARCH_INDEX_CHUNK);
    expect((await indexedIds()).sort()).toEqual(firstChunk.sort());
    // Quiet: whatever is left, then merging until there is nothing more to do.
    expect(await maintainSearchIndex(db, true)).toBe(true);
    expect(await pending()).toBe(0);
    expect((await indexedIds()).sort()).toEqual([...few, ...more].sort());
    let steps = 0;
    while (await maintainSearchIndex(db, true)) steps += 1;
    expect(steps).toBeLessThan(20);
    expect(await indexedIds()).toHaveLength(few.length + more.length);
  });

  it('is done by the intake writer thread once intake is quiet', async () => {
    const { db } = t.testDb;
    for (const title of ['Fabrikam widget overflow one', 'Fabrikam widget overflow two']) {
      await t.services.reports.submit({ ...MINIMAL_REPORT, title }, [], ANONYMOUS);
    }
    const deadline = Date.now() + 10_000;
    while ((await pending()) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await pending()).toBe(0);
    if (db.dialect === 'sqlite') expect(await indexedIds()).toHaveLength(2);
  });
});
