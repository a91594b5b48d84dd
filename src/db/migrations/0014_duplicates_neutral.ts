import { sql, type Kysely } from 'kysely';

/**
 * A duplicate rejected in triage no longer counts as invalid in its reporter's record
 * (`domain/reporter/signal.ts`): the stored invalid counts are made again from the reports,
 * rejected without a case number for another disposition than `duplicate`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update reporters set invalid = (
    select count(*) from reports
    where reports.reporter_key = reporters.key and reports.status = 'rejected'
      and reports.case_number is null and coalesce(reports.disposition, '') <> 'duplicate')`.execute(
    db,
  );
}

/** Duplicates count as invalid again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update reporters set invalid = (
    select count(*) from reports
    where reports.reporter_key = reporters.key and reports.status = 'rejected'
      and reports.case_number is null)`.execute(db);
}
