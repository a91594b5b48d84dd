/** Response metrics for staff (the console's metrics page draws its charts from this). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import type { BacklogPoint, DurationMetrics } from '../../../domain/metrics/aggregate.js';
import type { Metrics } from '../../../services/metrics.service.js';
import type { Services } from '../../../services/index.js';
import { ProblemSchema } from '../../schemas.js';
import { MetricsQuery, MetricsSchema } from './schema.js';

type MetricsView = Static<typeof MetricsSchema>;

function presentDurations(d: DurationMetrics): MetricsView['timeToFix'] {
  return {
    count: d.count,
    medianHours: d.medianHours,
    p90Hours: d.p90Hours,
    byPeriod: d.byPeriod.map((p) => ({
      start: p.start.toISOString(),
      end: p.end.toISOString(),
      count: p.count,
      medianHours: p.medianHours,
      p90Hours: p.p90Hours,
    })),
  };
}

function presentBacklog(
  point: BacklogPoint,
  names: ReadonlyMap<string, string>,
): MetricsView['backlog'][number] {
  const byProduct = [...point.byProduct]
    .map(([productId, count]) => ({
      productId,
      name: productId === null ? null : (names.get(productId) ?? null),
      count,
    }))
    .sort(
      (a, b) =>
        Number(a.productId === null) - Number(b.productId === null) ||
        (a.name ?? '').localeCompare(b.name ?? '') ||
        (a.productId ?? '').localeCompare(b.productId ?? ''),
    );
  return {
    at: point.at.toISOString(),
    total: point.total,
    byState: { ...point.byState },
    bySeverity: { ...point.bySeverity },
    byProduct,
  };
}

export function presentMetrics(m: Metrics): MetricsView {
  return {
    range: {
      from: m.range.fromDate,
      to: m.range.toDate,
      start: m.range.start.toISOString(),
      end: m.range.end.toISOString(),
    },
    interval: m.range.interval,
    timeToFirstResponse: presentDurations(m.timeToFirstResponse),
    timeToTriage: presentDurations(m.timeToTriage),
    timeToFix: presentDurations(m.timeToFix),
    slaCompliance: m.slaCompliance.map((row) => ({
      start: row.start.toISOString(),
      end: row.end.toISOString(),
      firstResponse: row.firstResponse,
      triage: row.triage,
      fix: row.fix,
    })),
    backlog: m.backlog.map((point) => presentBacklog(point, m.productNames)),
  };
}

const metricsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get(
    '/api/v1/metrics',
    {
      schema: {
        tags: ['metrics'],
        summary: 'Response metrics: times, SLA compliance and backlog over time',
        description:
          'Median and 90th percentile of the times to first response, triage and fix; SLA compliance per period; and the backlog at the end of each period by state, severity and product. Times in UTC. Staff with `metrics.read`.',
        security: [{ bearerAuth: [] }, { sessionCookie: [] }] as Record<string, string[]>[],
        querystring: MetricsQuery,
        response: {
          200: MetricsSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request) => presentMetrics(await services.metrics.metrics(request.actor, request.query)),
  );
};

export default metricsRoutes;
