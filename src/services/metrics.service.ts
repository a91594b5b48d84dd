/**
 * Response metrics for staff (`metrics.read`): times to first response, triage and fix, SLA
 * compliance per period and the backlog over time, over a range of dates. The rules are in
 * `domain/metrics/`; this service reads reports a page at a time (a few columns each, and
 * only their status, severity and product history) and feeds them to the aggregator, so
 * memory stays bounded by one page plus one number per clock satisfied in the range.
 */
import type { Db } from '../db/client.js';
import {
  listMetricsHistory,
  pageMetricsReports,
  productNames,
  type MetricsReportRow,
} from '../db/repositories/metrics.js';
import type { TimelineEntry } from '../db/schema.js';
import { TIMELINE_KINDS } from '../domain/case/timeline.js';
import {
  MetricsAggregator,
  type MetricsReport,
  type MetricsResult,
} from '../domain/metrics/aggregate.js';
import type { FieldChange } from '../domain/metrics/history.js';
import {
  metricsRange,
  type MetricsInterval,
  type MetricsRange,
} from '../domain/metrics/periods.js';
import type { SlaPolicy } from '../domain/sla/policy.js';
import { isVendorSeverity } from '../domain/severity/vendor-severity.js';
import type { Actor } from '../policies/actor.js';
import { timelineHistory } from './case-sla.js';
import { authorizeStaff } from '../policies/staff.policy.js';

/** Reports read per query. */
export const METRICS_PAGE_SIZE = 500;

export interface MetricsQuery {
  from?: string | undefined;
  to?: string | undefined;
  interval?: MetricsInterval | undefined;
}

export interface Metrics extends MetricsResult {
  range: MetricsRange;
  /** Names of the products the backlog names (a product no longer in the catalogue is absent). */
  productNames: ReadonlyMap<string, string>;
}

type HistoryEntry = Pick<TimelineEntry, 'at' | 'kind' | 'data'>;

/** Product changes recorded by case updates (`{ productId: [before, after] }`). */
function productHistory(entries: readonly HistoryEntry[]): FieldChange<string | null>[] {
  const changes: FieldChange<string | null>[] = [];
  for (const entry of entries) {
    if (entry.kind !== TIMELINE_KINDS.caseUpdated) continue;
    const { productId } = JSON.parse(entry.data) as { productId?: unknown };
    if (!Array.isArray(productId) || productId.length !== 2) continue;
    const [before, after] = productId as unknown[];
    changes.push({
      at: new Date(entry.at),
      before: typeof before === 'string' ? before : null,
      after: typeof after === 'string' ? after : null,
    });
  }
  return changes;
}

function metricsReport(row: MetricsReportRow, entries: readonly HistoryEntry[]): MetricsReport {
  return {
    receivedAt: new Date(row.receivedAt),
    firstResponseDueAt: new Date(row.firstResponseDueAt),
    firstRespondedAt: row.firstRespondedAt === null ? null : new Date(row.firstRespondedAt),
    severity: row.severity !== null && isVendorSeverity(row.severity) ? row.severity : null,
    productId: row.productId,
    ...timelineHistory(entries),
    productHistory: productHistory(entries),
  };
}

export class MetricsService {
  constructor(
    private readonly deps: {
      db: Db;
      clock: () => Date;
      slaPolicy: SlaPolicy;
      pageSize?: number;
    },
  ) {}

  async metrics(actor: Actor, query: MetricsQuery): Promise<Metrics> {
    authorizeStaff(actor, 'metrics.read');
    const now = this.deps.clock();
    const checked = metricsRange({ ...query, now });
    if (!checked.ok) throw checked.error;
    const range = checked.value;
    const db = this.deps.db.kysely;
    const pageSize = this.deps.pageSize ?? METRICS_PAGE_SIZE;
    const window = { start: range.start.toISOString(), end: range.end.toISOString() };

    const aggregator = new MetricsAggregator(range, this.deps.slaPolicy, now);
    let afterId: string | undefined;
    for (;;) {
      const rows = await pageMetricsReports(db, window, afterId, pageSize);
      const entries = await listMetricsHistory(
        db,
        rows.map((r) => r.id),
      );
      const byReport = new Map<string, HistoryEntry[]>();
      for (const entry of entries) {
        const list = byReport.get(entry.reportId);
        if (list === undefined) byReport.set(entry.reportId, [entry]);
        else list.push(entry);
      }
      for (const row of rows) aggregator.add(metricsReport(row, byReport.get(row.id) ?? []));
      afterId = rows.at(-1)?.id;
      if (rows.length < pageSize) break;
    }

    const result = aggregator.result();
    const ids = new Set<string>();
    for (const point of result.backlog) {
      for (const id of point.byProduct.keys()) if (id !== null) ids.add(id);
    }
    return { ...result, range, productNames: await productNames(db, [...ids]) };
  }
}
