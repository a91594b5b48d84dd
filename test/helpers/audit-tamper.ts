/**
 * Tampering with the audit log as an attacker with database access would: first remove the
 * triggers that make it append-only, then change, delete or swap rows behind the application.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/client.js';

/** Drops (SQLite) or disables (PostgreSQL) the triggers that guard audit_log and audit_head. */
export async function disableAuditGuards(db: Db): Promise<void> {
  if (db.dialect === 'postgres') {
    await sql`alter table audit_log disable trigger user`.execute(db.kysely);
    await sql`alter table audit_head disable trigger user`.execute(db.kysely);
    return;
  }
  for (const name of [
    'audit_log_no_update',
    'audit_log_no_delete',
    'audit_log_extends_head',
    'audit_head_forward',
    'audit_head_no_delete',
  ]) {
    await sql`drop trigger if exists ${sql.raw(name)}`.execute(db.kysely);
  }
}

export async function changeAuditDiff(db: Db, seq: number, diff: string): Promise<void> {
  await db.kysely.updateTable('auditLog').set({ diff }).where('seq', '=', seq).execute();
}

export async function deleteAuditEntry(db: Db, seq: number): Promise<void> {
  await db.kysely.deleteFrom('auditLog').where('seq', '=', seq).execute();
}

/** Exchanges everything but the sequence numbers of two entries. */
export async function swapAuditEntries(db: Db, a: number, b: number): Promise<void> {
  const rows = await db.kysely
    .selectFrom('auditLog')
    .selectAll()
    .where('seq', 'in', [a, b])
    .execute();
  const rowA = rows.find((r) => Number(r.seq) === a);
  const rowB = rows.find((r) => Number(r.seq) === b);
  if (rowA === undefined || rowB === undefined) throw new Error(`no entries ${a} and ${b}`);
  const contents = (row: typeof rowA) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    target: row.target,
    diff: row.diff,
    prevHash: row.prevHash,
    hash: row.hash,
  });
  // The ids are unique: park one first.
  await db.kysely
    .updateTable('auditLog')
    .set({ id: `parked-${a}` })
    .where('seq', '=', a)
    .execute();
  await db.kysely.updateTable('auditLog').set(contents(rowA)).where('seq', '=', b).execute();
  await db.kysely.updateTable('auditLog').set(contents(rowB)).where('seq', '=', a).execute();
}
