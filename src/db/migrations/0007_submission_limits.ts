import { sql, type Kysely } from 'kysely';

/**
 * Per-reporter submission limits (see db/repositories/reporter-submissions.ts):
 * - `reporter_seq`: the report's place among its reporter's reports (1, 2, …), so the reports a
 *   reporter sent in a window are two index seeks apart rather than a count over the window;
 *   numbered here in order of receipt for the reports already stored, and added to the
 *   reporter index (`reports_reporter` becomes `reports_reporter_seq`);
 * - `over_limit`: the submission limit the reporter had exceeded when the report arrived (JSON
 *   text `{"max":5,"windowHours":1,"count":6}`), or null; written once at intake. Reports
 *   received before this migration have none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('reports').addColumn('reporter_seq', 'bigint').execute();
  await db.schema.alterTable('reports').addColumn('over_limit', 'text').execute();
  await sql`update reports set reporter_seq = numbered.n
    from (select id, row_number() over (partition by reporter_key order by received_at, id) as n
          from reports) as numbered
    where numbered.id = reports.id`.execute(db);
  // The reporters' counts follow the same reports, so the next number continues from them.
  await sql`update reporters set submitted = (
    select count(*) from reports where reports.reporter_key = reporters.key)`.execute(db);
  // The number joins the reporter's index, so "the last report by t" is read from the index.
  await db.schema.dropIndex('reports_reporter').execute();
  await db.schema
    .createIndex('reports_reporter_seq')
    .on('reports')
    .columns(['reporter_key', 'received_at', 'reporter_seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('reports_reporter_seq').execute();
  await db.schema
    .createIndex('reports_reporter')
    .on('reports')
    .columns(['reporter_key', 'received_at'])
    .execute();
  await db.schema.alterTable('reports').dropColumn('over_limit').execute();
  await db.schema.alterTable('reports').dropColumn('reporter_seq').execute();
}
