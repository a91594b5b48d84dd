import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';

/**
 * SQLite: the open reports' queue index `reports_open_due` (0005) also holds each report's search
 * text, `(next_due_at, id, search_text)`, same condition. A text search in the open queue reads
 * that index in queue order and tests the text on its entries; SQLite looks a report's row up
 * only for the ones that match (the page's 51), where it used to look up the row of every open
 * report it passed, about 800 for a product's name, which was most of the search's time. The
 * default queue and its other pages read the same index in the same order, a few more pages for
 * a page of 50. PostgreSQL is unchanged: its B-tree entries are limited to about 2.7 kB, and its
 * text search has its own trigram index over the open reports (0009).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`drop index reports_open_due`.execute(db);
  await sql`create index reports_open_due on reports (next_due_at, id, search_text)
    where status not in ('closed', 'rejected')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`drop index reports_open_due`.execute(db);
  await sql`create index reports_open_due on reports (next_due_at, id)
    where status not in ('closed', 'rejected')`.execute(db);
}
