import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';

/**
 * SQLite: the FTS5 trigram index of `search_text` keeps which reports hold each trigram, not
 * where (`detail=none`). Positions made every new report cost about twice the CPU to index, and
 * the index two and a half times the size, for phrase queries the app can do without: text
 * search is a `LIKE` the trigram index answers (candidates holding every trigram, checked
 * against the stored text), and similar reports match each word as the set of its trigrams.
 * The index is rebuilt from `reports`. PostgreSQL (`pg_trgm`) is unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await rebuild(db, 'detail=none');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await rebuild(db, 'detail=full');
}

async function rebuild(db: Kysely<unknown>, detail: 'detail=none' | 'detail=full'): Promise<void> {
  for (const t of ['report_search_insert', 'report_search_delete']) {
    await sql`drop trigger if exists ${sql.ref(t)}`.execute(db);
  }
  await sql`drop table report_search`.execute(db);
  await sql`create virtual table report_search using fts5(
    report_id unindexed, search_text, tokenize='trigram', ${sql.raw(detail)})`.execute(db);
  await sql`insert into report_search (report_id, search_text)
    select id, search_text from reports`.execute(db);
  await sql`create trigger report_search_insert after insert on reports begin
    insert into report_search (report_id, search_text) values (new.id, new.search_text);
  end`.execute(db);
  await sql`create trigger report_search_delete after delete on reports begin
    delete from report_search where report_id = old.id;
  end`.execute(db);
}
