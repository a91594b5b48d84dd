/**
 * Report intake use cases: assess a draft, submit (one durable transaction with the timeline
 * entry and the acknowledgment in the outbox; files are staged by the AttachmentService), and
 * read a report back.
 */
import type { EventLoopUtilization } from 'node:perf_hooks';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/client.js';
import { listAttachments } from '../db/repositories/attachments.js';
import { GroupCommit } from '../db/group-commit.js';
import { PendingListCleaner } from '../db/pending-list-cleaner.js';
import { cleanTrigramPendingLists } from '../db/repositories/search-index.js';
import { WriterThread } from '../db/writer-thread.js';
import {
  INTAKE_BATCH_LIMITS,
  INTAKE_OVERLAP,
  PENDING_LIST_EVERY_ROWS,
  postgresIntake,
  type IntakeItem,
  type IntakeWriterOptions,
} from './intake-batch.js';
import { enqueueOutbox } from '../db/repositories/outbox.js';
import {
  findReportByRef,
  listReportsOfAccount,
  listTimeline,
  type ReportSummaryRow,
} from '../db/repositories/reports.js';
import { lockReportForUpdate } from '../db/repositories/report-locks.js';
import { appendTimeline } from '../db/repositories/timeline.js';
import { readPublicKey } from '../crypto/pgp.js';
import { issueToken } from '../crypto/tokens.js';
import { DomainError, notFound, validationFailed } from '../domain/errors.js';
import {
  assessQuality,
  type QualityAssessment,
  type QualityTier,
} from '../domain/report/quality.js';
import type { ReportDraft, ReportSubmission } from '../domain/report/submission.js';
import { validateReport } from '../domain/report/validate.js';
import { cvssSeverity } from '../domain/severity/cvss.js';
import { firstResponseDueAt } from '../domain/sla/first-response.js';
import { FOLLOW_UP_KIND, followUpState, type FollowUpState } from '../domain/sla/follow-up.js';
import { searchText } from '../domain/report/search-text.js';
import type { SubmissionLimit } from '../domain/reporter/submission-limits.js';
import type { SlaPolicy } from '../domain/sla/policy.js';
import type { Actor } from '../policies/actor.js';
import { normalizeEmail } from './account.service.js';
import { clocksAtReceipt, slaColumns } from './case-sla.js';
import { canReadReport } from '../policies/report.policy.js';
import { can } from '../policies/staff.policy.js';
import {
  reporterOutcome,
  reporterTimeline,
  type ReporterOutcome,
} from '../domain/case/reporter-view.js';
import { researcherStatus, type ResearcherStatus } from '../domain/case/researcher-status.js';
import { isCaseState } from '../domain/case/states.js';
import type { StagedAttachment } from './attachment.service.js';
import type { CweCatalogue } from './cwe-catalogue.js';

