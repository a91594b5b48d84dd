/**
 * The metrics page's range as the address's query string holds it, named as the API's query
 * parameters (`GET /api/v1/metrics?from&to&interval`), so a range can be bookmarked. Left out,
 * the server's default applies (the last twelve months, by month).
 */
import { isMemberOf, membersOf } from '../../api/enum-members.js';
import type { paths } from '../../api/schema.js';

export type MetricsQuery = NonNullable<paths['/api/v1/metrics']['get']['parameters']['query']>;
export type MetricsInterval = NonNullable<MetricsQuery['interval']>;

export const METRICS_INTERVALS = membersOf<MetricsInterval>({ month: true, week: true });

/**
 * The query in an address or a submitted form. A date that is not YYYY-MM-DD is passed on, so
 * the server names it; an unknown interval is left out.
 */
export function metricsQueryOf(values: {
  get: (name: string) => FormDataEntryValue | null;
}): MetricsQuery {
  const text = (name: string) => {
    const value = values.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const from = text('from');
  const to = text('to');
  const interval = text('interval');
  return {
    ...(from !== '' ? { from } : {}),
    ...(to !== '' ? { to } : {}),
    ...(isMemberOf(METRICS_INTERVALS, interval) ? { interval } : {}),
  };
}

/** The query string for a range, leaving out what is not set. */
export function searchOfMetricsQuery(query: MetricsQuery): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ['from', 'to', 'interval'] as const) {
    const value = query[key];
    if (value !== undefined) search.set(key, value);
  }
  return search;
}
