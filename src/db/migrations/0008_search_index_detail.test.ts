/**
 * Migration 0008 on SQLite: the trigram index is rebuilt without positions and still holds the
 * reports stored before it; new reports are indexed by the trigger. Nothing changes on PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { insertBareReports, usingPostgres, useTestDb } from '../../../test/helpers/db.js';
import { down, up } from './0008_search_index_detail.js';

const testDb = useTestDb();

describe.skipIf(usingPostgres())('0008_search_index_detail', () => {
  it('rebuilds the index without positions, keeping the reports already stored', async () => {
    const db = testDb().db.kysely;
    const raw = db as unknown as Kysely<unknown>;
    const definition = async (): Promise<string> =>
      (
        await sql<{
          sql: string;
        }>`select sql from sqlite_master where name = 'report_search'`.execute(db)
      ).rows[0]?.sql ?? '';
    const insert = async (ref: string, text: string): Promise<void> => {
      await insertBareReports(db, [{ ref, searchText: text, status: 'closed' }]);
    };
    const found = async (like: string): Promise<string[]> =>
      (
        await sql<{ ref: string }>`select ref from reports where id in
          (select report_id from report_search where search_text like ${like}) order by ref`.execute(
          db,
        )
      ).rows.map((r) => r.ref);

    await down(raw);
    expect(await definition()).toContain('detail=full');
    await insert('VD-2026-00001', 'heap overflow in the contoso mail parser');
    await up(raw);
    expect(await definition()).toContain('detail=none');
    await insert('VD-2026-00002', 'contoso mail, again');
    expect(await found('%contoso mail%')).toEqual(['VD-2026-00001', 'VD-2026-00002']);
    // Deleting a report takes it out of the index.
    await db.deleteFrom('reports').where('ref', '=', 'VD-2026-00001').execute();
    expect(await found('%contoso mail%')).toEqual(['VD-2026-00002']);
  });
});
