import { sql, type Kysely } from 'kysely';

/**
 * Staff accounts an admin has disabled (`disabled_at`: their sessions and API tokens are refused
 * and they cannot sign in) and the time of each account's last sign-in (`last_sign_in_at`), taken
 * for existing staff from the audit log's sign-in entries so the console knows it from the start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('disabled_at', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('last_sign_in_at', 'text').execute();
  await sql`update accounts set last_sign_in_at = (
      select max(at) from audit_log
      where action = 'session.staff-signed-in' and actor = accounts.id)
    where role <> 'researcher'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('last_sign_in_at').execute();
  await db.schema.alterTable('accounts').dropColumn('disabled_at').execute();
}
