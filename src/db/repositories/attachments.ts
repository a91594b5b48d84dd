/** Files of reports (sent with the submission) and of their messages. */
import type { Kysely } from 'kysely';
import type { Attachment, Database } from '../schema.js';

/**
 * A file of the report, with whether it belongs to an internal note (staff only). A message file
 * whose message cannot be found counts as internal: hidden rather than shown by mistake.
 */
export async function findAttachmentOfReport(
  db: Kysely<Database>,
  reportId: string,
  attachmentId: string,
): Promise<(Attachment & { internal: boolean }) | undefined> {
  const row = await db
    .selectFrom('attachments')
    .leftJoin('messages', 'messages.id', 'attachments.messageId')
    .selectAll('attachments')
    .select('messages.internal')
    .where('attachments.id', '=', attachmentId)
    .where('attachments.reportId', '=', reportId)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { ...row, internal: row.messageId !== null && row.internal !== 0 };
}

/** Every message file of a report, in message and then upload order. */
export async function listMessageAttachments(
  db: Kysely<Database>,
  reportId: string,
): Promise<Attachment[]> {
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('reportId', '=', reportId)
    .where('messageId', 'is not', null)
    .orderBy('messageId')
    .orderBy('position')
    .execute();
}

/** The report's own files, sent with the submission, in upload order. */
export async function listAttachments(
  db: Kysely<Database>,
  reportId: string,
): Promise<Attachment[]> {
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('reportId', '=', reportId)
    .where('messageId', 'is', null)
    .orderBy('position')
    .execute();
}
