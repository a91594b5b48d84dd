/**
 * Report intake use cases: assess a draft, stage attachments, submit (one durable transaction
 * with the timeline entry and the acknowledgment in the outbox), and read a report back.
 */
import type { Readable } from 'node:stream';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/client.js';
import { nextYearSequence } from '../db/repositories/counters.js';
import { enqueueOutbox } from '../db/repositories/outbox.js';
import {
  findReportByRef,
  insertAttachments,
  insertReport,
  listAttachments,
  listReportsOfAccount,
  listTimeline,
  type ReportSummaryRow,
} from '../db/repositories/reports.js';
import { lockReportForUpdate } from '../db/repositories/report-locks.js';
import { appendTimeline } from '../db/repositories/timeline.js';
import { BlobTooLargeError, type BlobStore, type StoredBlob } from '../blobs/blob-store.js';
import { readPublicKey } from '../crypto/pgp.js';
import { issueToken } from '../crypto/tokens.js';
import { DomainError, notFound, validationFailed } from '../domain/errors.js';
import {
  assessQuality,
  type QualityAssessment,
  type QualityTier,
} from '../domain/report/quality.js';
import { formatReportRef } from '../domain/report/reference.js';
import type { ReportDraft, ReportSubmission } from '../domain/report/submission.js';
import { validateReport } from '../domain/report/validate.js';
import { cvssSeverity } from '../domain/severity/cvss.js';
import { firstResponseDueAt } from '../domain/sla/first-response.js';
import { FOLLOW_UP_KIND, followUpState, type FollowUpState } from '../domain/sla/follow-up.js';
import type { Actor } from '../policies/actor.js';
import { canReadReport } from '../policies/report.policy.js';
import type { CweCatalogue } from './cwe-catalogue.js';

export const MAX_ATTACHMENTS = 10;

export interface ReportServiceDeps {
  db: Db;
  blobs: BlobStore;
  cwe: CweCatalogue;
  clock: () => Date;
  firstResponseHours: number;
  maxAttachmentBytes: number;
  publicUrl: string;
}

export interface IncomingAttachment {
  filename: string;
  contentType: string;
  stream: Readable;
}

export interface StagedAttachment extends StoredBlob {
  filename: string;
  contentType: string;
}

export interface SubmitResult {
  ref: string;
  status: 'new';
  trackingToken: string;
  receivedAt: string;
  firstResponseDueAt: string;
  quality: QualityAssessment;
}

export interface ReportView {
  ref: string;
  status: string;
  submission: ReportSubmission;
  receivedAt: string;
  firstResponseDueAt: string;
  quality: QualityAssessment;
  cvss: { vector: string; score: number; severity: string } | null;
  attachments: {
    id: string;
    filename: string;
    contentType: string;
    size: number;
    sha256: string;
  }[];
  timeline: { at: string; kind: string; actor: string; data: Record<string, unknown> }[];
}

export class ReportService {
  constructor(private readonly deps: ReportServiceDeps) {}

  /** The quality meter: validates what is there and tells what is missing. Stores nothing. */
  assess(draft: ReportDraft, attachmentCount = 0): QualityAssessment {
    const { errors, cvss } = validateReport(draft, { isKnownCwe: (id) => this.deps.cwe.has(id) });
    if (errors.length > 0) throw validationFailed(errors);
    return assessQuality(draft, { attachmentCount, cvssValid: cvss !== undefined });
  }

  /** Streams one attachment to encrypted storage before the report is validated. */
  async stageAttachment(file: IncomingAttachment, index: number): Promise<StagedAttachment> {
    if (index >= MAX_ATTACHMENTS) {
      file.stream.resume();
      throw new DomainError('payload-too-large', `at most ${MAX_ATTACHMENTS} attachments`, [
        { path: 'attachments', message: `at most ${MAX_ATTACHMENTS} files` },
      ]);
    }
    try {
      const stored = await this.deps.blobs.put(file.stream, {
        maxBytes: this.deps.maxAttachmentBytes,
      });
      return {
        ...stored,
        filename: sanitizeFilename(file.filename),
        contentType: file.contentType,
      };
    } catch (err) {
      if (err instanceof BlobTooLargeError) {
        file.stream.resume();
        const mb = Math.floor(this.deps.maxAttachmentBytes / 1_048_576);
        throw new DomainError(
          'payload-too-large',
          `attachment ${index + 1} is larger than ${mb} MB`,
          [{ path: `attachments[${index}]`, message: `larger than ${mb} MB` }],
        );
      }
      throw err;
    }
  }

