import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';

/**
 * SQLite: new reports are indexed for trigram search after their commit, in chunks, instead of
 * by the insert trigger inside intake's transaction. The trigger now only notes the report's
 * rowid in `report_search_pending`; `indexPendingReports` (src/db/repositories/search-index.ts)
 * moves pending reports into the FTS5 index. FTS5 writes a new index segment per transaction,
 * so indexing a few reports at a time, as intake's small groups did, cost about three times as
 * much per report as indexing hundreds together, and all of it inside the transaction that the
 * researchers' `201`s wait for. Searches cover the pending reports by reading them directly
 * (there are at most a few hundred). FTS5's automatic merging of index segments is turned off
 * (`automerge` 0): it merged in bursts of tens of milliseconds inside whichever transaction
 * crossed a threshold, and the indexer now merges a bounded amount after each chunk and more when
 * intake is quiet. PostgreSQL (`pg_trgm` GIN indexes) is unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`create table report_search_pending (report_rowid integer primary key)`.execute(db);
  await dropTriggers(db);
  await sql`create trigger report_search_insert after insert on reports begin
    insert into report_search_pending (report_rowid) values (new.rowid);
  end`.execute(db);
  await sql`create trigger report_search_delete after delete on reports begin
    delete from report_search where report_id = old.id;
    delete from report_search_pending where report_rowid = old.rowid;
  end`.execute(db);
  await sql`insert into report_search (report_search, rank) values ('automerge', 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`insert into report_search (report_id, search_text)
    select reports.id, reports.search_text from report_search_pending
    join reports on reports.rowid = report_search_pending.report_rowid`.execute(db);
  await sql`insert into report_search (report_search, rank) values ('automerge', 4)`.execute(db);
  await dropTriggers(db);
  await sql`drop table report_search_pending`.execute(db);
  await sql`create trigger report_search_insert after insert on reports begin
    insert into report_search (report_id, search_text) values (new.id, new.search_text);
  end`.execute(db);
  await sql`create trigger report_search_delete after delete on reports begin
    delete from report_search where report_id = old.id;
  end`.execute(db);
}

async function dropTriggers(db: Kysely<unknown>): Promise<void> {
  for (const t of ['report_search_insert', 'report_search_delete']) {
    await sql`drop trigger if exists ${sql.ref(t)}`.execute(db);
  }
}
