/**
 * The staff queue: reports filtered by status, assignee, product, SLA urgency and text, in the
 * order of what is due first (`next_due_at`, then id), paged by keyset (a row-value comparison
 * on both databases) so every page is an index range scan however many reports there are.
 *
 * Most reports are closed or rejected, and the queue almost always asks for open ones, so the
 * open reports have an index of their own: `reports_open_due` on `(next_due_at, id)`, partial
 * on `status not in ('closed', 'rejected')` (migration 0005). A query uses a partial index only
 * when its WHERE clause repeats the index's condition as written, so that condition is added
 * verbatim (as SQL text, not parameters) whenever no closed or rejected state is asked for.
 *
 * Text search: among open reports, a substring scan of `search_text` along that index (its cost
 * is bounded by the open backlog, while a trigram lookup over the whole history costs in
 * proportion to every old report that matches); with closed or rejected reports, SQLite FTS5
 * with the trigram tokenizer or PostgreSQL `ILIKE` served by a `pg_trgm` GIN index.
 */
import { sql, type ExpressionBuilder, type Kysely, type SqlBool, type Expression } from 'kysely';
import type { DialectName } from '../client.js';
import { CASE_STATES } from '../../domain/case/states.js';
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

type Eb = ExpressionBuilder<Database, 'reports'>;

/** `%`, `_` and the escape character itself are literal in the user's text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function textMatch(
  eb: Eb,
  dialect: DialectName,
  q: string,
  openOnly: boolean,
): Expression<SqlBool> {
  const text = q.trim().toLowerCase();
  const byRef = eb.or([eb('reports.ref', '=', q.trim()), eb('reports.caseNumber', '=', q.trim())]);
  if (dialect === 'postgres') {
    return eb.or([byRef, sql<SqlBool>`reports.search_text ilike ${likePattern(text)}`]);
  }
  // The trigram index answers a LIKE without an escape character (the reports holding every
  // trigram, checked against the stored text). Among open reports, for text shorter than a
  // trigram, or with `%`, `_` or `\` in it, the LIKE reads the reports instead.
  if (openOnly || [...text].length < TRIGRAM_MIN || /[\\%_]/.test(text)) {
    return eb.or([byRef, sql<SqlBool>`reports.search_text like ${likePattern(text)} escape '\\'`]);
  }
  return eb.or([
    byRef,
    sql<SqlBool>`reports.id in (select report_id from report_search where search_text like ${`%${text}%`})`,
  ]);
}

/**
 * One state: the `(status, next_due_at, id)` index gives the rows in queue order. Several: on
 * SQLite the list is written `+status in (…)` so that the planner, which has no statistics,
 * walks an index in queue order (the open-reports index, an assignee's or a product's) and stops
 * after one page, instead of collecting every report of those states by status and sorting them.
 */
function statusMatch(
  eb: Eb,
  dialect: DialectName,
  statuses: readonly string[],
): Expression<SqlBool> {
  if (statuses.length === 1 || dialect === 'postgres') {
    return eb('reports.status', 'in', [...statuses]);
  }
  return sql<SqlBool>`+reports.status in (${sql.join([...statuses])})`;
}

function dueMatch(eb: Eb, due: QueueDueFilter, now: string): Expression<SqlBool> {
  switch (due) {
    case 'breached':
      return eb('reports.nextDueAt', '<', now);
    case 'at-risk':
      return eb.and([eb('reports.nextDueAt', '>=', now), eb('reports.nextAtRiskAt', '<', now)]);
    case 'on-track':
      return eb.and([
        eb('reports.nextDueAt', '>=', now),
        eb('reports.nextDueAt', '<>', NO_DUE_TIME),
        eb.or([eb('reports.nextAtRiskAt', 'is', null), eb('reports.nextAtRiskAt', '>=', now)]),
      ]);
    case 'paused':
      return eb('reports.pausedSince', 'is not', null);
    case 'none':
      return eb.and([
        eb('reports.nextDueAt', '=', NO_DUE_TIME),
        eb('reports.pausedSince', 'is', null),
      ]);
  }
}

export async function listQueue(
  db: Kysely<Database>,
  dialect: DialectName,
  filters: QueueFilters,
  now: string,
  limit: number,
  after?: QueueCursor,
): Promise<QueueRow[]> {
  let query = db
    .selectFrom('reports')
    .select([
      'reports.id',
      'reports.ref',
      'reports.caseNumber',
      'reports.title',
      'reports.status',
      'reports.severity',
      'reports.qualityTier',
      'reports.assigneeId',
      'reports.productId',
      'reports.reporterKey',
      'reports.receivedAt',
      'reports.firstResponseDueAt',
      'reports.nextDueAt',
      'reports.nextAtRiskAt',
      'reports.pausedSince',
      'reports.overLimit',
    ]);
  const { statuses } = filters;
  const openOnly = !statuses.some((s) => CLOSED_STATES.includes(s));
  if (openOnly) query = query.where(OPEN_ONLY);
  // Every open state asked for (the default queue): the index's condition says it all, and a
  // second, redundant condition on status makes PostgreSQL expect a few rows instead of all the
  // open ones, and sort them instead of reading the index in order.
  if (!(openOnly && OPEN_STATES.every((s) => statuses.includes(s)))) {
    query = query.where((eb) => statusMatch(eb, dialect, statuses));
  }
  const { assignee, productId, due, q } = filters;
  if (assignee === 'none') query = query.where('reports.assigneeId', 'is', null);
  else if (assignee !== undefined) query = query.where('reports.assigneeId', '=', assignee);
  if (productId !== undefined) query = query.where('reports.productId', '=', productId);
  if (due !== undefined) query = query.where((eb) => dueMatch(eb, due, now));
  if (q !== undefined && q.trim() !== '') {
    query = query.where((eb) => textMatch(eb, dialect, q, openOnly));
  }
  if (after !== undefined) {
    query = query.where((eb) =>
      eb(eb.refTuple('reports.nextDueAt', 'reports.id'), '>', eb.tuple(after.nextDueAt, after.id)),
    );
  }
  const page = query.orderBy('reports.nextDueAt').orderBy('reports.id').limit(limit);
  // The reporter records are joined to the page only: joined inside, a misestimated row count
  // lets PostgreSQL hash the whole reporters table for a page of 50.
  return db
    .selectFrom(page.as('page'))
    .leftJoin('reporters', 'reporters.key', 'page.reporterKey')
    .selectAll('page')
    .select([
      'reporters.valid as reporterValid',
      'reporters.invalid as reporterInvalid',
      'reporters.submitted as reporterSubmitted',
    ])
    .orderBy('page.nextDueAt')
    .orderBy('page.id')
    .execute();
}