export interface ReportServiceDeps {
  db: Db;
  cwe: CweCatalogue;
  clock: () => Date;
  firstResponseHours: number;
  publicUrl: string;
  slaPolicy: SlaPolicy;
  /** Reports per reporter and window above which a new report is flagged for triage. */
  submissionLimits: readonly SubmissionLimit[];
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
  /** The status the reporter sees. */
  researcherStatus: ResearcherStatus;
  /** Why the report was not accepted, as the reporter is told; null unless rejected. */
  outcome: ReporterOutcome | null;
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

/** A report in the account's list. */
export interface ReportSummary extends ReportSummaryRow {
  /** The status the reporter sees. */
  researcherStatus: ResearcherStatus;
}

function researcherStatusOf(report: { ref: string; status: string }): ResearcherStatus {
  if (!isCaseState(report.status)) throw new Error(`report ${report.ref} has an unknown status`);
  return researcherStatus(report.status);
}

/** The writer thread's entry, compiled (`.js`) or, under tsx and tests, the source. */
const INTAKE_WRITER_ENTRY = new URL(
  `./intake-writer.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

export class ReportService {
  /** New reports are committed in groups: see `GroupCommit` and `writeIntakeBatch`. */
  private readonly intake: GroupCommit<IntakeItem, string>;

  /** SQLite: the thread that writes the groups (see `WriterThread`); none on PostgreSQL. */
  private readonly writer: WriterThread<IntakeItem, string, IntakeWriterOptions> | undefined;

  /** PostgreSQL: keeps the trigram indexes' pending lists short (see `PendingListCleaner`). */
  private readonly pendingLists: PendingListCleaner | undefined;

  constructor(private readonly deps: ReportServiceDeps) {
    const options: IntakeWriterOptions = {
      publicUrl: deps.publicUrl,
      submissionLimits: deps.submissionLimits,
    };
    const file = deps.db.file;
    this.writer =
      file === null ? undefined : new WriterThread(INTAKE_WRITER_ENTRY, { file, options });
    const kysely = deps.db.kysely;
    this.pendingLists =
      file === null
        ? new PendingListCleaner(() => cleanTrigramPendingLists(kysely), PENDING_LIST_EVERY_ROWS)
        : undefined;
    this.intake = new GroupCommit(
      this.writer?.run ??
        postgresIntake(deps.db, options, (reports) => this.pendingLists?.written(reports)),
      {
        ...INTAKE_BATCH_LIMITS,
        ...INTAKE_OVERLAP[this.writer === undefined ? 'postgres' : 'sqlite'],
      },
      (item) => item.submissionJson.length,
    );
  }

  /** How busy the SQLite writer thread has been (benchmarks); undefined on PostgreSQL. */
  writerUtilization(): EventLoopUtilization | undefined {
    return this.writer?.utilization();
  }

  /** Starts the SQLite writer thread ahead of the first report (it otherwise starts with it). */
  startWriter(): void {
    this.writer?.start();
  }

  /** Stops the writer thread once the reports in flight are written, and the index upkeep. */
  async close(): Promise<void> {
    await this.writer?.close();
    await this.pendingLists?.close();
  }

  /** Transactions that committed new reports (fewer than reports when they were grouped). */
  get intakeTransactions(): number {
    return this.intake.transactions;
  }

  /** The quality meter: validates what is there and tells what is missing. Stores nothing. */
  assess(draft: ReportDraft, attachmentCount = 0): QualityAssessment {
    const { errors, cvss } = validateReport(draft, { isKnownCwe: (id) => this.deps.cwe.has(id) });
    if (errors.length > 0) throw validationFailed(errors);
    return assessQuality(draft, { attachmentCount, cvssValid: cvss !== undefined });
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
      if (!key.ok) errors.push({ path: 'reporter.pgpKey', ...key.problem });
    }
    if (errors.length > 0) throw validationFailed(errors);

    const quality = assessQuality(submission, {
      attachmentCount: staged.length,
      cvssValid: cvss !== undefined,
    });
    const receivedAt = now.toISOString();
    const dueAt = firstResponseDueAt(now, this.deps.firstResponseHours).toISOString();
    const tracking = issueToken('tracking');
    const language = submission.language ?? 'en';
    const accountId = actor.kind === 'account' ? actor.accountId : null;

    const sla = slaColumns(clocksAtReceipt(now, new Date(dueAt), this.deps.slaPolicy));
    const ref = await this.intake.submit({
      ...sla,
      reporterKey: normalizeEmail(submission.reporter.email),
      searchText: searchText(submission),
      reportId: uuidv7(),
      year: now.getUTCFullYear(),
      receivedAt,
      firstResponseDueAt: dueAt,
      title: submission.title,
      submissionJson: JSON.stringify({ ...submission, language }),
      qualityTier: quality.tier,
      language,
      reporterEmail: submission.reporter.email,
      encryptTo: submission.reporter.pgpKey !== undefined,
      accountId,
      trackingTokenHash: tracking.hash,
      cvss: cvss ?? null,
      staged,
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
    const staff = can(actor, 'report.read');
    if (report === undefined || !(staff || canReadReport(actor, report))) throw notFound('report');
    const [attachments, allEntries] = await Promise.all([
      listAttachments(db, report.id),
      listTimeline(db, report.id),
    ]);
    const entries = allEntries.map((t) => ({
      at: t.at,
      kind: t.kind,
      actor: t.actor,
      data: JSON.parse(t.data) as Record<string, unknown>,
    }));
    // The reporter sees their side of the story, in their terms; staff also see internal steps.
    const timeline = staff ? entries : reporterTimeline(entries);
    const submission = JSON.parse(report.submission) as ReportSubmission;
    const quality = assessQuality(submission, {
      attachmentCount: attachments.length,
      cvssValid: report.cvssVector !== null,
    });
    return {
      ref: report.ref,
      status: report.status,
      researcherStatus: researcherStatusOf(report),
      outcome:
        report.status === 'rejected'
          ? reporterOutcome({
              disposition: report.disposition,
              reason: report.dispositionReason,
              helpDestination: report.helpDestination,
            })
          : null,
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
      timeline,
    };
  }

  async listMine(
    actor: Actor,
    limit: number,
    before?: { receivedAt: string; ref: string },
  ): Promise<ReportSummary[]> {
    if (actor.kind !== 'account') throw new DomainError('unauthorized');
    const rows = await listReportsOfAccount(this.deps.db.kysely, actor.accountId, limit, before);
    return rows.map((row) => ({ ...row, researcherStatus: researcherStatusOf(row) }));
  }

  /** Whether the reporter may ask for a response now; same access as reading the report. */
  async followUpStatus(ref: string, actor: Actor): Promise<FollowUpState> {
    const db = this.deps.db.kysely;
    const report = await findReportByRef(db, ref);
    if (report === undefined || !canReadReport(actor, report)) throw notFound('report');
    return followUpState({
      firstResponseDueAt: new Date(report.firstResponseDueAt),
      respondedAt: respondedAtOf(report),
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
        respondedAt: respondedAtOf(report),
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
        actorId: null,
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

const respondedAtOf = (report: { firstRespondedAt: string | null }): Date | null =>
  report.firstRespondedAt === null ? null : new Date(report.firstRespondedAt);
