/**
 * The private channel between the security team and the reporter, plus staff-only internal
 * notes on the same report. The reporter sees and answers only messages that are not internal.
 * Each message is one transaction with its files' rows (the files themselves were staged to the
 * encrypted blob store before), its timeline entry (for messages the reporter sees), its audit
 * entry and an outbox notice; a reporter's answer to a report waiting on them moves it back to
 * triage. Notices carry no message text: the reader signs in or uses the tracking page.
 */
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/client.js';
import { appendAudit } from '../db/repositories/audit-log.js';
import { enqueueOutbox } from '../db/repositories/outbox.js';
import { listMessageAttachments } from '../db/repositories/attachments.js';
import { insertMessage } from '../db/repositories/messages.js';
import { lockReportForUpdate } from '../db/repositories/report-locks.js';
import {
  attachmentRows,
  findReportByRef,
  insertAttachments,
  listTimeline,
} from '../db/repositories/reports.js';
import type { Attachment } from '../db/schema.js';
import { findStaffAccount, findStaffAccounts } from '../db/repositories/triage.js';
import { DomainError, notFound, validationFailed } from '../domain/errors.js';
import { MESSAGE_BODY_MAX, renderMarkdown } from '../domain/message/markdown.js';
import type { SlaPolicy } from '../domain/sla/policy.js';
import type { Actor } from '../policies/actor.js';
import { canReadReport } from '../policies/report.policy.js';
import { authorizeStaff, can } from '../policies/staff.policy.js';
import type { AttachmentView, StagedAttachment } from './attachment.service.js';
import { auditActorOf } from './audit.service.js';
import { reportClocks, slaColumns } from './case-sla.js';
import type { StaffSummary, TriageService } from './triage.service.js';

export interface MessageServiceDeps {
  db: Db;
  clock: () => Date;
  slaPolicy: SlaPolicy;
  triage: TriageService;
  publicUrl: string;
  /** Where a reporter's answer is announced when nobody is assigned (ONCALL_EMAIL). */
  oncallEmail: string;
}

export interface MessageView {
  id: string;
  author: 'staff' | 'reporter';
  /** Staff only: which account wrote it. */
  authorId: string | null;
  /** Staff only: that account's display name (its e-mail when it has none); null when unknown. */
  authorName: string | null;
  internal: boolean;
  body: string;
  /** The body rendered from Markdown, safe to insert into a page. */
  bodyHtml: string;
  createdAt: string;
  /** Files sent with the message, in the order they were sent. */
  attachments: AttachmentView[];
}

type Side = 'staff' | 'reporter';

export class MessageService {
  constructor(private readonly deps: MessageServiceDeps) {}

  async list(actor: Actor, ref: string): Promise<MessageView[]> {
    const db = this.deps.db.kysely;
    const report = await findReportByRef(db, ref);
    const side = report === undefined ? undefined : sideOf(actor, report);
    if (report === undefined || side === undefined) throw notFound('report');
    let query = db
      .selectFrom('messages')
      .selectAll()
      .where('reportId', '=', report.id)
      .orderBy('createdAt')
      .orderBy('id');
    if (side === 'reporter') query = query.where('internal', '=', 0);
    const [rows, files] = await Promise.all([
      query.execute(),
      listMessageAttachments(db, report.id),
    ]);
    // The authors' names, for staff only: one query over every account the messages name.
    const authors =
      side === 'staff'
        ? await findStaffAccounts(
            db,
            rows.map((m) => m.authorId).filter((id) => id !== null),
          )
        : new Map<string, StaffSummary>();
    // Files of messages not listed here (internal notes, for the reporter) are left out.
    const filesOf = new Map<string, AttachmentView[]>();
    for (const file of files) {
      if (file.messageId === null) continue;
      filesOf.set(file.messageId, [...(filesOf.get(file.messageId) ?? []), attachmentView(file)]);
    }
    return rows.map((m) => ({
      id: m.id,
      author: m.authorKind === 'staff' ? 'staff' : 'reporter',
      authorId: side === 'staff' ? m.authorId : null,
      authorName: side === 'staff' ? nameOf(authors, m.authorId) : null,
      internal: m.internal === 1,
      body: m.body,
      bodyHtml: renderMarkdown(m.body),
      createdAt: m.createdAt,
      attachments: filesOf.get(m.id) ?? [],
    }));
  }

  /**
   * Whether the caller may write on the report at all (as the reporter, or as staff who may
   * write messages or notes): checked before files are streamed in, so a caller who may not
   * write stores nothing. `post` checks again, with the message in hand.
   */
  async authorizeWrite(actor: Actor, ref: string): Promise<void> {
    const report = await findReportByRef(this.deps.db.kysely, ref);
    const side = report === undefined ? undefined : sideOf(actor, report);
    if (report === undefined || side === undefined) throw notFound('report');
    if (
      side === 'staff' &&
      !can(actor, 'report.message.write') &&
      !can(actor, 'report.note.write')
    ) {
      throw new DomainError('forbidden', 'your role may not write messages or notes');
    }
  }

