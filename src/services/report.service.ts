/**
 * Report intake use cases: assess a draft, submit (one durable transaction with the timeline
 * entry and the acknowledgment in the outbox; files are staged by the AttachmentService), and
 * read a report back.
 */
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/client.js';
import { listAttachments } from '../db/repositories/attachments.js';
import type { Transaction } from 'kysely';
import { GroupCommit } from '../db/group-commit.js';
import { reserveYearSequence } from '../db/repositories/counters.js';
import { enqueueOutbox, enqueueOutboxMessages } from '../db/repositories/outbox.js';
import {
  findReportByRef,
  insertAttachments,
  insertReports,
  listReportsOfAccount,
  listTimeline,
  type ReportSummaryRow,
} from '../db/repositories/reports.js';
import { lockReportForUpdate } from '../db/repositories/report-locks.js';
import {
  countNewSubmissions,
  reporterNumbering,
  type NumberingSpan,
} from '../db/repositories/reporter-submissions.js';
import { appendTimeline, appendTimelineEntries } from '../db/repositories/timeline.js';
import type { Database } from '../db/schema.js';
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
import { searchText } from '../domain/report/search-text.js';
import {
  checkSubmissionCounts,
  submissionWindowStart,
  type ExceededLimit,
  type SubmissionLimit,
} from '../domain/reporter/submission-limits.js';
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
import { overLimitColumn } from './submission-flag.js';
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

export class ReportService {
  /** New reports are committed in groups: see `GroupCommit` and `writeIntakeBatch`. */
  private readonly intake: GroupCommit<IntakeItem, string>;

