import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** The head's hash while the log is empty (GENESIS_HASH in src/domain/audit/chain.ts). */
const GENESIS_HASH = '0'.repeat(64);

/**
 * Staff sign-in (enrolment links, TOTP secrets, sessions that passed TOTP) and the hash-chained
 * audit log with its one-row head. Triggers on both dialects refuse UPDATE and DELETE of the log,
 * accept only entries that extend the head, and let the head move only one entry forward.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff_enrolments')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('secret_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('staff_enrolments_account')
    .on('staff_enrolments')
    .column('account_id')
    .execute();

  await db.schema
    .createTable('staff_totp')
    .addColumn('account_id', 'text', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('secret_enc', 'text', (c) => c.notNull())
    .addColumn('enabled_at', 'text', (c) => c.notNull())
    .addColumn('last_step', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('sessions').addColumn('totp_verified_at', 'text').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('diff', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['actor', 'action', 'target', 'at']) {
    await db.schema
      .createIndex(`audit_log_${column}`)
      .on('audit_log')
      .columns([column, 'seq'])
      .execute();
  }

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into audit_head (id, seq, hash) values (1, 0, ${GENESIS_HASH})`.execute(db);

  if (db.getExecutor().adapter instanceof PostgresAdapter) await postgresTriggers(db);
  else await sqliteTriggers(db);
}

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create trigger audit_log_no_update before update on audit_log
        begin select raise(abort, 'audit_log is append-only'); end`,
    sql`create trigger audit_log_no_delete before delete on audit_log
        begin select raise(abort, 'audit_log is append-only'); end`,
    sql`create trigger audit_log_extends_head before insert on audit_log
        when new.seq is not (select seq + 1 from audit_head where id = 1)
          or new.prev_hash is not (select hash from audit_head where id = 1)
        begin select raise(abort, 'audit_log entries must extend the head'); end`,
    sql`create trigger audit_head_forward before update on audit_head
        when not (new.id = old.id and new.seq = old.seq and new.hash = old.hash)
         and not (new.id = old.id and new.seq = old.seq + 1 and exists (
           select 1 from audit_log
           where seq = new.seq and hash = new.hash and prev_hash = old.hash))
        begin select raise(abort, 'audit_head only moves forward along audit_log'); end`,
    sql`create trigger audit_head_no_delete before delete on audit_head
        begin select raise(abort, 'audit_head is append-only'); end`,
  ];
  for (const statement of statements) await statement.execute(db);
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create function audit_append_only() returns trigger language plpgsql as $$
        begin raise exception '% is append-only', tg_table_name; end $$`,
    sql`create trigger audit_log_no_change before update or delete on audit_log
        for each row execute function audit_append_only()`,
    sql`create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function audit_append_only()`,
    sql`create function audit_log_extends_head() returns trigger language plpgsql as $$
        begin
          if not exists (select 1 from audit_head
                         where id = 1 and seq + 1 = new.seq and hash = new.prev_hash) then
            raise exception 'audit_log entries must extend the head';
          end if;
          return new;
        end $$`,
    sql`create trigger audit_log_extends_head before insert on audit_log
        for each row execute function audit_log_extends_head()`,
    sql`create function audit_head_forward() returns trigger language plpgsql as $$
        begin
          if new.id = old.id and new.seq = old.seq and new.hash = old.hash then
            return new;
          end if;
          if new.id = old.id and new.seq = old.seq + 1 and exists (
               select 1 from audit_log
               where seq = new.seq and hash = new.hash and prev_hash = old.hash) then
            return new;
          end if;
          raise exception 'audit_head only moves forward along audit_log';
        end $$`,
    sql`create trigger audit_head_forward before update on audit_head
        for each row execute function audit_head_forward()`,
    sql`create trigger audit_head_no_delete before delete on audit_head
        for each row execute function audit_append_only()`,
    sql`create trigger audit_head_no_truncate before truncate on audit_head
        for each statement execute function audit_append_only()`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_head').ifExists().execute();
  await db.schema.dropTable('audit_log').ifExists().execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const fn of ['audit_append_only', 'audit_log_extends_head', 'audit_head_forward']) {
      await sql`drop function if exists ${sql.raw(fn)}()`.execute(db);
    }
  }
  await db.schema.alterTable('sessions').dropColumn('totp_verified_at').execute();
  await db.schema.dropTable('staff_totp').ifExists().execute();
  await db.schema.dropTable('staff_enrolments').ifExists().execute();
}