  async post(
    actor: Actor,
    ref: string,
    input: { body: string; internal: boolean },
    staged: readonly StagedAttachment[] = [],
  ): Promise<MessageView> {
    const body = input.body.trim();
    if (body === '') {
      throw validationFailed([{ path: 'body', message: 'is empty', rule: 'required' }]);
    }
    if (body.length > MESSAGE_BODY_MAX) {
      throw validationFailed([
        {
          path: 'body',
          message: `is longer than ${MESSAGE_BODY_MAX} characters`,
          rule: 'too-long',
          limit: MESSAGE_BODY_MAX,
        },
      ]);
    }
    const now = this.deps.clock();
    const at = now.toISOString();
    return this.deps.db.kysely.transaction().execute(async (trx) => {
      const report = await findReportByRef(trx, ref);
      const side = report === undefined ? undefined : sideOf(actor, report);
      if (report === undefined || side === undefined) throw notFound('report');
      if (side === 'reporter' && input.internal) {
        throw new DomainError('forbidden', 'internal notes are for the security team', [
          { path: 'internal', message: 'must be false', rule: 'not-allowed' },
        ]);
      }
      if (side === 'staff') {
        authorizeStaff(actor, input.internal ? 'report.note.write' : 'report.message.write');
      }
      await lockReportForUpdate(trx, report.id, at);
      const id = uuidv7();
      const authorId = side === 'staff' && actor.kind === 'account' ? actor.accountId : null;
      await insertMessage(trx, {
        id,
        reportId: report.id,
        authorKind: side,
        authorId,
        body,
        internal: input.internal,
        createdAt: at,
      });
      const files = attachmentRows(staged, { reportId: report.id, messageId: id }, at);
      await insertAttachments(trx, files);

      if (side === 'staff' && !input.internal && report.firstRespondedAt === null) {
        // The first answer the reporter sees: the first-response clock is satisfied.
        const updated = { ...report, firstRespondedAt: at };
        const clocks = reportClocks(
          updated,
          await listTimeline(trx, report.id),
          this.deps.slaPolicy,
          now,
        );
        await trx
          .updateTable('reports')
          .set({ firstRespondedAt: at, ...slaColumns(clocks) })
          .where('id', '=', report.id)
          .execute();
      }
      if (side === 'reporter') {
        await this.deps.triage.resumeAfterReporterAnswer(trx, report, now);
      }

      await appendAudit(trx, {
        at,
        actor: side === 'staff' ? auditActorOf(actor) : 'reporter',
        action: input.internal ? 'report.note-added' : 'report.message-posted',
        target: `report:${report.ref}`,
        diff: {
          messageId: [null, id],
          ...(files.length > 0 ? { attachments: [null, files.map((f) => f.sha256)] } : {}),
        },
      });

      const notice = await this.noticeRecipient(trx, side, input.internal, report);
      if (notice !== undefined) {
        await enqueueOutbox(trx, {
          id: uuidv7(),
          kind: notice.kind,
          payload: JSON.stringify({
            to: notice.to,
            language: notice.language,
            reportRef: report.ref,
            messageId: id,
            url: notice.url,
          }),
          createdAt: at,
          availableAt: at,
          lastError: null,
          deliveredAt: null,
          leaseUntil: null,
        });
      }
      // The writer's name for the staff answer, looked up as the list does.
      const authorName =
        side === 'staff' && authorId !== null
          ? nameOf(await findStaffAccounts(trx, [authorId]), authorId)
          : null;
      return {
        id,
        author: side,
        authorId: side === 'staff' ? authorId : null,
        authorName,
        internal: input.internal,
        body,
        bodyHtml: renderMarkdown(body),
        createdAt: at,
        attachments: files.map(attachmentView),
      };
    });
  }

  /** Who hears of a new message: the reporter, or the assignee (else on-call) for an answer. */
  private async noticeRecipient(
    trx: Parameters<typeof findStaffAccount>[0],
    side: Side,
    internal: boolean,
    report: { ref: string; reporterEmail: string; language: string; assigneeId: string | null },
  ): Promise<{ kind: string; to: string; language: string; url: string } | undefined> {
    const ref = encodeURIComponent(report.ref);
    if (side === 'staff') {
      if (internal) return undefined;
      return {
        kind: 'mail.report-message',
        to: report.reporterEmail,
        language: report.language,
        url: `${this.deps.publicUrl}/track?id=${ref}`,
      };
    }
    const assignee =
      report.assigneeId === null ? undefined : await findStaffAccount(trx, report.assigneeId);
    return {
      kind: 'mail.report-answer',
      to: assignee?.email ?? this.deps.oncallEmail,
      language: 'en',
      url: `${this.deps.publicUrl}/console/reports/${ref}`,
    };
  }
}

function attachmentView(
  file: Pick<Attachment, 'id' | 'filename' | 'contentType' | 'size' | 'sha256'>,
): AttachmentView {
  return {
    id: file.id,
    filename: file.filename,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
  };
}

/** How the console names a member of staff: display name, else e-mail; null when not staff. */
function nameOf(staff: ReadonlyMap<string, StaffSummary>, id: string | null): string | null {
  const member = id === null ? undefined : staff.get(id);
  return member === undefined ? null : (member.name ?? member.email);
}

/** Which side of the conversation the caller is on, or undefined when they may not see it. */
function sideOf(actor: Actor, report: { ref: string; accountId: string | null }): Side | undefined {
  if (can(actor, 'report.read')) return 'staff';
  if (canReadReport(actor, report)) return 'reporter';
  return undefined;
}
