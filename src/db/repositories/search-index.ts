/**
 * SQLite's trigram index is filled after intake's commits, in chunks (migration 0011): the
 * insert trigger notes each new report in `report_search_pending`, and `indexPendingReports`
 * moves the oldest pending reports into the FTS5 table `report_search`. Searches read the
 * pending reports directly (`PENDING_REPORTS`), so a report is found the moment it is committed.
 * PostgreSQL indexes each report as it is inserted (`pg_trgm`); there these are no-ops, and
 * `cleanTrigramPendingLists` merges the GIN indexes' pending lists (`PendingListCleaner`).
 */
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../client.js';
import type { Database } from '../schema.js';

/** The reports committed but not yet in the trigram index, as a subquery of report rowids. */
export const PENDING_REPORTS = sql`select report_rowid from report_search_pending`;

/**
 * Indexes up to `limit` pending reports, the oldest first, and returns how many it took. Run it
 * in a transaction (the index and the pending list change together); its first statement
 * writes, so on SQLite it takes the write lock at once rather than upgrading a read.
 */
export async function indexPendingReports(
  db: Kysely<Database>,
  dialect: DialectName,
  limit: number,
): Promise<number> {
  if (dialect !== 'sqlite') return 0;
  const chunk = sql`select report_rowid from report_search_pending
    order by report_rowid limit ${Math.max(0, Math.floor(limit))}`;
  await sql`insert into report_search (report_id, search_text)
    select reports.id, reports.search_text from reports
    where reports.rowid in (${chunk})`.execute(db);
  const taken = await sql`delete from report_search_pending
    where report_rowid in (${chunk})`.execute(db);
  return Number(taken.numAffectedRows ?? 0);
}

/** How many reports wait to be indexed. */
export async function countPendingReports(
  db: Kysely<Database>,
  dialect: DialectName,
): Promise<number> {
  if (dialect !== 'sqlite') return 0;
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from report_search_pending`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Merges the trigram index's segments, writing about `pages` pages at most (FTS5's `merge`
 * command; its automatic merging is off, see migration 0011). Returns whether it found anything
 * to merge. Run it in a transaction.
 */
export async function mergeSearchIndex(
  db: Kysely<Database>,
  dialect: DialectName,
  pages: number,
): Promise<boolean> {
  if (dialect !== 'sqlite') return false;
  const changes = async (): Promise<number> =>
    Number((await sql<{ n: number }>`select total_changes() as n`.execute(db)).rows[0]?.n ?? 0);
  const before = await changes();
  await sql`insert into report_search (report_search, rank)
    values ('merge', ${Math.max(1, Math.floor(pages))})`.execute(db);
  // FTS5 changes at least two rows when it merged something (its documentation's own test).
  return (await changes()) - before >= 2;
}

/** PostgreSQL's trigram GIN indexes over `reports.search_text` (migrations 0004, 0009, 0013). */
const TRIGRAM_INDEXES = [
  'reports_search_trgm',
  'reports_open_search_trgm',
  'reports_similar_trgm',
] as const;

/**
 * PostgreSQL: merges the trigram indexes' pending lists into their trees
 * (`gin_clean_pending_list`) and returns how many pending-list pages that took.
 */
export async function cleanTrigramPendingLists(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ pages: number | string | null }>`
    select sum(gin_clean_pending_list(c.oid)) as pages
    from pg_class c where c.relname in (${sql.join(TRIGRAM_INDEXES.map((n) => sql`${n}`))})
      and c.relkind = 'i' and pg_catalog.pg_table_is_visible(c.oid)`.execute(db);
  return Number(rows[0]?.pages ?? 0);
}
