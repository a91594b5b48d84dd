/**
 * The staff queue: reports filtered by status, assignee, product, SLA urgency and text, in the
 * order of what is due first (`next_due_at`, then id), paged by keyset (a row-value comparison
 * on both databases) so every page is an index range scan however many reports there are.
 *
 * Most reports are closed or rejected, and the queue almost always asks for open ones, so the
 * open reports have an index of their own: `reports_open_due` on `(next_due_at, id)` (on SQLite
 * `(next_due_at, id, search_text)`, migration 0012), partial on
 * `status not in ('closed', 'rejected')` (migration 0005). A query uses a partial index only
 * when its WHERE clause repeats the index's condition as written, so that condition is added
 * verbatim (as SQL text, not parameters) whenever no closed or rejected state is asked for.
 *
 * Text search: among open reports, on SQLite a substring scan of `search_text` on that index's
 * entries (its cost is bounded by the open backlog, while a trigram lookup over the whole history
 * costs in proportion to every old report that matches; only the matching reports' rows are
 * read), on PostgreSQL a `LIKE` on the lower-cased text served by the `pg_trgm` GIN index over
 * the open reports alone (migration 0009); with closed or rejected reports, SQLite's FTS5
 * trigram table (a `LIKE` it answers; reports not yet indexed, see search-index.ts, are read
 * directly) or the same `LIKE` served by the `pg_trgm` index over all.
 *
 * The query is written in SQL, with the camelCase aliases `QueueRow` names, and runs without the
 * CamelCase plugin (see `PAGE_COLUMNS`).
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectName } from '../client.js';
import type { Reader } from '../reader.js';
import { PENDING_REPORTS } from './search-index.js';
import { CASE_STATES } from '../../domain/case/states.js';
import { isCaseNumber, isReportRef } from '../../domain/report/reference.js';
import type { Database } from '../schema.js';

/** Stored in `next_due_at` when no SLA clock is counting: sorts after every real due time. */
export const NO_DUE_TIME = '9999-12-31T23:59:59.999Z';

/** A row's next due time, or null when no clock is counting (`NO_DUE_TIME` stored). */
export function dueTimeOf(row: Pick<QueueRow, 'nextDueAt'>): string | null {
  return row.nextDueAt === NO_DUE_TIME ? null : row.nextDueAt;
}

/** Shortest text the trigram indexes can serve; shorter queries scan with LIKE. */
const TRIGRAM_MIN = 3;

/** The states the partial index `reports_open_due` leaves out (migration 0005). */
const CLOSED_STATES: readonly string[] = ['closed', 'rejected'];
const OPEN_STATES: readonly string[] = CASE_STATES.filter((s) => !CLOSED_STATES.includes(s));
/** That index's condition, exactly as the migration writes it. */
const OPEN_ONLY = sql<SqlBool>`reports.status not in ('closed', 'rejected')`;

export const QUEUE_DUE_FILTERS = ['breached', 'at-risk', 'on-track', 'paused', 'none'] as const;
export type QueueDueFilter = (typeof QUEUE_DUE_FILTERS)[number];

export interface QueueFilters {
  statuses: readonly string[];
  /** An account id, or `none` for unassigned reports. */
  assignee?: string;
  productId?: string;
  due?: QueueDueFilter;
  q?: string;
}

export interface QueueCursor {
  nextDueAt: string;
  id: string;
}

export interface QueueRow {
  id: string;
  ref: string;
  caseNumber: string | null;
  title: string;
  status: string;
  severity: string | null;
  qualityTier: string;
  assigneeId: string | null;
  productId: string | null;
  reporterKey: string | null;
  receivedAt: string;
  firstResponseDueAt: string;
  nextDueAt: string | null;
  nextAtRiskAt: string | null;
  pausedSince: string | null;
  /** JSON text: the submission limit exceeded at intake, or null (see services/submission-flag). */
  overLimit: string | null;
  reporterValid: number | null;
  reporterInvalid: number | null;
  reporterSubmitted: number | null;
}

/** `%`, `_` and the escape character itself are literal in the user's text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type Condition = RawBuilder<unknown>;

/**
 * The text condition, or'ed with an exact match on the reference or case number when the text is
 * one: testing those on every report the search passes would read each report's row, where the
 * text alone is tested on SQLite's index entries (migration 0012).
 */
