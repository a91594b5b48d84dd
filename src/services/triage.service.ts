/**
 * Triage and case handling by staff: the queue, lifecycle transitions (with their case number,
 * SLA pauses, reporter notices, duplicate links and reporter records), assignment, and similar
 * reports. Every change runs in one transaction with its timeline entry, its audit entry and
 * its outbox rows, on a locked report row.
 */
import type { Transaction, Updateable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../db/client.js';
import {
  catalogueProducts,
  listAffected,
  replaceAffected,
  type AffectedRow,
} from '../db/repositories/affected-products.js';
import { appendAudit } from '../db/repositories/audit-log.js';
import { reserveYearSequence } from '../db/repositories/counters.js';
import { enqueueOutbox } from '../db/repositories/outbox.js';
import {
  dueTimeOf,
  listQueue,
  type QueueCursor,
  type QueueFilters,
  type QueueRow,
} from '../db/repositories/queue.js';
import { insertMessage } from '../db/repositories/messages.js';
import { lockReportForUpdate } from '../db/repositories/report-locks.js';
import { findReportByRef, listTimeline } from '../db/repositories/reports.js';
import {
  findStaffAccount,
  findStaffAccounts,
  findSimilarCandidates,
  adjustReporterCounts,
} from '../db/repositories/triage.js';
import { appendTimeline } from '../db/repositories/timeline.js';
import type { Database, Report, ReportTable, TimelineEntry } from '../db/schema.js';
import {
  isCaseState,
  isDisposition,
  CASE_STATES,
  type CaseState,
  type Disposition,
} from '../domain/case/states.js';
import { TIMELINE_KINDS, isTimelineKind, type TimelineKind } from '../domain/case/timeline.js';
import { affectedProblems, primaryProduct, type AffectedEntry } from '../domain/case/affected.js';
import {
  allowedTransitions,
  answersReporter,
  missingFacts,
  transition,
  type CaseFactField,
  type TransitionEvent,
  type TransitionEffect,
  type TransitionFacts,
} from '../domain/case/transitions.js';
import { DomainError, notFound, validationFailed } from '../domain/errors.js';
import type { UnboundedFieldRule } from '../domain/field-rules.js';
import type { HelpDestinationId, HelpLanguage } from '../domain/help/destinations.js';
import { formatCaseNumber } from '../domain/report/reference.js';
import type { ReportSubmission } from '../domain/report/submission.js';
import { reportOutcome, reporterSignal, type ReporterSignal } from '../domain/reporter/signal.js';
import { rankSimilar, type SimilarReport } from '../domain/similarity/rank.js';
import type { SlaClocks } from '../domain/sla/clocks.js';
import {
  validateSeverityAssessment,
  type SeverityAssessment,
  type SeverityAssessmentInput,
} from '../domain/severity/assessment.js';
import type { SlaPolicy } from '../domain/sla/policy.js';
import { queueUrgency, type QueueUrgency } from '../domain/sla/queue.js';
import type { AuditAction } from '../domain/audit/actions.js';
import type { AuditDiff } from '../domain/audit/chain.js';
import type { Actor } from '../policies/actor.js';
import { authorizeStaff, canTransition, roleCan } from '../policies/staff.policy.js';
import { auditActorOf } from './audit.service.js';
import { reportClocks, slaColumns } from './case-sla.js';
import { readOverLimit, type OverLimit } from './submission-flag.js';
import type { HelpService } from './help.service.js';

export interface TriageServiceDeps {
  db: Db;
  clock: () => Date;
  slaPolicy: SlaPolicy;
  help: HelpService;
  publicUrl: string;
}

/** Open states: the queue's default filter. */
export const OPEN_STATES: readonly CaseState[] = CASE_STATES.filter(
  (s) => s !== 'closed' && s !== 'rejected',
);

export interface QueueItem {
  row: QueueRow;
  /** When the next clock is due, or null when none is counting. */
  nextDueAt: string | null;
  urgency: QueueUrgency;
  reporter: ReporterRecord;
}

export interface QueuePage {
  items: QueueItem[];
  next: string | null;
}

export interface TransitionOutcome {
  ref: string;
  from: CaseState;
  status: CaseState;
  caseNumber: string | null;
  disposition: string | null;
  at: string;
}

export interface BulkOutcome {
  id: string;
  outcome: { ok: true; status: CaseState } | { ok: false; error: DomainError };
}

/** Opaque keyset cursor of the queue: base64url of `nextDueAt~id`. */
export function encodeQueueCursor(c: QueueCursor): string {
  return Buffer.from(`${c.nextDueAt}~${c.id}`, 'utf8').toString('base64url');
}

export function decodeQueueCursor(cursor: string): QueueCursor {
  const [nextDueAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('~');
  if (
    nextDueAt === undefined ||
    id === undefined ||
    rest.length > 0 ||
    !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(nextDueAt) ||
    !/^[0-9a-f-]{36}$/.test(id)
  ) {
    throw validationFailed([
      { path: 'cursor', message: 'is not a cursor from a previous page', rule: 'format' },
    ]);
  }
  return { nextDueAt, id };
}

export class TriageService {
  constructor(private readonly deps: TriageServiceDeps) {}

  async queue(
    actor: Actor,
    filters: Omit<QueueFilters, 'statuses'> & { statuses?: readonly string[] },
    limit: number,
    cursor?: string,
  ): Promise<QueuePage> {
    authorizeStaff(actor, 'queue.read');
    const statuses = filters.statuses ?? OPEN_STATES;
    const unknown = statuses.filter((s) => !isCaseState(s));
    if (unknown.length > 0) {
      throw validationFailed([
        {
          path: 'status',
          message: `unknown state ${unknown.join(', ')}; one of ${CASE_STATES.join(', ')}`,
          rule: 'not-allowed',
        },
      ]);
    }
    const assignee =
      filters.assignee === 'me' && actor.kind === 'account' ? actor.accountId : filters.assignee;
    const now = this.deps.clock();
    const rows = await listQueue(
      this.deps.db.kysely,
      this.deps.db.dialect,
      { ...filters, statuses, ...(assignee !== undefined ? { assignee } : {}) },
      now.toISOString(),
      limit + 1,
      cursor === undefined ? undefined : decodeQueueCursor(cursor),
      this.deps.db.reader,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => {
        const nextDueAt = dueTimeOf(row);
        return {
          row,
          nextDueAt,
          urgency: queueUrgency(
            {
              nextDueAt: nextDueAt === null ? null : new Date(nextDueAt),
              atRiskAt: row.nextAtRiskAt === null ? null : new Date(row.nextAtRiskAt),
              paused: row.pausedSince !== null,
            },
            now,
          ),
          reporter: reporterRecord(
            {
              valid: row.reporterValid ?? 0,
              invalid: row.reporterInvalid ?? 0,
              submitted: row.reporterSubmitted ?? 0,
            },
            row.overLimit,
          ),
        };
      }),
      next:
        rows.length > limit && last !== undefined && last.nextDueAt !== null
          ? encodeQueueCursor({ nextDueAt: last.nextDueAt, id: last.id })
          : null,
    };
  }

  /**
   * The case side of a report for staff: state, case facts, clocks, the moves the caller may
   * make (with the case facts each still needs) and the reporter record.
   */
  async caseView(actor: Actor, ref: string): Promise<CaseView> {
    authorizeStaff(actor, 'report.read', 'report');
    const db = this.deps.db.kysely;
    const report = await findReportByRef(db, ref);
    if (report === undefined) throw notFound('report');
    const timeline = await listTimeline(db, report.id);
    const now = this.deps.clock();
    const clocks = reportClocks(report, timeline, this.deps.slaPolicy, now);
    const state = asState(report);
    const reporter = await db
      .selectFrom('reporters')
      .selectAll()
      .where('key', '=', report.reporterKey ?? '')
      .executeTakeFirst();
    const duplicateOf =
      report.duplicateOfId === null
        ? null
        : ((
            await db
              .selectFrom('reports')
              .select('ref')
              .where('id', '=', report.duplicateOfId)
              .executeTakeFirst()
          )?.ref ?? null);
    const entries = timeline.map(parseEntry);
    // Every member of staff the case view names, in one query.
    const staff = await findStaffAccounts(db, [
      ...(report.assigneeId === null ? [] : [report.assigneeId]),
      ...entries.flatMap((e) => [e.row.actorId, assigneeIdOf(e)].filter(isId)),
    ]);
    const named = (id: string | null) => (id === null ? null : (staff.get(id) ?? null));
    const moves = allowedTransitions(state).filter((rule) => canTransition(actor, state, rule.to));
    const facts = transitionFacts(report);
    const affected = await listAffected(db, report.id);
    return {
      status: state,
      caseNumber: report.caseNumber,
      disposition: report.disposition,
      dispositionReason: report.dispositionReason,
      duplicateOf,
      helpDestination: report.helpDestination,
      assignee: named(report.assigneeId),
      severity: report.severity,
      fixReleaseDate: report.fixReleaseDate,
      cvdDate: report.cvdDate,
      fixReleasedAt: report.fixReleasedAt,
      advisoryPublishedAt: report.advisoryPublishedAt,
      productId: report.productId,
      affected,
      firstRespondedAt: report.firstRespondedAt,
      sla: clocks,
      assessment:
        report.severityAssessment === null
          ? null
          : (JSON.parse(report.severityAssessment) as SeverityAssessment),
      allowedTransitions: moves.map((rule) => rule.to),
      missingFacts: moves
        .map((rule) => ({ to: rule.to, fields: missingFacts(rule, facts) }))
        .filter((m) => m.fields.length > 0),
      reporter: reporterRecord(
        {
          valid: reporter?.valid ?? 0,
          invalid: reporter?.invalid ?? 0,
          submitted: reporter?.submitted ?? 0,
        },
        report.overLimit,
      ),
      timeline: entries.flatMap(({ row, data }) => {
        // Every kind written is listed in TIMELINE_KINDS; a row of another would be skipped.
        if (!isTimelineKind(row.kind)) return [];
        return [
          {
            at: row.at,
            kind: row.kind,
            actor: row.actor,
            by: named(row.actorId),
            assignee: named(assigneeIdOf({ row, data })),
            data,
          },
        ];
      }),
    };
  }

  async transition(actor: Actor, ref: string, event: TransitionEvent): Promise<TransitionOutcome> {
    authorizeStaff(actor, 'report.transition', 'report');
    const now = this.deps.clock();
    const at = now.toISOString();
    return this.deps.db.kysely.transaction().execute(async (trx) => {
      const report = await findReportByRef(trx, ref);
      if (report === undefined) throw notFound('report');
      await lockReportForUpdate(trx, report.id, at);
      return this.applyTransition(trx, actor, report, event, now);
    });
  }

  /** Rejects many reports as spam, each in its own transaction; one failure stops none. */
  async bulkReject(actor: Actor, refs: readonly string[]): Promise<BulkOutcome[]> {
    authorizeStaff(actor, 'report.bulk-reject');
    const outcomes: BulkOutcome[] = [];
    for (const ref of new Set(refs)) {
      try {
        const result = await this.transition(actor, ref, { to: 'rejected', disposition: 'spam' });
        outcomes.push({ id: ref, outcome: { ok: true, status: result.status } });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        outcomes.push({ id: ref, outcome: { ok: false, error: err } });
      }
    }
    return outcomes;
  }

  async assign(
    actor: Actor,
    ref: string,
    assigneeId: string | null,
  ): Promise<{ ref: string; assignee: StaffSummary | null }> {
    authorizeStaff(actor, 'report.assign', 'report');
    const now = this.deps.clock();
    const at = now.toISOString();
    return this.deps.db.kysely.transaction().execute(async (trx) => {
      const report = await findReportByRef(trx, ref);
      if (report === undefined) throw notFound('report');
      let assignee: StaffSummary | null = null;
      if (assigneeId !== null) {
        const found = await findStaffAccount(trx, assigneeId);
        if (found === undefined || !roleCan(found.role, 'report.transition')) {
          throw validationFailed([
            {
              path: 'assigneeId',
              message: 'is not a staff member who handles reports',
              rule: 'not-allowed',
            },
          ]);
        }
        assignee = found;
      }
      if (report.assigneeId === assigneeId) return { ref, assignee };
      await lockReportForUpdate(trx, report.id, at);
      await trx.updateTable('reports').set({ assigneeId }).where('id', '=', report.id).execute();
      await appendTimeline(trx, {
        id: uuidv7(),
        reportId: report.id,
        at,
        kind: TIMELINE_KINDS.assigned,
        actor: 'staff',
        actorId: staffAccountId(actor),
        data: JSON.stringify({ assigneeId }),
      });
      await appendAudit(trx, {
        at,
        actor: auditActorOf(actor),
        action: 'report.assigned',
        target: `report:${ref}`,
        diff: { assigneeId: [report.assigneeId, assigneeId] },
      });
      if (assignee !== null) {
        await enqueueOutbox(
          trx,
          staffMail('mail.report-assigned', assignee.email, at, {
            reportRef: ref,
            consoleUrl: `${this.deps.publicUrl}/console/reports/${encodeURIComponent(ref)}`,
          }),
        );
      }
      return { ref, assignee };
    });
  }

  /** Records the severity assessment; the SLA targets follow the new vendor severity. */
  async assessSeverity(
    actor: Actor,
    ref: string,
    input: SeverityAssessmentInput,
  ): Promise<SeverityAssessment> {
    authorizeStaff(actor, 'report.severity.edit', 'report');
    const result = validateSeverityAssessment(input);
    if (!result.ok) throw result.error;
    const assessment = result.value;
    return this.changeReport(actor, ref, async (trx, report, at, now) => {
      await appendTimeline(trx, {
        id: uuidv7(),
        reportId: report.id,
        at,
        kind: TIMELINE_KINDS.severityChanged,
        actor: 'staff',
        actorId: staffAccountId(actor),
        data: JSON.stringify({ severity: assessment.severity }),
      });
      const changes: Updateable<ReportTable> = {
        severity: assessment.severity,
        severityAssessment: JSON.stringify(assessment),
        ...slaColumns(
          reportClocks(report, await listTimeline(trx, report.id), this.deps.slaPolicy, now),
        ),
      };
      return {
        changes,
        action: 'report.severity-assessed',
        diff: { severity: [report.severity, assessment.severity] },
        result: assessment,
      };
    });
  }

  /** Case dates and facts: planned fix release, agreed disclosure date, release, product. */
  async updateCase(actor: Actor, ref: string, patch: CasePatch): Promise<void> {
    authorizeStaff(actor, 'report.case.edit', 'report');
    await this.changeReport(actor, ref, async (trx, report, at) => {
      const changes: Updateable<ReportTable> = {};
      if (patch.fixReleaseDate !== undefined) changes.fixReleaseDate = patch.fixReleaseDate;
      if (patch.cvdDate !== undefined) changes.cvdDate = patch.cvdDate;
      if (patch.fixReleased !== undefined) {
        changes.fixReleasedAt = patch.fixReleased ? (report.fixReleasedAt ?? at) : null;
      }
      if (patch.advisoryPublished !== undefined) {
        changes.advisoryPublishedAt = patch.advisoryPublished
          ? (report.advisoryPublishedAt ?? at)
          : null;
      }
      if (patch.productId !== undefined && patch.productId !== null) {
        const known = await catalogueProducts(trx, [patch.productId]);
        if (!known.has(patch.productId)) {
          throw validationFailed([
            { path: 'productId', message: 'is not in the product catalogue', rule: 'not-allowed' },
          ]);
        }
      }
      const affected = patch.affected?.map((e) => ({
        productId: e.productId,
        versionId: e.versionId ?? null,
      }));
      let affectedDiff: AuditDiff = {};
      if (affected !== undefined) {
        const problems = affectedProblems(
          affected,
          await catalogueProducts(
            trx,
            affected.map((e) => e.productId),
          ),
        );
        if (problems.length > 0) throw validationFailed(problems);
        affectedDiff = await this.replaceAffected(trx, report.id, affected);
      }
      if (patch.productId !== undefined || affected !== undefined) {
        changes.productId = primaryProduct(report.productId, patch.productId, affected);
      }
      const diff: AuditDiff = {};
      for (const [key, value] of Object.entries(changes) as [keyof Report, string | null][]) {
        if (report[key] !== value) diff[key] = [report[key], value];
      }
      Object.assign(diff, affectedDiff);
      if (Object.keys(diff).length > 0) {
        await appendTimeline(trx, {
          id: uuidv7(),
          reportId: report.id,
          at,
          kind: TIMELINE_KINDS.caseUpdated,
          actor: 'staff',
          actorId: staffAccountId(actor),
          data: JSON.stringify(diff),
        });
      }
      return { changes, action: 'report.case-updated', diff, result: undefined };
    });
  }

  /**
   * Replaces the affected list of a report; the diff names the entries before and after as
   * `product` or `product@version` ids, empty when nothing changed.
   */
  private async replaceAffected(
    trx: Transaction<Database>,
    reportId: string,
    affected: readonly AffectedEntry[],
  ): Promise<AuditDiff> {
    const label = (e: { productId: string; versionId: string | null }) =>
      e.versionId === null ? e.productId : `${e.productId}@${e.versionId}`;
    const before = (await listAffected(trx, reportId)).map(label);
    const after = affected.map(label);
    if (before.length === after.length && before.every((b, i) => b === after[i])) return {};
    await replaceAffected(trx, reportId, affected);
    return { affected: [before, after] };
  }

  /** Loads and locks a report, applies `change`, and writes the row and the audit entry. */
  private async changeReport<T>(
    actor: Actor,
    ref: string,
    change: (
      trx: Transaction<Database>,
      report: Report,
      at: string,
      now: Date,
    ) => Promise<{
      changes: Updateable<ReportTable>;
      action: AuditAction;
      diff: AuditDiff;
      result: T;
    }>,
  ): Promise<T> {
    const now = this.deps.clock();
    const at = now.toISOString();
    return this.deps.db.kysely.transaction().execute(async (trx) => {
      const report = await findReportByRef(trx, ref);
      if (report === undefined) throw notFound('report');
      await lockReportForUpdate(trx, report.id, at);
      const { changes, action, diff, result } = await change(trx, report, at, now);
      if (Object.keys(diff).length === 0) return result;
      await trx
        .updateTable('reports')
        .set({ ...changes, updatedAt: at })
        .where('id', '=', report.id)
        .execute();
      await appendAudit(trx, {
        at,
        actor: auditActorOf(actor),
        action,
        target: `report:${report.ref}`,
        diff,
      });
      return result;
    });
  }

  /** Reports that may describe the same issue, best first (trigram candidates, then ranked). */
  async similar(actor: Actor, ref: string, limit: number): Promise<SimilarItem[]> {
    authorizeStaff(actor, 'report.read', 'report');
    const db = this.deps.db.kysely;
    const report = await findReportByRef(db, ref);
    if (report === undefined) throw notFound('report');
    const target = similarityDocument(report);
    const candidates = await findSimilarCandidates(
      db,
      this.deps.db.dialect,
      report.id,
      [target.title, target.product ?? ''].join(' '),
      50,
      this.deps.db.reader,
    );
    const byId = new Map(candidates.map((c) => [c.id, c]));
    return rankSimilar(target, candidates.map(similarityDocument), { limit, minScore: 0.1 }).map(
      (s) => {
        const c = byId.get(s.id);
        return {
          ...s,
          ref: c?.ref ?? '',
          title: c?.title ?? '',
          status: c?.status ?? '',
          receivedAt: c?.receivedAt ?? '',
        };
      },
    );
  }

  /**
   * The reporter answered while the report waited on them: back to triage, clocks running
   * again. Made by the system (no staff policy applies); audited as such.
   */
  async resumeAfterReporterAnswer(trx: Transaction<Database>, report: Report, now: Date) {
    if (report.status !== 'needs-info') return undefined;
    return this.applyTransition(trx, 'system', report, { to: 'triage' }, now);
  }

  private async applyTransition(
    trx: Transaction<Database>,
    actor: Actor | 'system',
    report: Report,
    event: TransitionEvent,
    now: Date,
  ): Promise<TransitionOutcome> {
    const at = now.toISOString();
    const from = asState(report);
    const original =
      event.duplicateOf === undefined
        ? undefined
        : await this.duplicateTarget(trx, report, event.duplicateOf);
    const result = transition(
      from,
      { ...event, ...(original !== undefined ? { duplicateOf: original.id } : {}) },
      {
        ...transitionFacts(report),
        helpDestinations: this.deps.help.listDestinations('en').map((d) => d.id),
      },
    );
    if (!result.ok) throw result.error;
    if (actor !== 'system' && !canTransition(actor, from, result.state)) {
      throw new DomainError(
        'forbidden',
        `your role may not move a report from ${from} to ${result.state}`,
      );
    }

    const changes: Updateable<ReportTable> = {
      status: result.state,
      updatedAt: at,
    };
    if (result.state === 'rejected') {
      changes.disposition = result.disposition ?? null;
      changes.dispositionReason = result.reason ?? null;
      changes.duplicateOfId = original?.id ?? null;
      changes.helpDestination = event.helpDestination ?? null;
    } else if (from === 'rejected') {
      changes.disposition = null;
      changes.dispositionReason = null;
      changes.duplicateOfId = null;
      changes.helpDestination = null;
    }
    if (report.firstRespondedAt === null && actor !== 'system' && answersReporter(result.state)) {
      changes.firstRespondedAt = at;
    }
    if (
      report.triagedAt === null &&
      (result.state === 'review-repro' || result.state === 'rejected')
    ) {
      changes.triagedAt = at;
    }
    if (result.state === 'complete') changes.completedAt = at;
    // The question of a move to needs-info, posted as a message the reporter answers.
    let questionId: string | undefined;
    for (const effect of result.effects) {
      if (effect.kind === 'ask-reporter') {
        questionId = uuidv7();
        await insertMessage(trx, {
          id: questionId,
          reportId: report.id,
          authorKind: 'staff',
          authorId: staffAccountId(actor),
          body: effect.question,
          internal: false,
          createdAt: at,
        });
      } else {
        await this.applyEffect(trx, effect, { actor, report, changes, at, now, questionId });
      }
    }

    const entry = {
      from,
      to: result.state,
      ...(result.disposition !== undefined ? { disposition: result.disposition } : {}),
      ...(result.reason !== undefined ? { reason: result.reason } : {}),
      ...(original !== undefined ? { duplicateOf: original.ref } : {}),
      ...(event.helpDestination !== undefined ? { helpDestination: event.helpDestination } : {}),
      ...(questionId !== undefined ? { messageId: questionId } : {}),
    };
    await appendTimeline(trx, {
      id: uuidv7(),
      reportId: report.id,
      at,
      kind: TIMELINE_KINDS.statusChanged,
      actor: actor === 'system' ? 'system' : 'staff',
      actorId: staffAccountId(actor),
      data: JSON.stringify(entry),
    });
    const updated = { ...report, ...changes };
    const clocks = reportClocks(
      updated,
      await listTimeline(trx, report.id),
      this.deps.slaPolicy,
      now,
    );
    Object.assign(changes, slaColumns(clocks));
    await trx.updateTable('reports').set(changes).where('id', '=', report.id).execute();

    const before = reportOutcome({
      state: from,
      caseOpened: report.caseNumber !== null,
      disposition: storedDisposition(report.disposition),
    });
    const after = reportOutcome({
      state: result.state,
      caseOpened: (changes.caseNumber ?? report.caseNumber) !== null,
      disposition: result.disposition ?? null,
    });
    if (before !== after && report.reporterKey !== null) {
      await adjustReporterCounts(trx, report.reporterKey, before, after);
    }

    const diff: AuditDiff = { status: [from, result.state] };
    if (questionId !== undefined) diff.messageId = [null, questionId];
    for (const key of [
      'caseNumber',
      'disposition',
      'dispositionReason',
      'duplicateOfId',
    ] as const) {
      const value = changes[key];
      if (value !== undefined && value !== report[key]) diff[key] = [report[key], value];
    }
    await appendAudit(trx, {
      at,
      actor: actor === 'system' ? 'system' : auditActorOf(actor),
      action: 'report.transitioned',
      target: `report:${report.ref}`,
      diff,
    });
    return {
      ref: report.ref,
      from,
      status: result.state,
      caseNumber: changes.caseNumber ?? report.caseNumber,
      disposition: 'disposition' in changes ? (changes.disposition ?? null) : report.disposition,
      at,
    };
  }

  private async applyEffect(
    trx: Transaction<Database>,
    effect: Exclude<TransitionEffect, { kind: 'ask-reporter' }>,
    move: MoveContext,
  ): Promise<void> {
    const { actor, report, changes, at, now, questionId } = move;
    switch (effect.kind) {
      case 'open-case': {
        const year = now.getUTCFullYear();
        changes.caseNumber = formatCaseNumber(
          year,
          await reserveYearSequence(trx, 'case', year, 1),
        );
        return;
      }
      case 'pause-sla-clocks':
        changes.pausedSince = at;
        return;
      case 'resume-sla-clocks': {
        const since = report.pausedSince;
        changes.pausedSince = null;
        if (since !== null) {
          changes.pausedMs = Number(report.pausedMs) + (now.getTime() - Date.parse(since));
        }
        return;
      }
      case 'link-duplicate':
        await appendTimeline(trx, {
          id: uuidv7(),
          reportId: effect.originalId,
          at,
          kind: TIMELINE_KINDS.duplicateLinked,
          actor: 'staff',
          actorId: staffAccountId(actor),
          data: JSON.stringify({ duplicate: report.ref }),
        });
        return;
      case 'notify-reporter': {
        const language: HelpLanguage = report.language === 'ja' ? 'ja' : 'en';
        const destination =
          effect.helpDestination === undefined
            ? undefined
            : this.helpDestination(effect.helpDestination, language);
        await enqueueOutbox(trx, {
          id: uuidv7(),
          kind: 'mail.report-status',
          payload: JSON.stringify({
            to: report.reporterEmail,
            language,
            reportRef: report.ref,
            status: effect.status,
            ...(effect.disposition !== undefined ? { disposition: effect.disposition } : {}),
            ...(effect.reason !== undefined ? { reason: effect.reason } : {}),
            ...(destination !== undefined ? { helpDestination: destination } : {}),
            ...(questionId !== undefined ? { messageId: questionId } : {}),
            trackUrl: `${this.deps.publicUrl}/track?id=${encodeURIComponent(report.ref)}`,
          }),
          createdAt: at,
          availableAt: at,
          lastError: null,
          deliveredAt: null,
          leaseUntil: null,
        });
        return;
      }
    }
  }

  private helpDestination(
    id: HelpDestinationId,
    language: HelpLanguage,
  ): { id: string; title: string; target: unknown } | undefined {
    const d = this.deps.help.listDestinations(language).find((x) => x.id === id);
    return d === undefined ? undefined : { id: d.id, title: d.title, target: d.target };
  }

  /**
   * The report a duplicate points to: it must exist, be another report, and have been received
   * first (the first eligible reporter keeps precedence). A chain is followed to its original;
   * a report rejected for any other reason is not eligible.
   */
  private async duplicateTarget(
    trx: Transaction<Database>,
    report: Report,
    duplicateOfRef: string,
  ): Promise<{ id: string; ref: string }> {
    let original = await findReportByRef(trx, duplicateOfRef);
    for (
      let hops = 0;
      original !== undefined && original.duplicateOfId !== null && hops < 20;
      hops += 1
    ) {
      const next: Report | undefined = await trx
        .selectFrom('reports')
        .selectAll()
        .where('id', '=', original.duplicateOfId)
        .executeTakeFirst();
      original = next;
    }
    const problem = (message: string, rule: UnboundedFieldRule) =>
      validationFailed([{ path: 'duplicateOf', message, rule }]);
    if (original === undefined) throw problem('no such report', 'unknown-report');
    if (original.id === report.id)
      throw problem('a report cannot duplicate itself', 'self-duplicate');
    if (original.status === 'rejected' && original.disposition !== 'duplicate') {
      throw problem(
        `${original.ref} was rejected (${original.disposition ?? 'no disposition'}) and cannot take precedence`,
        'original-rejected',
      );
    }
    if (
      original.receivedAt > report.receivedAt ||
      (original.receivedAt === report.receivedAt && original.ref > report.ref)
    ) {
      throw problem(
        `${original.ref} was received after ${report.ref}; the first reporter keeps precedence: mark ${original.ref} as the duplicate instead`,
        'original-later',
      );
    }
    return { id: original.id, ref: original.ref };
  }
}

export interface CasePatch {
  fixReleaseDate?: string | null;
  cvdDate?: string | null;
  fixReleased?: boolean;
  advisoryPublished?: boolean;
  productId?: string | null;
  /** Replaces the affected list; the first product becomes the primary one when there is none. */
  affected?: readonly { productId: string; versionId?: string | null }[];
}

export interface StaffSummary {
  id: string;
  email: string;
  name: string | null;
  role: string;
}

export interface CaseView {
  status: CaseState;
  caseNumber: string | null;
  disposition: string | null;
  dispositionReason: string | null;
  duplicateOf: string | null;
  helpDestination: string | null;
  assignee: StaffSummary | null;
  severity: string | null;
  fixReleaseDate: string | null;
  cvdDate: string | null;
  /** When the fix was marked released, or null. */
  fixReleasedAt: string | null;
  /** When the advisory was marked published, or null. */
  advisoryPublishedAt: string | null;
  productId: string | null;
  /** The products and versions the case affects, in the order staff listed them. */
  affected: AffectedRow[];
  firstRespondedAt: string | null;
  sla: SlaClocks;
  /** The severity assessment last recorded, or null before any. */
  assessment: SeverityAssessment | null;
  allowedTransitions: CaseState[];
  /** For the allowed moves whose requirements are not met yet: the case facts still missing. */
  missingFacts: { to: CaseState; fields: CaseFactField[] }[];
  reporter: ReporterRecord;
  /** Everything that happened to the report, oldest first, with who did it. */
  timeline: CaseTimelineEntry[];
}

/** The move whose effects `applyEffect` carries out. */
interface MoveContext {
  actor: Actor | 'system';
  /** The report as it was before the move. */
  report: Report;
  /** The report's columns the move sets; effects add theirs. */
  changes: Updateable<ReportTable>;
  at: string;
  now: Date;
  /** The question the same move just posted, when it asks the reporter one. */
  questionId: string | undefined;
}

/** A timeline entry as staff see it: the stored entry, with the staff it names resolved. */
export interface CaseTimelineEntry {
  at: string;
  kind: TimelineKind;
  /** `reporter`, `staff` or `system`. */
  actor: string;
  /** The member of staff who made the change, when known. */
  by: StaffSummary | null;
  /** For an `assigned` entry, whom the report was assigned to; null otherwise (or unassigned). */
  assignee: StaffSummary | null;
  data: Record<string, unknown>;
}

export type SimilarItem = SimilarReport & {
  ref: string;
  title: string;
  status: string;
  receivedAt: string;
};

export type ReporterRecord = ReporterSignal & {
  submitted: number;
  valid: number;
  invalid: number;
  /** The submission limit the reporter had exceeded when this report arrived, or null. */
  overLimit: OverLimit | null;
};

function reporterRecord(
  counts: { submitted: number; valid: number; invalid: number },
  overLimit: string | null,
): ReporterRecord {
  // Written out rather than spread: spreading two objects into a third cost about 4 µs per
  // item, 0.2 ms of CPU per queue page (bench/README.md, "Triage queue").
  const { score, label } = reporterSignal(counts);
  return {
    submitted: counts.submitted,
    valid: counts.valid,
    invalid: counts.invalid,
    score,
    label,
    overLimit: readOverLimit(overLimit),
  };
}

/** What the lifecycle rules need to know about the report (help destinations aside). */
function transitionFacts(report: Report): TransitionFacts {
  return {
    reportId: report.id,
    caseOpened: report.caseNumber !== null,
    plannedReleaseDate: report.fixReleaseDate,
    agreedDisclosureDate: report.cvdDate,
    fixReleased: report.fixReleasedAt !== null,
    advisoryPublished: report.advisoryPublishedAt !== null,
  };
}

/** A stored disposition column, as the rules know it (null for none or an unknown value). */
function storedDisposition(value: string | null): Disposition | null {
  return value !== null && isDisposition(value) ? value : null;
}

function parseEntry(row: TimelineEntry): { row: TimelineEntry; data: Record<string, unknown> } {
  return { row, data: JSON.parse(row.data) as Record<string, unknown> };
}

/** The account an `assigned` entry gave the report to, or null (unassigned, or another kind). */
function assigneeIdOf(entry: { row: TimelineEntry; data: Record<string, unknown> }): string | null {
  const { assigneeId } = entry.data;
  return entry.row.kind === TIMELINE_KINDS.assigned && typeof assigneeId === 'string'
    ? assigneeId
    : null;
}

const isId = (id: string | null): id is string => id !== null;

/** The staff account that acts, recorded on the timeline and as a question's author. */
function staffAccountId(actor: Actor | 'system'): string | null {
  return actor !== 'system' && actor.kind === 'account' ? actor.accountId : null;
}

function asState(report: Report): CaseState {
  if (!isCaseState(report.status)) throw new Error(`report ${report.ref} has an unknown status`);
  return report.status;
}

function similarityDocument(r: Pick<Report, 'id' | 'title' | 'submission'>) {
  const s = JSON.parse(r.submission) as ReportSubmission;
  const steps = Array.isArray(s.reproductionSteps)
    ? s.reproductionSteps.join('\n')
    : s.reproductionSteps;
  return {
    id: r.id,
    title: r.title,
    product: [s.affected?.product, s.affected?.version, s.affected?.url].filter(Boolean).join(' '),
    cwe: s.issueType?.cwe ?? null,
    description: `${s.impact.description}\n${steps}`.slice(0, 2000),
  };
}

function staffMail(
  kind: string,
  to: string,
  at: string,
  data: Record<string, unknown>,
): Parameters<typeof enqueueOutbox>[1] {
  return {
    id: uuidv7(),
    kind,
    payload: JSON.stringify({ to, language: 'en', ...data }),
    createdAt: at,
    availableAt: at,
    lastError: null,
    deliveredAt: null,
    leaseUntil: null,
  };
}
