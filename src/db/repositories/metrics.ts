/**
 * What the metrics read: a few columns of the reports that can count in a time window (never
 * their bodies), paged by id, and the history entries of one page of reports at a time.
 */
import type { Kysely } from 'kysely';
import { TIMELINE_KINDS } from '../../domain/case/timeline.js';
import type { Database, TimelineEntry } from '../schema.js';

export interface MetricsReportRow {
  id: string;
  receivedAt: string;
  firstResponseDueAt: string;
  firstRespondedAt: string | null;
  severity: string | null;
  productId: string | null;
}

/** Timeline kinds the metrics rebuild history from. */
const HISTORY_KINDS = [TIMELINE_KINDS.statusChanged, TIMELINE_KINDS.severityChanged];

/**
 * One page (by id, after `afterId`) of the reports received before `end` that can count in
 * [`start`, `end`): every report with a clock satisfied at or after `start` or not satisfied
 * yet, still open, or changed at or after `start`. A report left out had all its clocks
 * satisfied and was closed or rejected before `start`, so no period of the window sees it.
 */
export async function pageMetricsReports(
  db: Kysely<Database>,
  window: { start: string; end: string },
  afterId: string | undefined,
  limit: number,
): Promise<MetricsReportRow[]> {
  let query = db
    .selectFrom('reports')
    .select(['id', 'receivedAt', 'firstResponseDueAt', 'firstRespondedAt', 'severity', 'productId'])
    .where('receivedAt', '<', window.end)
    .where((eb) =>
      eb.or([
        eb('firstRespondedAt', 'is', null),
        eb('firstRespondedAt', '>=', window.start),
        eb('triagedAt', 'is', null),
        eb('triagedAt', '>=', window.start),
        eb('completedAt', '>=', window.start),
        eb('status', 'not in', ['closed', 'rejected']),
        eb('updatedAt', '>=', window.start),
      ]),
    );
  if (afterId !== undefined) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(limit).execute();
}

/**
 * The status and severity changes of the given reports, and their case updates that changed
 * the product, oldest first per report.
 */
export async function listMetricsHistory(
  db: Kysely<Database>,
  reportIds: readonly string[],
): Promise<Pick<TimelineEntry, 'reportId' | 'at' | 'kind' | 'data'>[]> {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom('timeline')
    .select(['reportId', 'at', 'kind', 'data'])
    .where('reportId', 'in', reportIds)
    .where((eb) =>
      eb.or([
        eb('kind', 'in', HISTORY_KINDS),
        eb.and([eb('kind', '=', TIMELINE_KINDS.caseUpdated), eb('data', 'like', '%"productId"%')]),
      ]),
    )
    .orderBy('reportId')
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Names of catalogue products by id (ids not in the catalogue are left out). */
export async function productNames(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('products')
    .select(['id', 'name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