  async discardAttachments(staged: readonly StagedAttachment[]): Promise<void> {
    await Promise.all(staged.map((s) => this.deps.blobs.delete(s.key).catch(() => undefined)));
  }

  async submit(
    submission: ReportSubmission,
    staged: readonly StagedAttachment[],
    actor: Actor,
  ): Promise<SubmitResult> {
    if (actor.kind === 'tracking') {
      throw new DomainError(
        'forbidden',
        'a tracking token cannot submit reports; sign in or send none',
      );
    }
    const now = this.deps.clock();
    const { errors, cvss } = validateReport(submission, {
      isKnownCwe: (id) => this.deps.cwe.has(id),
    });
    if (submission.reporter.pgpKey !== undefined) {
      const key = await readPublicKey(submission.reporter.pgpKey, now);
      if (!key.ok) errors.push({ path: 'reporter.pgpKey', message: key.message });
    }
    if (errors.length > 0) throw validationFailed(errors);

    const quality = assessQuality(submission, {
      attachmentCount: staged.length,
      cvssValid: cvss !== undefined,
    });
    const receivedAt = now.toISOString();
    const dueAt = firstResponseDueAt(now, this.deps.firstResponseHours).toISOString();
    const tracking = issueToken('tracking');
    const reportId = uuidv7();
    const language = submission.language ?? 'en';
    const accountId = actor.kind === 'account' ? actor.accountId : null;

    const ref = await this.deps.db.kysely.transaction().execute(async (trx) => {
      const seq = await nextYearSequence(trx, 'report', now.getUTCFullYear());
      const ref = formatReportRef(now.getUTCFullYear(), seq);
      await insertReport(trx, {
        id: reportId,
        ref,
        status: 'new',
        title: submission.title,
        submission: JSON.stringify({ ...submission, language }),
        qualityTier: quality.tier,
        language,
        reporterEmail: submission.reporter.email,
        accountId,
        trackingTokenHash: tracking.hash,
        cvssVector: cvss?.vector ?? null,
        cvssScore: cvss?.score ?? null,
        receivedAt,
        firstResponseDueAt: dueAt,
        updatedAt: receivedAt,
      });
      await insertAttachments(
        trx,
        staged.map((s, position) => ({
          id: uuidv7(),
          reportId,
          position,
          filename: s.filename,
          contentType: s.contentType,
          size: s.size,
          sha256: s.sha256,
          blobKey: s.key,
          createdAt: receivedAt,
        })),
      );
      await appendTimeline(trx, {
        id: uuidv7(),
        reportId,
        at: receivedAt,
        kind: 'received',
        actor: 'reporter',
        data: JSON.stringify({ attachments: staged.length, qualityTier: quality.tier }),
      });
      await enqueueOutbox(trx, {
        id: uuidv7(),
        kind: 'mail.report-acknowledgment',
        payload: JSON.stringify({
          to: submission.reporter.email,
          language,
          reportRef: ref,
          receivedAt,
          firstResponseDueAt: dueAt,
          trackUrl: `${this.deps.publicUrl}/track?id=${encodeURIComponent(ref)}`,
          encryptTo: submission.reporter.pgpKey !== undefined,
        }),
        createdAt: receivedAt,
        availableAt: receivedAt,
        lastError: null,
        deliveredAt: null,
        leaseUntil: null,
      });
      return ref;
    });

    return {
      ref,
      status: 'new',
      trackingToken: tracking.token,
      receivedAt,
      firstResponseDueAt: dueAt,
      quality,
    };
  }

