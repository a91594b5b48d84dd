import { sql, type Kysely } from 'kysely';

/**
 * The open reports in queue order. The queue almost always lists open reports, a few percent of
 * all of them; with this partial index a page of the queue reads one page of index entries
 * instead of every open report sorted (see src/db/repositories/queue.ts, which repeats the
 * condition verbatim so both databases can use the index).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index reports_open_due on reports (next_due_at, id)
    where status not in ('closed', 'rejected')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('reports_open_due').ifExists().execute();
}
