import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';

/** The trigram GIN indexes whose pending lists `PendingListCleaner` merges. */
const INDEXES = ['reports_search_trgm', 'reports_open_search_trgm', 'reports_similar_trgm'];

/**
 * PostgreSQL: the trigram indexes' pending lists may hold 16 MB instead of the server's default
 * (`gin_pending_list_limit`, 4 MB), so that intake merges them every 512 new reports instead of
 * every 128 (`PENDING_LIST_EVERY_ROWS`) without an insert ever finding a list full. A merge costs
 * about the same whatever the number of reports it takes in (their trigrams mostly repeat), so
 * fewer, larger merges cost intake about half the CPU; a search reads the whole pending list, and
 * 512 reports' entries add about half a millisecond to it. SQLite has no such lists.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  for (const index of INDEXES) {
    await sql`alter index ${sql.ref(index)} set (gin_pending_list_limit = 16384)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  for (const index of INDEXES) {
    await sql`alter index ${sql.ref(index)} reset (gin_pending_list_limit)`.execute(db);
  }
}
