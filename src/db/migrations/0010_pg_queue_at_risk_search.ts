import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';

/**
 * PostgreSQL only: an ordered path for the queue's `due=at-risk` filter by state, and search
 * text that is lower-case in every row, so the queue's text search can use `LIKE` (SQLite needs
 * neither: its planner and its search work differently, see src/db/repositories/queue.ts).
 *
 * `reports_running_status_due` holds the reports whose SLA clock is counting (a stored
 * `next_at_risk_at`), by state in queue order, with `next_at_risk_at` as a key column so that the
 * at-risk test is made on index entries. The filter `status = … and next_due_at >= now and
 * next_at_risk_at < now` is then one index range read in queue order that stops after a page
 * (the at-risk reports are the ones due soonest), where PostgreSQL used to intersect the
 * at-risk index with the state index, read every triage report at risk or breached and sort
 * them: it multiplies the selectivities of the correlated conditions and expects one row. The
 * index's condition is implied by `next_at_risk_at < now` (a strict comparison), so the query
 * needs no extra condition to use it.
 *
 * `search_text` is written lower-cased at intake; migration 0004 filled it for the reports
 * already stored with their titles as written. Lower-casing those rows lets the queue match
 * with `LIKE` on the lower-cased text, which costs PostgreSQL less than `ILIKE` both to run
 * (the trigram index's candidates are rechecked without case folding) and to plan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`create index reports_running_status_due
    on reports (status, next_due_at, id, next_at_risk_at)
    where next_at_risk_at is not null`.execute(db);
  await sql`update reports set search_text = lower(search_text)
    where search_text <> lower(search_text)`.execute(db);
}

/** Drops the index; the search text stays lower-case (intake writes it so anyway). */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await db.schema.dropIndex('reports_running_status_due').ifExists().execute();
}
