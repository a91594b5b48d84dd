/**
 * Migration 0016: on PostgreSQL the trigram indexes' pending lists may hold 16 MB; `down` gives
 * them the server's default again. SQLite has no such lists (with DATABASE_URL for PostgreSQL).
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../test/helpers/db.js';
import { down, up } from './0016_trigram_pending_lists.js';

const testDb = useTestDb();
const migrating = (): Kysely<unknown> => testDb().db.kysely as unknown as Kysely<unknown>;

const limits = async (): Promise<Record<string, string | null>> => {
  const { rows } = await sql<{ name: string; options: string[] | null }>`
    select relname as name, reloptions as options from pg_class
    where relname in ('reports_search_trgm', 'reports_open_search_trgm', 'reports_similar_trgm')
    order by relname`.execute(testDb().db.kysely);
  return Object.fromEntries(rows.map((r) => [r.name, r.options?.join(',') ?? null]));
};

describe('0016_trigram_pending_lists', () => {
  it.runIf(!!process.env.DATABASE_URL)(
    'gives each trigram index a 16 MB pending list',
    async () => {
      const raised = 'gin_pending_list_limit=16384';
      expect(await limits()).toEqual({
        reports_open_search_trgm: raised,
        reports_search_trgm: raised,
        reports_similar_trgm: raised,
      });
      await down(migrating());
      expect(await limits()).toEqual({
        reports_open_search_trgm: null,
        reports_search_trgm: null,
        reports_similar_trgm: null,
      });
      await up(migrating());
      expect(Object.values(await limits())).toEqual([raised, raised, raised]);
    },
  );

  it('changes nothing on SQLite', async () => {
    if (testDb().db.dialect !== 'sqlite') return;
    await down(migrating());
    await up(migrating());
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from sqlite_master where name like '%trgm%'`.execute(testDb().db.kysely);
    expect(Number(rows[0]?.n)).toBe(0);
  });
});
