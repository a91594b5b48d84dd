import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';

/**
 * The open reports of one assignee or one product in queue order, and (PostgreSQL) a trigram
 * index over the open reports' search text. The queue's filters by assignee or product used to
 * combine `reports_open_due` with the full-history `(assignee_id, …)` or `(product_id, …)` index
 * in a bitmap on PostgreSQL and sort the result; these partial indexes give each filter an
 * ordered path through the open reports alone. The text search among open reports intersected
 * the trigram index over every report ever received with the open ones; its partial twin holds
 * the open reports only. Same condition as `reports_open_due` (0005), written identically, so the
 * queue query's verbatim condition matches it (src/db/repositories/queue.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index reports_open_assignee_due on reports (assignee_id, next_due_at, id)
    where status not in ('closed', 'rejected')`.execute(db);
  await sql`create index reports_open_product_due on reports (product_id, next_due_at, id)
    where status not in ('closed', 'rejected')`.execute(db);
  if (dialectOf(db) === 'postgres') {
    await sql`create index reports_open_search_trgm on reports
      using gin (search_text gin_trgm_ops)
      where status not in ('closed', 'rejected')`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    'reports_open_search_trgm',
    'reports_open_product_due',
    'reports_open_assignee_due',
  ]) {
    await db.schema.dropIndex(name).ifExists().execute();
  }
}