function textMatch(dialect: DialectName, q: string, openOnly: boolean): Condition {
  const text = q.trim().toLowerCase();
  const exact = q.trim();
  const byText = textOnlyMatch(dialect, text, openOnly);
  if (!isReportRef(exact) && !isCaseNumber(exact)) return byText;
  return sql`reports.ref = ${exact} or reports.case_number = ${exact} or ${byText}`;
}

function textOnlyMatch(dialect: DialectName, text: string, openOnly: boolean): Condition {
  if (dialect === 'postgres') {
    // `search_text` is lower-case in every row (intake; migration 0010 for older rows), so a
    // `LIKE` on the lower-cased text matches what `ILIKE` would, and PostgreSQL rechecks the
    // trigram index's candidates and estimates the pattern without folding case.
    return sql`reports.search_text like ${likePattern(text)}`;
  }
  // The trigram index answers a LIKE without an escape character (the reports holding every
  // trigram, checked against the stored text). Among open reports, for text shorter than a
  // trigram, or with `%`, `_` or `\` in it, the LIKE reads `reports_open_due`'s entries or the
  // reports instead.
  if (openOnly || [...text].length < TRIGRAM_MIN || /[\\%_]/.test(text)) {
    return sql`reports.search_text like ${likePattern(text)} escape '\\'`;
  }
  // Reports committed since the last indexing chunk are not in the index yet: read them directly.
  const like = `%${text}%`;
  return sql`reports.id in (select report_id from report_search where search_text like ${like})
    or (reports.rowid in (${PENDING_REPORTS}) and reports.search_text like ${like})`;
}

/**
 * One state: the `(status, next_due_at, id)` index gives the rows in queue order. Several: on
 * SQLite the list is written `+status in (…)` so that the planner, which has no statistics,
 * walks an index in queue order (the open-reports index, an assignee's or a product's) and stops
 * after one page, instead of collecting every report of those states by status and sorting them.
 */
function statusMatch(dialect: DialectName, statuses: readonly string[]): Condition {
  const list = sql.join([...statuses]);
  if (statuses.length === 1 || dialect === 'postgres') return sql`reports.status in (${list})`;
  return sql`+reports.status in (${list})`;
}

function dueMatch(due: QueueDueFilter, now: string): Condition {
  switch (due) {
    case 'breached':
      return sql`reports.next_due_at < ${now}`;
    case 'at-risk':
      return sql`reports.next_due_at >= ${now} and reports.next_at_risk_at < ${now}`;
    case 'on-track':
      return sql`reports.next_due_at >= ${now} and reports.next_due_at <> ${NO_DUE_TIME} and (reports.next_at_risk_at is null or reports.next_at_risk_at >= ${now})`;
    case 'paused':
      return sql`reports.paused_since is not null`;
    case 'none':
      return sql`reports.next_due_at = ${NO_DUE_TIME} and reports.paused_since is null`;
  }
}

/**
 * The page's columns under the names `QueueRow` gives them. The query is written in SQL with
 * these aliases and run without the CamelCase plugin: building it with the query builder and
 * rewriting every identifier and every row key cost more than running it (bench/queue-parts.ts).
 */
const PAGE_COLUMNS = sql.raw(
  [
    'reports.id',
    'reports.ref',
    'reports.case_number as "caseNumber"',
    'reports.title',
    'reports.status',
    'reports.severity',
    'reports.quality_tier as "qualityTier"',
    'reports.assignee_id as "assigneeId"',
    'reports.product_id as "productId"',
    'reports.reporter_key as "reporterKey"',
    'reports.received_at as "receivedAt"',
    'reports.first_response_due_at as "firstResponseDueAt"',
    'reports.next_due_at as "nextDueAt"',
    'reports.next_at_risk_at as "nextAtRiskAt"',
    'reports.paused_since as "pausedSince"',
    'reports.over_limit as "overLimit"',
  ].join(', '),
);

