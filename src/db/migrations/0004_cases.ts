import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';

/** Case, severity and SLA columns added to reports (all nullable text). */
const REPORT_COLUMNS = [
  ['assignee_id', 'text'],
  ['case_number', 'text'],
  ['disposition', 'text'],
  ['disposition_reason', 'text'],
  ['duplicate_of_id', 'text'],
  ['help_destination', 'text'],
  ['severity', 'text'],
  ['severity_assessment', 'text'],
  ['fix_release_date', 'text'],
  ['cvd_date', 'text'],
  ['fix_released_at', 'text'],
  ['advisory_published_at', 'text'],
  ['first_responded_at', 'text'],
  ['triaged_at', 'text'],
  ['completed_at', 'text'],
  ['paused_since', 'text'],
  ['next_due_at', 'text'],
  ['next_at_risk_at', 'text'],
  ['product_id', 'text'],
  ['reporter_key', 'text'],
  ['search_text', 'text'],
] as const;

/**
 * Triage and case management: case fields and SLA columns on reports, messages, the product
 * catalogue, reporter records, SLA notification bookkeeping, job leases, and the trigram search
 * index (SQLite FTS5 `trigram`, PostgreSQL `pg_trgm`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);

  await db.schema
    .createTable('product_families')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('family_id', 'text', (c) => c.references('product_families.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    /** `product` or `online-service`. */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();
  await db.schema
    .createTable('product_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('product_id', 'text', (c) =>
      c.notNull().references('products.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('released_on', 'text')
    .addColumn('supported_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('product_versions_name', ['product_id', 'name'])
    .execute();

  for (const [name, type] of REPORT_COLUMNS) {
    await db.schema.alterTable('reports').addColumn(name, type).execute();
  }
  await db.schema
    .alterTable('reports')
    .addColumn('paused_ms', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  // Reports received before this migration: the first-response clock is the one running.
  await sql`update reports set next_due_at = first_response_due_at,
    reporter_key = lower(reporter_email), search_text = title`.execute(db);

  await db.schema
    .createIndex('reports_case_number')
    .unique()
    .on('reports')
    .column('case_number')
    .execute();
  await db.schema.createIndex('reports_due').on('reports').columns(['next_due_at', 'id']).execute();
  await db.schema
    .createIndex('reports_status_next_due')
    .on('reports')
    .columns(['status', 'next_due_at', 'id'])
    .execute();
  await db.schema
    .createIndex('reports_assignee_due')
    .on('reports')
    .columns(['assignee_id', 'next_due_at', 'id'])
    .execute();
  await db.schema
    .createIndex('reports_product_due')
    .on('reports')
    .columns(['product_id', 'next_due_at', 'id'])
    .execute();
  await db.schema
    .createIndex('reports_reporter')
    .on('reports')
    .columns(['reporter_key', 'received_at'])
    .execute();
  await db.schema
    .createIndex('reports_at_risk')
    .on('reports')
    .columns(['next_at_risk_at'])
    .execute();

  await db.schema
    .createTable('report_products')
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('product_id', 'text', (c) =>
      c.notNull().references('products.id').onDelete('cascade'),
    )
    .addColumn('version_id', 'text', (c) => c.references('product_versions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_products_pk', ['report_id', 'position'])
    .execute();
  await db.schema
    .createIndex('report_products_product')
    .on('report_products')
    .column('product_id')
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    /** `staff` or `reporter`. */
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('internal', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('messages_report')
    .on('messages')
    .columns(['report_id', 'created_at'])
    .execute();
  await db.schema.alterTable('attachments').addColumn('message_id', 'text').execute();

  await db.schema
    .createTable('reporters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('submitted', 'integer', (c) => c.notNull())
    .addColumn('valid', 'integer', (c) => c.notNull())
    .addColumn('invalid', 'integer', (c) => c.notNull())
    .addColumn('last_submitted_at', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into reporters (key, submitted, valid, invalid, last_submitted_at)
    select lower(reporter_email), count(*), 0, 0, max(received_at) from reports
    group by lower(reporter_email)`.execute(db);

  await db.schema
    .createTable('sla_notifications')
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    /** The due time the notice was about: a new due time (after a pause) may be notified again. */
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sla_notifications_pk', ['report_id', 'clock', 'level', 'due_at'])
    .execute();

  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text', (c) => c.notNull())
    .execute();

  if (dialect === 'sqlite') {
    // FTS5 with its own copy of the text and the report id (not an external-content table keyed
    // by rowid: VACUUM may renumber the rowids of a table without an INTEGER PRIMARY KEY).
    // search_text is written once at intake, so inserts and deletes are all there is to follow.
    await sql`create virtual table report_search using fts5(
      report_id unindexed, search_text, tokenize='trigram')`.execute(db);
    await sql`insert into report_search (report_id, search_text)
      select id, search_text from reports`.execute(db);
    await sql`create trigger report_search_insert after insert on reports begin
      insert into report_search (report_id, search_text) values (new.id, new.search_text);
    end`.execute(db);
    await sql`create trigger report_search_delete after delete on reports begin
      delete from report_search where report_id = old.id;
    end`.execute(db);
  } else {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index reports_search_trgm on reports
      using gin (search_text gin_trgm_ops)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);
  if (dialect === 'sqlite') {
    for (const t of ['report_search_insert', 'report_search_delete']) {
      await sql`drop trigger if exists ${sql.ref(t)}`.execute(db);
    }
    await sql`drop table if exists report_search`.execute(db);
  }
  for (const t of [
    'job_leases',
    'sla_notifications',
    'reporters',
    'messages',
    'report_products',
    'product_versions',
    'products',
    'product_families',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  await db.schema.alterTable('attachments').dropColumn('message_id').execute();
  for (const index of [
    'reports_case_number',
    'reports_due',
    'reports_status_next_due',
    'reports_assignee_due',
    'reports_product_due',
    'reports_reporter',
    'reports_at_risk',
    'reports_search_trgm',
  ]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  for (const column of REPORT_COLUMNS) {
    await db.schema.alterTable('reports').dropColumn(column[0]).execute();
  }
  await db.schema.alterTable('reports').dropColumn('paused_ms').execute();
}