  async getReport(ref: string, actor: Actor): Promise<ReportView> {
    const db = this.deps.db.kysely;
    const report = await findReportByRef(db, ref);
    if (report === undefined || !canReadReport(actor, report)) throw notFound('report');
    const [attachments, timeline] = await Promise.all([
      listAttachments(db, report.id),
      listTimeline(db, report.id),
    ]);
    const submission = JSON.parse(report.submission) as ReportSubmission;
    const quality = assessQuality(submission, {
      attachmentCount: attachments.length,
      cvssValid: report.cvssVector !== null,
    });
    return {
      ref: report.ref,
      status: report.status,
      submission,
      receivedAt: report.receivedAt,
      firstResponseDueAt: report.firstResponseDueAt,
      quality: { tier: report.qualityTier as QualityTier, missing: quality.missing },
      cvss:
        report.cvssVector !== null && report.cvssScore !== null
          ? {
              vector: report.cvssVector,
              score: report.cvssScore,
              severity: cvssSeverity(report.cvssScore),
            }
          : null,
      attachments: attachments.map((a) => ({
        id: a.id,
        filename: a.filename,
        contentType: a.contentType,
        size: a.size,
        sha256: a.sha256,
      })),
      timeline: timeline.map((t) => ({
        at: t.at,
        kind: t.kind,
        actor: t.actor,
        data: JSON.parse(t.data) as Record<string, unknown>,
      })),
    };
  }

  async listMine(
    actor: Actor,
    limit: number,
    before?: { receivedAt: string; ref: string },
  ): Promise<ReportSummaryRow[]> {
    if (actor.kind !== 'account') throw new DomainError('unauthorized');
    return listReportsOfAccount(this.deps.db.kysely, actor.accountId, limit, before);
  }

  /** Whether the reporter may ask for a response now; same access as reading the report. */
  async followUpStatus(ref: string, actor: Actor): Promise<FollowUpState> {
    const db = this.deps.db.kysely;
    const report = await findReportByRef(db, ref);
    if (report === undefined || !canReadReport(actor, report)) throw notFound('report');
    return followUpState({
      firstResponseDueAt: new Date(report.firstResponseDueAt),
      timeline: await listTimeline(db, report.id),
      now: this.deps.clock(),
    });
  }

  /**
   * The reporter asks for a response once the first-response time has passed without one: a
   * timeline entry and a mail to the on-call address (`to`), in one transaction. At most once
   * per 24 hours; the report's row is locked so concurrent requests cannot both pass that rule.
   */
  async requestFollowUp(
    ref: string,
    actor: Actor,
    to: string,
  ): Promise<{
    at: string;
    kind: typeof FOLLOW_UP_KIND;
    actor: 'reporter';
    data: { firstResponseDueAt: string };
  }> {
    const now = this.deps.clock();
    const at = now.toISOString();
    return this.deps.db.kysely.transaction().execute(async (trx) => {
      const report = await findReportByRef(trx, ref);
      if (report === undefined || !canReadReport(actor, report)) throw notFound('report');
      await lockReportForUpdate(trx, report.id, at);
      const state = followUpState({
        firstResponseDueAt: new Date(report.firstResponseDueAt),
        timeline: await listTimeline(trx, report.id),
        now,
      });
      if (!state.allowed) throw followUpRefused(state);
      const data = { firstResponseDueAt: report.firstResponseDueAt };
      await appendTimeline(trx, {
        id: uuidv7(),
        reportId: report.id,
        at,
        kind: FOLLOW_UP_KIND,
        actor: 'reporter',
        data: JSON.stringify(data),
      });
      await enqueueOutbox(trx, {
        id: uuidv7(),
        kind: 'mail.report-follow-up',
        // Staff mail: the reference and times only; the report itself stays in the console.
        payload: JSON.stringify({
          to,
          language: 'en',
          reportRef: report.ref,
          receivedAt: report.receivedAt,
          firstResponseDueAt: report.firstResponseDueAt,
          requestedAt: at,
          previousRequestAt: state.lastRequestedAt?.toISOString() ?? null,
        }),
        createdAt: at,
        availableAt: at,
        lastError: null,
        deliveredAt: null,
        leaseUntil: null,
      });
      return { at, kind: FOLLOW_UP_KIND, actor: 'reporter', data };
    });
  }
}

function followUpRefused(state: Exclude<FollowUpState, { allowed: true }>): DomainError {
  switch (state.reason) {
    case 'not-due':
      return new DomainError(
        'conflict',
        `the first-response time has not passed yet; ask again after ${state.availableAfter.toISOString()}`,
      );
    case 'recently-requested':
      return new DomainError(
        'conflict',
        `a response was already asked for at ${state.lastRequestedAt.toISOString()}; ask again after ${state.availableAfter.toISOString()}`,
      );
    case 'responded':
      return new DomainError('conflict', 'the security team has already responded to this report');
  }
}

/** Keeps the base name only, without control characters or path separators. */
export function sanitizeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return clean === '' || clean === '.' || clean === '..' ? 'attachment' : clean;
}
