/**
 * The staff queue: reports filtered by status, assignee, product, SLA urgency and text, in the
 * order of what is due first (`next_due_at`, then id), paged by keyset so every page is an index
 * range scan however many reports there are. Text search is the one dialect difference: SQLite
 * FTS5 with the trigram tokenizer, PostgreSQL `ILIKE` served by a `pg_trgm` GIN index.
 */
import { sql, type ExpressionBuilder, type Kysely, type SqlBool, type Expression } from 'kysely';
import type { DialectName } from '../client.js';
import type { Database } from '../schema.js';

/** Stored in `next_due_at` when no SLA clock is counting: sorts after every real due time. */
export const NO_DUE_TIME = '9999-12-31T23:59:59.999Z';

/** Shortest text the trigram indexes can serve; shorter queries scan with LIKE. */
const TRIGRAM_MIN = 3;

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
  reporterValid: number | null;
  reporterInvalid: number | null;
  reporterSubmitted: number | null;
}

type Eb = ExpressionBuilder<Database, 'reports'>;

/** `%`, `_` and the escape character itself are literal in the user's text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function textMatch(eb: Eb, dialect: DialectName, q: string): Expression<SqlBool> {
  const text = q.trim().toLowerCase();
  const byRef = eb.or([eb('reports.ref', '=', q.trim()), eb('reports.caseNumber', '=', q.trim())]);
  if (dialect === 'postgres') {
    return eb.or([byRef, sql<SqlBool>`reports.search_text ilike ${likePattern(text)}`]);
  }
  if ([...text].length < TRIGRAM_MIN) {
    return eb.or([byRef, sql<SqlBool>`reports.search_text like ${likePattern(text)} escape '\\'`]);
  }
  const phrase = `"${text.replace(/"/g, '""')}"`;
  return eb.or([
    byRef,
    sql<SqlBool>`reports.id in (select report_id from report_search where report_search match ${phrase})`,
  ]);
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
    .leftJoin('reporters', 'reporters.key', 'reports.reporterKey')
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
      'reporters.valid as reporterValid',
      'reporters.invalid as reporterInvalid',
      'reporters.submitted as reporterSubmitted',
    ])
    .where('reports.status', 'in', [...filters.statuses]);
  const { assignee, productId, due, q } = filters;
  if (assignee === 'none') query = query.where('reports.assigneeId', 'is', null);
  else if (assignee !== undefined) query = query.where('reports.assigneeId', '=', assignee);
  if (productId !== undefined) query = query.where('reports.productId', '=', productId);
  if (due !== undefined) query = query.where((eb) => dueMatch(eb, due, now));
  if (q !== undefined && q.trim() !== '') query = query.where((eb) => textMatch(eb, dialect, q));
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('reports.nextDueAt', '>', after.nextDueAt),
        eb.and([eb('reports.nextDueAt', '=', after.nextDueAt), eb('reports.id', '>', after.id)]),
      ]),
    );
  }
  return query.orderBy('reports.nextDueAt').orderBy('reports.id').limit(limit).execute();
}
