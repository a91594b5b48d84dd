/**
 * The audit log: appending inside the caller's transaction, reading in pages.
 * There is no update or delete here, and triggers refuse both in the database.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { canonicalJson } from '../../domain/audit/canonical-json.js';
import {
  chainEntry,
  parseDiff,
  type AuditEntry,
  type AuditHead,
  type AuditRecord,
  type StoredAuditEntry,
} from '../../domain/audit/chain.js';
import type { AuditAction } from '../../domain/audit/actions.js';
import type { AuditLogTable, Database } from '../schema.js';

const HEAD_ID = 1;

/**
 * Appends an entry to the audit log. Call it with the transaction that makes the change the entry
 * records, so both commit or neither does. Appends serialize on the head row: touching it takes a
 * row lock on PostgreSQL (another instance's append waits, then reads the new head) and the write
 * lock on SQLite, so the chain never forks.
 */
export async function appendAudit(
  trx: Kysely<Database>,
  record: AuditRecord & { action: AuditAction },
): Promise<AuditEntry> {
  if (!trx.isTransaction) throw new Error('appendAudit needs the transaction of the change');
  const head = await trx
    .updateTable('auditHead')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', HEAD_ID)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const next = chainEntry({ seq: Number(head.seq), hash: head.hash }, uuidv7(), record);
  await trx
    .insertInto('auditLog')
    .values({ ...next.entry, diff: canonicalJson(next.entry.diff) })
    .execute();
  await trx.updateTable('auditHead').set(next.head).where('id', '=', HEAD_ID).execute();
  return next.entry;
}

export async function readAuditHead(db: Kysely<Database>): Promise<AuditHead> {
  const row = await db
    .selectFrom('auditHead')
    .select(['seq', 'hash'])
    .where('id', '=', HEAD_ID)
    .executeTakeFirstOrThrow();
  return { seq: Number(row.seq), hash: row.hash };
}

const toStored = (row: AuditLogTable): StoredAuditEntry => ({
  ...row,
  seq: Number(row.seq),
  diff: parseDiff(row.diff),
});

/** Entries after `afterSeq` up to `uptoSeq`, in order of seq: one page of a full read. */
export async function readAuditPage(
  db: Kysely<Database>,
  afterSeq: number,
  uptoSeq: number,
  limit: number,
): Promise<StoredAuditEntry[]> {
  const rows = await db
    .selectFrom('auditLog')
    .selectAll()
    .where('seq', '>', afterSeq)
    .where('seq', '<=', uptoSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toStored);
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  target?: string;
  /** ISO 8601 UTC, inclusive. */
  from?: string;
  /** ISO 8601 UTC, exclusive. */
  to?: string;
  /** Only entries with a smaller seq (the cursor of the previous page). */
  beforeSeq?: number;
}

/** Matching entries, newest first. */
export async function listAudit(
  db: Kysely<Database>,
  filter: AuditFilter,
  limit: number,
): Promise<StoredAuditEntry[]> {
  let q = db.selectFrom('auditLog').selectAll();
  if (filter.actor !== undefined) q = q.where('actor', '=', filter.actor);
  if (filter.action !== undefined) q = q.where('action', '=', filter.action);
  if (filter.target !== undefined) q = q.where('target', '=', filter.target);
  if (filter.from !== undefined) q = q.where('at', '>=', filter.from);
  if (filter.to !== undefined) q = q.where('at', '<', filter.to);
  if (filter.beforeSeq !== undefined) q = q.where('seq', '<', filter.beforeSeq);
  const rows = await q.orderBy('seq', 'desc').limit(limit).execute();
  return rows.map(toStored);
}
