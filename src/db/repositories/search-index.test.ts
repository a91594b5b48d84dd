/**
 * PostgreSQL's trigram pending lists: new reports' entries wait in them until a merge, which
 * `cleanTrigramPendingLists` runs on both trigram indexes.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestDb,
  insertBareReports,
  usingPostgres,
  type TestDb,
} from '../../../test/helpers/db.js';
import { cleanTrigramPendingLists } from './search-index.js';

describe.runIf(usingPostgres())('cleanTrigramPendingLists (PostgreSQL)', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.dispose();
  });

  const found = async (word: string): Promise<number> => {
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from reports where search_text like ${`%${word}%`}`.execute(t.db.kysely);
    return Number(rows[0]?.n ?? 0);
  };

  it('merges the new reports of both indexes, then finds nothing left to merge', async () => {
    await insertBareReports(
      t.db.kysely,
      Array.from({ length: 20 }, (_, i) => ({
        ref: `VD-2026-${String(i + 1).padStart(5, '0')}`,
        searchText: `heap overflow in the png decoder of contoso viewer, case ${i}`,
      })),
    );
    expect(await cleanTrigramPendingLists(t.db.kysely)).toBeGreaterThan(0);
    expect(await cleanTrigramPendingLists(t.db.kysely)).toBe(0);
    expect(await found('contoso viewer')).toBe(20);
  });
});