/** The same database without plugins, one per Kysely instance. */
const plain = new WeakMap<Kysely<Database>, Kysely<Database>>();
function withoutPlugins(db: Kysely<Database>): Kysely<Database> {
  let k = plain.get(db);
  if (k === undefined) {
    k = db.withoutPlugins();
    plain.set(db, k);
  }
  return k;
}

/**
 * The page size in the SQL text on PostgreSQL. A named statement's generic plan must know it:
 * with `limit $n` PostgreSQL plans for an unknown share of the rows, finds that plan dearer than
 * the ones made for the values, and plans every run again.
 */
function pageLimit(dialect: DialectName, limit: number): RawBuilder<unknown> | number {
  if (dialect !== 'postgres') return limit;
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`page size ${limit}`);
  return sql.lit(limit);
}

/**
 * Whether a page's PostgreSQL plan is the same whatever the values (so a named statement's
 * generic plan serves every request): not with an SLA filter (comparisons with `now`, whose
 * selectivity the plan depends on) nor with text (a rare word is best found by the trigram
 * index, a common one by reading the queue in order; one generic plan would serve one of them
 * fifty times slower).
 */
function planStable(filters: QueueFilters): boolean {
  return filters.due === undefined && (filters.q === undefined || filters.q.trim() === '');
}

/**
 * One page of the queue (ask for one row more than the page to know whether another follows).
 * With `reader` the statement runs apart from Kysely's executor (which costs a text search page
 * about 0.3 ms of CPU more on PostgreSQL): on SQLite on the reader's connection in its worker
 * thread; on PostgreSQL, when its plan does not depend on the values, as a named statement whose
 * plan PostgreSQL keeps, otherwise unnamed, planned for its values (pg-prepared.ts).
 */
export async function listQueue(
  db: Kysely<Database>,
  dialect: DialectName,
  filters: QueueFilters,
  now: string,
  limit: number,
  after?: QueueCursor,
  reader?: Reader,
): Promise<QueueRow[]> {
  const conditions: Condition[] = [];
  const { statuses } = filters;
  const openOnly = !statuses.some((s) => CLOSED_STATES.includes(s));
  if (openOnly) conditions.push(OPEN_ONLY);
  // Every open state asked for (the default queue): the index's condition says it all, and a
  // second, redundant condition on status makes PostgreSQL expect a few rows instead of all the
  // open ones, and sort them instead of reading the index in order.
  if (!(openOnly && OPEN_STATES.every((s) => statuses.includes(s)))) {
    conditions.push(statusMatch(dialect, statuses));
  }
  const { assignee, productId, due, q } = filters;
  if (assignee === 'none') conditions.push(sql`reports.assignee_id is null`);
  else if (assignee !== undefined) conditions.push(sql`reports.assignee_id = ${assignee}`);
  if (productId !== undefined) conditions.push(sql`reports.product_id = ${productId}`);
  if (due !== undefined) conditions.push(dueMatch(due, now));
  if (q !== undefined && q.trim() !== '') conditions.push(textMatch(dialect, q, openOnly));
  if (after !== undefined) {
    conditions.push(sql`(reports.next_due_at, reports.id) > (${after.nextDueAt}, ${after.id})`);
  }
  const where =
    conditions.length === 0
      ? sql``
      : sql`where ${sql.join(
          conditions.map((c) => sql`(${c})`),
          sql` and `,
        )}`;
  // The reporter records are joined to the page only: joined inside, a misestimated row count
  // lets PostgreSQL hash the whole reporters table for a page of 50.
  const query = sql<QueueRow>`select page.*,
      reporters.valid as "reporterValid",
      reporters.invalid as "reporterInvalid",
      reporters.submitted as "reporterSubmitted"
    from (
      select ${PAGE_COLUMNS} from reports ${where}
      order by reports.next_due_at, reports.id limit ${pageLimit(dialect, limit)}
    ) as page
    left join reporters on reporters.key = page."reporterKey"
    order by page."nextDueAt", page.id`;
  if (reader === undefined) return (await query.execute(withoutPlugins(db))).rows;
  const compiled = query.compile(withoutPlugins(db));
  return reader.all<QueueRow>(compiled.sql, compiled.parameters, {
    planPerRun: dialect === 'postgres' && !planStable(filters),
  });
}
