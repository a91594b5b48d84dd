/**
 * Migration 0012: on SQLite `reports_open_due` holds the search text too (same condition), and
 * a text search in the open queue reads it; `down` restores the index of 0005. PostgreSQL keeps
 * the index of 0005 (with DATABASE_URL).
 */
import { CompiledQuery, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { indexDefinition, insertBareReports, useTestDb } from '../../../test/helpers/db.js';
import { listQueue } from '../repositories/queue.js';
import { OPEN_STATES } from '../../services/triage.service.js';
import { down, up } from './0012_open_due_search_text.js';

const testDb = useTestDb();

const openDueDefinition = async (): Promise<string> =>
  (await indexDefinition(testDb().db, 'reports_open_due')) ?? '';

describe('0012_open_due_search_text', () => {
  it('puts the search text into the open reports index on SQLite only, same condition', async () => {
    const definition = await openDueDefinition();
    if (testDb().db.dialect === 'sqlite') {
      expect(definition).toMatch(/\(next_due_at, id, search_text\)/);
    } else {
      expect(definition).toMatch(/\(next_due_at, id\)/);
    }
    expect(definition).toMatch(/status.*(not in|<> ALL).*closed.*rejected/i);
  });

  it.runIf(!process.env.DATABASE_URL)(
    'serves a text search in the open queue from the index (SQLite plan)',
    async () => {
      await insertBareReports(testDb().db.kysely, [
        { ref: 'VD-2026-00001', searchText: 'heap overflow in contoso mail' },
        { ref: 'VD-2026-00002', searchText: 'xss in fabrikam portal' },
      ]);
      const filters = { statuses: OPEN_STATES, q: 'contoso mail' };
      const rows = await listQueue(
        testDb().db.kysely,
        'sqlite',
        filters,
        new Date().toISOString(),
        51,
      );
      expect(rows.map((r) => r.ref)).toEqual(['VD-2026-00001']);
      // The same statement's plan scans reports_open_due (no temporary sort, no other index).
      let captured = { text: '', parameters: [] as readonly unknown[] };
      const probe = {
        all: (text: string, parameters: readonly unknown[]) => {
          captured = { text, parameters };
          return Promise.resolve([]);
        },
        close: () => Promise.resolve(),
      };
      await listQueue(
        testDb().db.kysely,
        'sqlite',
        filters,
        new Date().toISOString(),
        51,
        undefined,
        probe,
      );
      const plan = await testDb().db.kysely.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${captured.text}`, [...captured.parameters]),
      );
      const detail = plan.rows.map((r) => r.detail).join(' | ');
      expect(detail).toMatch(/SCAN reports USING INDEX reports_open_due\b/);
      expect(detail).not.toMatch(/TEMP B-TREE/);
    },
  );

  it('still finds a report by its reference or case number, open or closed', async () => {
    const [open, closed] = await insertBareReports(testDb().db.kysely, [
      { ref: 'VD-2026-00011', searchText: 'open report without its number in the text' },
      { ref: 'VD-2026-00012', searchText: 'closed report', status: 'closed' },
    ]);
    await testDb()
      .db.kysely.updateTable('reports')
      .set({ caseNumber: 'CASE-2026-00007' })
      .where('id', '=', closed ?? '')
      .execute();
    const now = new Date().toISOString();
    const find = async (q: string, statuses: readonly string[]): Promise<string[]> =>
      (await listQueue(testDb().db.kysely, testDb().db.dialect, { statuses, q }, now, 51)).map(
        (r) => r.id,
      );
    expect(await find('VD-2026-00011', OPEN_STATES)).toEqual([open]);
    expect(await find('CASE-2026-00007', ['closed'])).toEqual([closed]);
    expect(await find('CASE-2026-00007', OPEN_STATES)).toEqual([]);
  });

  it('goes back to the index of 0005 with down, and up puts the text in again', async () => {
    const db = testDb().db.kysely as unknown as Kysely<unknown>;
    await down(db);
    expect(await openDueDefinition()).toMatch(/\(next_due_at, id\)/);
    await up(db);
    expect(await openDueDefinition()).toMatch(
      testDb().db.dialect === 'sqlite' ? /search_text/ : /\(next_due_at, id\)/,
    );
  });
});