  constructor(private readonly deps: ReportServiceDeps) {
    this.intake = new GroupCommit(
      deps.db.kysely,
      (trx, items) => writeIntakeBatch(trx, items, deps.publicUrl, deps.submissionLimits),
      INTAKE_BATCH_LIMITS,
      (item) => item.submissionJson.length,
    );
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

/** Everything `submit` decided about one report; its reference is assigned when it is written. */
interface IntakeItem {
  reportId: string;
  year: number;
  receivedAt: string;
  firstResponseDueAt: string;
  title: string;
  submissionJson: string;
  qualityTier: QualityTier;
  language: string;
  reporterEmail: string;
  encryptTo: boolean;
  accountId: string | null;
  trackingTokenHash: string;
  cvss: { vector: string; score: number } | null;
  staged: readonly StagedAttachment[];
  reporterKey: string;
  searchText: string;
  nextDueAt: string;
  nextAtRiskAt: string | null;
}

/**
 * Up to 64 reports or 4 MB of submissions per transaction: enough to amortise the commit under
 * load, small enough that one transaction stays short.
 */
const INTAKE_BATCH_LIMITS = { maxItems: 64, maxBytes: 4 * 1_048_576 };

/**
 * Writes a group of new reports: one counter update per year reserves consecutive references in
 * arrival order, one upsert bumps the reporters' records and one statement looks up what the
 * submission limits need (`numberAndCheck`), then one multi-row insert per table. Returns each
 * report's reference.
 */
async function writeIntakeBatch(
  trx: Transaction<Database>,
  items: readonly IntakeItem[],
  publicUrl: string,
  limits: readonly SubmissionLimit[],
): Promise<string[]> {
  const next = new Map<number, number>();
  for (const year of new Set(items.map((i) => i.year))) {
    const count = items.filter((i) => i.year === year).length;
    next.set(year, await reserveYearSequence(trx, 'report', year, count));
  }
  const written = items.map((item) => {
    const seq = next.get(item.year) ?? 0;
    next.set(item.year, seq + 1);
    return { item, ref: formatReportRef(item.year, seq) };
  });
  const submissions = await numberAndCheck(trx, items, limits);
  await insertReports(
    trx,
    written.map(({ item, ref }, i) => ({
      id: item.reportId,
      ref,
      status: 'new',
      title: item.title,
      submission: item.submissionJson,
      qualityTier: item.qualityTier,
      language: item.language,
      reporterEmail: item.reporterEmail,
      accountId: item.accountId,
      trackingTokenHash: item.trackingTokenHash,
      cvssVector: item.cvss?.vector ?? null,
      cvssScore: item.cvss?.score ?? null,
      receivedAt: item.receivedAt,
      firstResponseDueAt: item.firstResponseDueAt,
      updatedAt: item.receivedAt,
      reporterKey: item.reporterKey,
      searchText: item.searchText,
      nextDueAt: item.nextDueAt,
      nextAtRiskAt: item.nextAtRiskAt,
      reporterSeq: submissions[i]?.seq ?? null,
      overLimit: overLimitColumn(submissions[i]?.exceeded ?? null),
    })),
  );
  await insertAttachments(
    trx,
    items.flatMap((item) =>
      item.staged.map((s, position) => ({
        id: uuidv7(),
        reportId: item.reportId,
        position,
        filename: s.filename,
        contentType: s.contentType,
        size: s.size,
        sha256: s.sha256,
        blobKey: s.key,
        createdAt: item.receivedAt,
      })),
    ),
  );
  await appendTimelineEntries(
    trx,
    items.map((item) => ({
      id: uuidv7(),
      reportId: item.reportId,
      at: item.receivedAt,
      kind: 'received',
      actor: 'reporter',
      data: JSON.stringify({ attachments: item.staged.length, qualityTier: item.qualityTier }),
    })),
  );
  await enqueueOutboxMessages(
    trx,
    written.map(({ item, ref }) => ({
      id: uuidv7(),
      kind: 'mail.report-acknowledgment',
      payload: JSON.stringify({
        to: item.reporterEmail,
        language: item.language,
        reportRef: ref,
        receivedAt: item.receivedAt,
        firstResponseDueAt: item.firstResponseDueAt,
        trackUrl: `${publicUrl}/track?id=${encodeURIComponent(ref)}`,
        encryptTo: item.encryptTo,
      }),
      createdAt: item.receivedAt,
      availableAt: item.receivedAt,
      lastError: null,
      deliveredAt: null,
      leaseUntil: null,
    })),
  );
  return written.map(({ ref }) => ref);
}

/**
 * Numbers each new report among its reporter's reports (`reporter_seq`, after bumping the
 * reporters' records: one upsert for the group) and finds the first submission limit each
 * exceeds, or null. The reports of a window are this report's number minus the number the
 * reporter had reached by the window's start. A report numbered within a limit's maximum cannot
 * exceed it and needs no look-up; for the others, one statement reads how each reporter's
 * numbering stood at the windows' starts (see db/repositories/reporter-submissions.ts), the
 * group's own reports being looked at in memory.
 */
async function numberAndCheck(
  trx: Transaction<Database>,
  items: readonly IntakeItem[],
  limits: readonly SubmissionLimit[],
): Promise<{ seq: number; exceeded: ExceededLimit | null }[]> {
  const byReporter = new Map<string, { count: number; last: string }>();
  for (const item of items) {
    const seen = byReporter.get(item.reporterKey);
    byReporter.set(item.reporterKey, {
      count: (seen?.count ?? 0) + 1,
      last: seen === undefined || item.receivedAt > seen.last ? item.receivedAt : seen.last,
    });
  }
  const totals = await countNewSubmissions(trx, byReporter);
  // The group's reports take the last numbers of their reporter, in arrival order.
  const next = new Map(
    [...byReporter].map(([key, { count }]) => [key, (totals.get(key) ?? count) - count + 1]),
  );
  const seqs = items.map((item) => {
    const seq = next.get(item.reporterKey) ?? 1;
    next.set(item.reporterKey, seq + 1);
    return seq;
  });

  // Window starts that matter: those of reports numbered past the limit's maximum.
  const starts = items.map((item, i) =>
    limits.map((limit) =>
      (seqs[i] ?? 0) > limit.max
        ? submissionWindowStart(limit, new Date(item.receivedAt)).toISOString()
        : undefined,
    ),
  );
  // One span per reporter and limit, from the earliest of those starts to the latest.
  const spans = new Map<string, NumberingSpan>();
  items.forEach((item, i) => {
    limits.forEach((_, w) => {
      const start = starts[i]?.[w];
      if (start === undefined) return;
      const id = `${w} ${item.reporterKey}`;
      const span = spans.get(id);
      spans.set(id, {
        reporterKey: item.reporterKey,
        from: span === undefined || start < span.from ? start : span.from,
        to: span === undefined || start > span.to ? start : span.to,
      });
    });
  });
  const numberings = await reporterNumbering(trx, [...spans.values()]);
  const numberingOf = new Map([...spans.keys()].map((id, n) => [id, numberings[n]]));

  return items.map((item, i) => {
    const seq = seqs[i] ?? 1;
    const counts = limits.map((_, w) => {
      const start = starts[i]?.[w];
      if (start === undefined) return seq; // at most the limit's maximum: cannot exceed it
      const numbering = numberingOf.get(`${w} ${item.reporterKey}`);
      // The number reached by the window's start: stored reports, or this group's.
      let reached = numbering?.atFrom ?? 0;
      for (const step of numbering?.steps ?? []) {
        if (step.at <= start) reached = Math.max(reached, step.seq);
      }
      items.slice(0, i).forEach((other, j) => {
        if (other.reporterKey === item.reporterKey && other.receivedAt <= start) {
          reached = Math.max(reached, seqs[j] ?? 0);
        }
      });
      return seq - reached;
    });
    return { seq, exceeded: checkSubmissionCounts(limits, counts).exceeded[0] ?? null };
  });
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
