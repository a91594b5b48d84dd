/**
 * Writing a group of new reports in one transaction (see `GroupCommit`): what `submit` decided
 * about each report, and the statements that store them. Runs in the SQLite writer thread or, on
 * PostgreSQL, in the server's own process.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../db/client.js';
import type { BatchRunner } from '../db/group-commit.js';
import { uuidv7 } from 'uuidv7';
import { reserveYearSequence } from '../db/repositories/counters.js';
import { reserveNumbersAtOnce, type ReachedRead } from '../db/repositories/intake-numbers.js';
import {
  attachmentRows,
  insertNewReportRows,
  insertNewReportRowsAtOnce,
  type NewReportRows,
} from '../db/repositories/reports.js';
import {
  countNewSubmissions,
  reporterNumbering,
  type Numbering,
  type NumberingSpan,
} from '../db/repositories/reporter-submissions.js';
import type { Database } from '../db/schema.js';
import type { QualityTier } from '../domain/report/quality.js';
import { formatReportRef } from '../domain/report/reference.js';
import {
  checkSubmissionCounts,
  submissionWindowStart,
  type ExceededLimit,
  type SubmissionLimit,
} from '../domain/reporter/submission-limits.js';
import type { StagedAttachment } from './attachment.service.js';
import { overLimitColumn } from './submission-flag.js';

/** Everything `submit` decided about one report; its reference is assigned when it is written. */
export interface IntakeItem {
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

/** What the writer needs besides the items. */
export interface IntakeWriterOptions {
  publicUrl: string;
  submissionLimits: readonly SubmissionLimit[];
}

/**
 * Up to 64 reports or 4 MB of submissions per transaction: enough to amortise the commit under
 * load, small enough that one transaction stays short.
 */
export const INTAKE_BATCH_LIMITS = {
  maxItems: 64,
  maxBytes: 4 * 1_048_576,
};

/**
 * How groups overlap (`GroupCommit`'s `maxInFlight` and `earlyShare`). SQLite: two in flight, the
 * writer thread queues the next group while one commits and starts it at once; a group goes out
 * early once as large as the last, as the thread writes one at a time anyway. PostgreSQL: four
 * in flight, groups write side by side on the pool's connections, their numbers reserved apart
 * (`reserveIntakeNumbersApart`); a group goes out once half as large as the last, since a report
 * waiting for its group to fill waits as long as its transaction takes (about 2–5 % more reports
 * per second at 20 connections, groups of 8.7 instead of 9.7: bench/README.md).
 */
export const INTAKE_OVERLAP = {
  sqlite: { maxInFlight: 2, earlyShare: 1 },
  postgres: { maxInFlight: 4, earlyShare: 0.5 },
} as const;

/**
 * PostgreSQL: new reports between two merges of the trigram indexes' pending lists
 * (`PendingListCleaner`). A 4 KB report puts about 14 kB of entries into each list, so 512 make
 * less than half of the 16 MB at which an insert would merge the list itself (migration 0016).
 * A merge costs about the same however many reports it takes in: merged every 128, the lists
 * took about a third of PostgreSQL's CPU during intake (bench/README.md).
 */
export const PENDING_LIST_EVERY_ROWS = 512;

/**
 * The numbers a group of new reports takes: the first reference number of each year, and each
 * reporter's new total (the number of the last of its reports in the group).
 */
export interface IntakeNumbers {
  firstRef: ReadonlyMap<number, number>;
  reporterTotals: ReadonlyMap<string, number>;
  /**
   * Reporters' numberings read along with the numbers (PostgreSQL, `reachedReads`), by
   * `spanId`; those a group needs and does not find here are read when its rows are made.
   */
  numberings?: ReadonlyMap<string, Numbering>;
}

/** The numbering span of a limit (its index in the limits) and a reporter. */
const spanId = (limit: number, reporterKey: string): string => `${limit} ${reporterKey}`;

/** `span` stretched to take in the instant `at` (a span of that instant alone when none). */
function stretch(span: NumberingSpan | undefined, reporterKey: string, at: string): NumberingSpan {
  return {
    reporterKey,
    from: span === undefined || at < span.from ? at : span.from,
    to: span === undefined || at > span.to ? at : span.to,
  };
}

/**
 * What `reserveNumbersAtOnce` should read for a group: per limit and reporter, the number the
 * reporter had reached by each window start of its reports in the group, wanted once the
 * reporter's new total passes the limit's maximum. That covers every span `numberAndCheck` asks
 * for (those of the reports numbered past the maximum), so a group whose reporters are past a
 * limit needs no read of its own. `ids`: each read's span (`spanId`).
 */
function reachedReads(
  items: readonly IntakeItem[],
  limits: readonly SubmissionLimit[],
): { ids: string[]; reads: ReachedRead[] } {
  const ids: string[] = [];
  const reads: ReachedRead[] = [];
  limits.forEach((limit, w) => {
    const seen = new Set<string>();
    for (const item of items) {
      const at = submissionWindowStart(limit, new Date(item.receivedAt)).toISOString();
      const id = spanId(w, item.reporterKey);
      if (seen.has(`${id} ${at}`)) continue; // the same seek
      seen.add(`${id} ${at}`);
      ids.push(id);
      reads.push({ reporterKey: item.reporterKey, at, max: limit.max });
    }
  });
  return { ids, reads };
}

/**
 * A reporter's numbering through a span, from the numbers it had reached by instants in it:
 * `atFrom` at the earliest, each later one a step. The number at any of those instants is then
 * the highest of `atFrom` and the steps by it, as `numberAndCheck` reads a numbering.
 */
function numberingOf(reached: readonly { at: string; seq: number }[]): Numbering {
  const [first, ...rest] = [...reached].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { atFrom: first?.seq ?? 0, steps: rest };
}

/**
 * Reserves a group's numbers: one counter update per year (consecutive references, in arrival
 * order) and one upsert that bumps the reporters' records. Both take row locks (the year's
 * counter first, so two groups always lock in the same order) that are held until `db`'s
 * transaction ends.
 */
export async function reserveIntakeNumbers(
  db: Kysely<Database>,
  items: readonly IntakeItem[],
): Promise<IntakeNumbers> {
  const firstRef = new Map<number, number>();
  // Years in order: two groups in flight lock their counter rows in the same order.
  for (const year of [...new Set(items.map((i) => i.year))].sort((a, b) => a - b)) {
    const count = items.filter((i) => i.year === year).length;
    firstRef.set(year, await reserveYearSequence(db, 'report', year, count));
  }
  return { firstRef, reporterTotals: await countNewSubmissions(db, reportersOf(items)) };
}

/**
 * PostgreSQL: reserves a group's numbers in a transaction of their own, committed without
 * waiting for the disk (`synchronous_commit = off`), before the group's own transaction, with one
 * statement (`reserveNumbersAtOnce`). The counter and reporter rows are then locked for that
 * statement instead of for the whole group (its inserts and their trigram indexing, its commit
 * and flush), so the groups in flight write side by side instead of one after the other.
 *
 * Nothing acknowledged can depend on a reservation that a crash undoes: the group's durable
 * commit flushes the log up to its own commit record, and the reservation's comes before it. A
 * group that fails after its reservation leaves its references unused (a gap in the year's
 * sequence) and its reporters' totals counted (a few reports too many in their records and in
 * the submission-limit windows, which only ever flag a report for triage).
 */
export async function reserveIntakeNumbersApart(
  db: Db,
  items: readonly IntakeItem[],
  limits: readonly SubmissionLimit[],
): Promise<IntakeNumbers> {
  const perYear = new Map<number, number>();
  for (const item of items) perYear.set(item.year, (perYear.get(item.year) ?? 0) + 1);
  const { ids, reads } = reachedReads(items, limits);
  const reserved = await reserveNumbersAtOnce(db, 'report', perYear, reportersOf(items), reads);
  const bySpan = new Map<string, { at: string; seq: number }[]>();
  reserved.reached.forEach((seq, i) => {
    const id = ids[i];
    const read = reads[i];
    if (seq === undefined || id === undefined || read === undefined) return;
    const span = bySpan.get(id) ?? [];
    span.push({ at: read.at, seq });
    bySpan.set(id, span);
  });
  const numberings = new Map([...bySpan].map(([id, reached]) => [id, numberingOf(reached)]));
  return { firstRef: reserved.firstOfYear, reporterTotals: reserved.reporterTotals, numberings };
}

/**
 * PostgreSQL's intake groups, on the server's pool: each reserves its numbers in a short
 * transaction of its own (see `reserveIntakeNumbersApart`), then writes its reports with one
 * statement (`insertNewReportRowsAtOnce`), which is a transaction of its own too. Every round
 * trip waits for the server's event loop, busy with the next requests, so a group's few round
 * trips matter more than the statements' own time. `written` hears of each committed group
 * (the trigram indexes' upkeep, `PendingListCleaner`).
 */
export function postgresIntake(
  db: Db,
  options: IntakeWriterOptions,
  written?: (reports: number) => void,
): BatchRunner<IntakeItem, string> {
  return async (items) => {
    const numbers = await reserveIntakeNumbersApart(db, items, options.submissionLimits);
    const rows = await intakeRows(db.kysely, items, options, numbers);
    await insertNewReportRowsAtOnce(db.kysely, rows);
    written?.(items.length);
    return rows.refs;
  };
}

/**
 * Writes a group of new reports in `trx` with the numbers reserved for it (`numbers`; by default
 * reserved here, inside `trx`): one multi-row insert per table. Returns each report's reference.
 */
export async function writeIntakeBatch(
  trx: Transaction<Database>,
  items: readonly IntakeItem[],
  publicUrl: string,
  limits: readonly SubmissionLimit[],
  numbers?: IntakeNumbers,
): Promise<string[]> {
  const rows = await intakeRows(
    trx,
    items,
    { publicUrl, submissionLimits: limits },
    numbers ?? (await reserveIntakeNumbers(trx, items)),
  );
  await insertNewReportRows(trx, rows);
  return rows.refs;
}

/**
 * A group's rows, with the numbers reserved for it: references in arrival order, each report's
 * number among its reporter's reports and the first submission limit it exceeds (one read,
 * `numberAndCheck`), its first timeline entry and its acknowledgment mail.
 */
async function intakeRows(
  db: Kysely<Database>,
  items: readonly IntakeItem[],
  options: IntakeWriterOptions,
  numbers: IntakeNumbers,
): Promise<NewReportRows & { refs: string[] }> {
  const { firstRef } = numbers;
  const next = new Map(firstRef);
  const written = items.map((item) => {
    const seq = next.get(item.year);
    if (seq === undefined) throw new Error(`no reference reserved for ${item.year}`);
    next.set(item.year, seq + 1);
    return { item, ref: formatReportRef(item.year, seq) };
  });
  const submissions = await numberAndCheck(db, items, numbers, options.submissionLimits);
  return {
    refs: written.map(({ ref }) => ref),
    reports: written.map(({ item, ref }, i) => ({
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
    attachments: items.flatMap((item) =>
      attachmentRows(item.staged, { reportId: item.reportId }, item.receivedAt),
    ),
    timeline: items.map((item) => ({
      id: uuidv7(),
      reportId: item.reportId,
      at: item.receivedAt,
      kind: 'received',
      actor: 'reporter',
      actorId: null,
      data: JSON.stringify({ attachments: item.staged.length, qualityTier: item.qualityTier }),
    })),
    outbox: written.map(({ item, ref }) => ({
      id: uuidv7(),
      kind: 'mail.report-acknowledgment',
      payload: JSON.stringify({
        to: item.reporterEmail,
        language: item.language,
        reportRef: ref,
        receivedAt: item.receivedAt,
        firstResponseDueAt: item.firstResponseDueAt,
        trackUrl: `${options.publicUrl}/track?id=${encodeURIComponent(ref)}`,
        encryptTo: item.encryptTo,
      }),
      createdAt: item.receivedAt,
      availableAt: item.receivedAt,
      lastError: null,
      deliveredAt: null,
      leaseUntil: null,
    })),
  };
}

/** How many of the group's reports each reporter sent, and the latest receipt time. */
function reportersOf(items: readonly IntakeItem[]): Map<string, { count: number; last: string }> {
  const byReporter = new Map<string, { count: number; last: string }>();
  for (const item of items) {
    const seen = byReporter.get(item.reporterKey);
    byReporter.set(item.reporterKey, {
      count: (seen?.count ?? 0) + 1,
      last: seen === undefined || item.receivedAt > seen.last ? item.receivedAt : seen.last,
    });
  }
  return byReporter;
}

/**
 * Numbers each new report among its reporter's reports (`reporter_seq`, from the reporters'
 * new totals that `reserveIntakeNumbers` answered) and finds the first submission limit each
 * exceeds, or null. The reports of a window are this report's number minus the number the
 * reporter had reached by the window's start. A report numbered within a limit's maximum cannot
 * exceed it and needs no look-up; for the others, how each reporter's numbering stood at the
 * windows' starts comes with the numbers (PostgreSQL) or from one read here (see
 * db/repositories/reporter-submissions.ts), the group's own reports being looked at in memory.
 */
async function numberAndCheck(
  db: Kysely<Database>,
  items: readonly IntakeItem[],
  { reporterTotals: totals, numberings: known }: IntakeNumbers,
  limits: readonly SubmissionLimit[],
): Promise<{ seq: number; exceeded: ExceededLimit | null }[]> {
  const byReporter = reportersOf(items);
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
      const id = spanId(w, item.reporterKey);
      spans.set(id, stretch(spans.get(id), item.reporterKey, start));
    });
  });
  const numberingOf = new Map<string, Numbering>();
  const unread: [string, NumberingSpan][] = [];
  for (const [id, span] of spans) {
    const numbering = known?.get(id);
    if (numbering === undefined) unread.push([id, span]);
    else numberingOf.set(id, numbering);
  }
  const read = await reporterNumbering(
    db,
    unread.map(([, span]) => span),
  );
  unread.forEach(([id], n) => {
    const numbering = read[n];
    if (numbering !== undefined) numberingOf.set(id, numbering);
  });

  return items.map((item, i) => {
    const seq = seqs[i] ?? 1;
    const counts = limits.map((_, w) => {
      const start = starts[i]?.[w];
      if (start === undefined) return seq; // at most the limit's maximum: cannot exceed it
      const numbering = numberingOf.get(spanId(w, item.reporterKey));
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
