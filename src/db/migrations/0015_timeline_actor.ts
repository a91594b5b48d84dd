import { sql, type Kysely } from 'kysely';

/**
 * `timeline.actor_id`: the staff account that made the change an entry records (null for the
 * reporter, the system, and entries whose account is not known). Only the staff case view reads
 * it; reporters never learn who on the team acted.
 *
 * Entries written before it get their account where the database still tells it: from the audit
 * entry the same change wrote (same report, same instant, the change's action), and for a
 * message from its author. A duplicate's link on its original (`duplicate-linked`) stays
 * without one.
 */
const AUDITED_KINDS: readonly (readonly [kind: string, action: string])[] = [
  ['status-changed', 'report.transitioned'],
  ['assigned', 'report.assigned'],
  ['severity-changed', 'report.severity-assessed'],
  ['case-updated', 'report.case-updated'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('timeline').addColumn('actor_id', 'text').execute();
  for (const [kind, action] of AUDITED_KINDS) {
    await sql`update timeline set actor_id = (
        select a.actor from audit_log a, reports r
        where r.id = timeline.report_id and a.target = 'report:' || r.ref
          and a.at = timeline.at and a.action = ${action}
          and a.actor in (select id from accounts)
        order by a.seq limit 1)
      where kind = ${kind} and actor = 'staff'`.execute(db);
  }
  await sql`update timeline set actor_id = (
      select m.author_id from messages m
      where m.report_id = timeline.report_id and m.created_at = timeline.at
        and m.author_kind = 'staff' and m.internal = 0 and m.author_id is not null
      order by m.id limit 1)
    where kind = 'message' and actor = 'staff'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('timeline').dropColumn('actor_id').execute();
}
