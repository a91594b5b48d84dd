import { sql, type Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { enqueueOutboxMessages } from './outbox.js';
import { appendTimelineEntries } from './timeline.js';
import type {
  Database,
  NewAttachment,
  NewOutboxMessage,
  NewReport,
  Report,
  TimelineEntry,
  TimelineTable,
} from '../schema.js';

export async function insertReport(db: Kysely<Database>, report: NewReport): Promise<void> {
  await db.insertInto('reports').values(report).execute();
}

/** Several reports in one statement (group commit). */
export async function insertReports(db: Kysely<Database>, reports: NewReport[]): Promise<void> {
  if (reports.length > 0) await db.insertInto('reports').values(reports).execute();
}

/** New reports with the rows that come with them: their files, first timeline entries, mail. */
export interface NewReportRows {
  reports: NewReport[];
  attachments: NewAttachment[];
  timeline: TimelineTable[];
  outbox: NewOutboxMessage[];
}

/** Inserts new reports' rows, one multi-row statement per table (run it in a transaction). */
export async function insertNewReportRows(
  db: Kysely<Database>,
  rows: NewReportRows,
): Promise<void> {
  await insertReports(db, rows.reports);
  await insertAttachments(db, rows.attachments);
  await appendTimelineEntries(db, rows.timeline);
  await enqueueOutboxMessages(db, rows.outbox);
}

/**
 * PostgreSQL only: inserts new reports' rows with a single statement, each table's multi-row
 * insert a data-modifying `WITH` query of it. That is one round trip instead of one per table
 * plus BEGIN and COMMIT, and, run outside a transaction, a transaction of its own: all rows or
 * none. (SQLite has no data-modifying `WITH`; its writer thread pays no round trips anyway.)
 */
export async function insertNewReportRowsAtOnce(
  db: Kysely<Database>,
  rows: NewReportRows,
): Promise<void> {
  const inserts = [
    rows.reports.length > 0 ? db.insertInto('reports').values(rows.reports) : undefined,
    rows.attachments.length > 0 ? db.insertInto('attachments').values(rows.attachments) : undefined,
    rows.timeline.length > 0 ? db.insertInto('timeline').values(rows.timeline) : undefined,
    rows.outbox.length > 0 ? db.insertInto('outbox').values(rows.outbox) : undefined,
  ].filter((q) => q !== undefined);
  const last = inserts.pop();
  if (last === undefined) return;
  if (inserts.length === 0) {
    await last.execute();
    return;
  }
  const queries = inserts.map((q, i) => sql`${sql.ref(`new_rows_${i}`)} as (${q})`);
  await sql`with ${sql.join(queries, sql`, `)} ${last}`.execute(db);
}

/** A file as the blob store staged it: what its `attachments` row records. */
export interface StagedFile {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  key: string;
}

/** The rows of staged files, in upload order, belonging to a report or to one of its messages. */
export function attachmentRows(
  files: readonly StagedFile[],
  owner: { reportId: string; messageId?: string },
  createdAt: string,
): NewAttachment[] {
  return files.map((f, position) => ({
    id: uuidv7(),
    ...owner,
    position,
    filename: f.filename,
    contentType: f.contentType,
    size: f.size,
    sha256: f.sha256,
    blobKey: f.key,
    createdAt,
  }));
}

export async function insertAttachments(
  db: Kysely<Database>,
  rows: NewAttachment[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('attachments').values(rows).execute();
}

export async function findReportByRef(
  db: Kysely<Database>,
  ref: string,
): Promise<Report | undefined> {
  return db.selectFrom('reports').selectAll().where('ref', '=', ref).executeTakeFirst();
}

export async function findReportRefByTrackingHash(
  db: Kysely<Database>,
  hash: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('reports')
    .select('ref')
    .where('trackingTokenHash', '=', hash)
    .executeTakeFirst();
  return row?.ref;
}

export async function listTimeline(
  db: Kysely<Database>,
  reportId: string,
): Promise<TimelineEntry[]> {
  return db
    .selectFrom('timeline')
    .selectAll()
    .where('reportId', '=', reportId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export interface ReportSummaryRow {
  ref: string;
  title: string;
  status: string;
  qualityTier: string;
  receivedAt: string;
  firstResponseDueAt: string;
}

export async function listReportsOfAccount(
  db: Kysely<Database>,
  accountId: string,
  limit: number,
  before: { receivedAt: string; ref: string } | undefined,
): Promise<ReportSummaryRow[]> {
  let q = db
    .selectFrom('reports')
    .select(['ref', 'title', 'status', 'qualityTier', 'receivedAt', 'firstResponseDueAt'])
    .where('accountId', '=', accountId);
  if (before !== undefined) {
    // Keyset paging on (receivedAt, ref): nothing is skipped when two reports share a time.
    q = q.where((eb) =>
      eb.or([
        eb('receivedAt', '<', before.receivedAt),
        eb.and([eb('receivedAt', '=', before.receivedAt), eb('ref', '<', before.ref)]),
      ]),
    );
  }
  return q.orderBy('receivedAt', 'desc').orderBy('ref', 'desc').limit(limit).execute();
}
