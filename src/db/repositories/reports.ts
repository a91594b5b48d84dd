import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database, NewAttachment, NewReport, Report, TimelineEntry } from '../schema.js';

export async function insertReport(db: Kysely<Database>, report: NewReport): Promise<void> {
  await db.insertInto('reports').values(report).execute();
}

/** Several reports in one statement (group commit). */
export async function insertReports(db: Kysely<Database>, reports: NewReport[]): Promise<void> {
  if (reports.length > 0) await db.insertInto('reports').values(reports).execute();
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
