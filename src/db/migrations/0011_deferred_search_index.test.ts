/**
 * Migration 0011 on SQLite: new reports wait in `report_search_pending` instead of entering the
 * trigram index inside their own transaction; going down indexes whatever waits and restores
 * the indexing trigger. Nothing changes on PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { insertBareReports, usingPostgres, useTestDb } from '../../../test/helpers/db.js';
import { countPendingReports, indexPendingReports } from '../repositories/search-index.js';
import { down, up } from './0011_deferred_search_index.js';

const testDb = useTestDb();

describe.skipIf(usingPostgres())('0011_deferred_search_index', () => {
  it('defers indexing to the pending list, and indexes what waits when going down', async () => {
    const db = testDb().db.kysely;
    const raw = db as unknown as Kysely<unknown>;
    const insert = async (ref: string, text: string): Promise<void> => {
      await insertBareReports(db, [{ ref, searchText: text, status: 'closed' }]);
    };
    const indexed = async (like: string): Promise<string[]> =>
      (
        await sql<{ ref: string }>`select ref from reports where id in
          (select report_id from report_search where search_text like ${like}) order by ref`.execute(
          db,
        )
      ).rows.map((r) => r.ref);
    const pending = () => countPendingReports(db, 'sqlite');
    const automerge = async (): Promise<unknown> =>
      (
        await sql<{ v: unknown }>`select v from report_search_config where k = 'automerge'`.execute(
          db,
        )
      ).rows[0]?.v;

    // At the latest schema: a new report waits, and the indexer moves it.
    await insert('VD-2026-00001', 'heap overflow in the contoso mail parser');
    expect(await pending()).toBe(1);
    expect(await indexed('%contoso mail%')).toEqual([]);
    expect(await automerge()).toBe(0);
    await db.transaction().execute((trx) => indexPendingReports(trx, 'sqlite', 10));
    expect(await pending()).toBe(0);
    expect(await indexed('%contoso mail%')).toEqual(['VD-2026-00001']);

    // A report deleted while it waits leaves the list too.
    await insert('VD-2026-00002', 'contoso mail, again');
    await insert('VD-2026-00003', 'contoso mail, once more');
    await db.deleteFrom('reports').where('ref', '=', 'VD-2026-00003').execute();
    expect(await pending()).toBe(1);

    // Down: what waits is indexed, and the trigger indexes new reports itself again.
    await down(raw);
    expect(await indexed('%contoso mail%')).toEqual(['VD-2026-00001', 'VD-2026-00002']);
    expect(await automerge()).toBe(4);
    await insert('VD-2026-00004', 'contoso mail at last');
    expect(await indexed('%contoso mail%')).toEqual([
      'VD-2026-00001',
      'VD-2026-00002',
      'VD-2026-00004',
    ]);

    // Up again: new reports wait; the ones indexed stay found, deletes leave the index.
    await up(raw);
    await insert('VD-2026-00005', 'contoso mail forever');
    expect(await pending()).toBe(1);
    await db.deleteFrom('reports').where('ref', '=', 'VD-2026-00001').execute();
    expect(await indexed('%contoso mail%')).toEqual(['VD-2026-00002', 'VD-2026-00004']);
  });
});
