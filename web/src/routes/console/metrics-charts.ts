/**
 * From the answer of `GET /api/v1/metrics` to what the metrics page's charts draw: one category
 * per period, the series of each chart, and the units. Pure: labels come in as functions.
 */
import type { paths } from '../../api/schema.js';
import type { ChartCategory, ChartData, ChartSeries } from './charts/chart-data.js';

export type Metrics =
  paths['/api/v1/metrics']['get']['responses'][200]['content']['application/json'];
export type Durations = Metrics['timeToFirstResponse'];
export type Interval = Metrics['interval'];
type BacklogPoint = Metrics['backlog'][number];
export type BacklogState = keyof BacklogPoint['byState'];
export type BacklogSeverity = keyof BacklogPoint['bySeverity'];

/** The backlog's states and severities, in the order the charts stack them. */
export const BACKLOG_STATES: readonly BacklogState[] = [
  'new',
  'triage',
  'needs-info',
  'review-repro',
  'develop',
  'pre-release',
  'complete',
];
export const BACKLOG_SEVERITIES: readonly BacklogSeverity[] = [
  'critical',
  'important',
  'moderate',
  'low',
  'unrated',
];
export const SLA_CLOCKS = ['firstResponse', 'triage', 'fix'] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];

/** How many products the backlog by product names; the rest are summed as "other". */
export const PRODUCTS_SHOWN = 5;

/** A period's labels: month and year, or the first day of a week. Periods are in UTC. */
export function periodCategory(
  start: string,
  interval: Interval,
  language: string,
  weekOf: (date: string) => string,
): ChartCategory {
  const date = new Date(start);
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(date);
  return interval === 'month'
    ? {
        axis: format({ month: 'short', year: '2-digit' }),
        full: format({ month: 'long', year: 'numeric' }),
      }
    : {
        axis: format({ month: 'numeric', day: 'numeric' }),
        full: weekOf(format({ year: 'numeric', month: 'short', day: 'numeric' })),
      };
}

export type DurationUnit = 'minutes' | 'hours' | 'days';

/**
 * The unit a time chart reads best in, from the longest time it shows: minutes under two hours
 * (so 20 minutes is not "0.3 h", and answers within the minute read "0 min"), hours up to three
 * days, days beyond. Hours when nothing was measured.
 */
export function durationUnit(d: Durations): DurationUnit {
  const measured = [d.p90Hours, ...d.byPeriod.map((p) => p.p90Hours)].filter(
    (h): h is number => h !== null,
  );
  if (measured.length === 0) return 'hours';
  const longest = Math.max(...measured);
  if (longest > 72) return 'days';
  return longest < 2 ? 'minutes' : 'hours';
}

export function inUnit(hours: number, unit: DurationUnit): number {
  switch (unit) {
    case 'minutes':
      return hours * 60;
    case 'hours':
      return hours;
    case 'days':
      return hours / 24;
  }
}

/** Median and 90th percentile per period, in `unit`. */
export function durationChart(
  d: Durations,
  categories: readonly ChartCategory[],
  unit: DurationUnit,
  labels: { median: string; p90: string },
): ChartData {
  const series = (key: 'medianHours' | 'p90Hours', label: string): ChartSeries => ({
    key,
    label,
    values: d.byPeriod.map((p) => (p[key] === null ? null : inUnit(p[key], unit))),
  });
  return {
    categories,
    series: [series('medianHours', labels.median), series('p90Hours', labels.p90)],
  };
}

/** The share of clocks met per period and clock, in percent; null where none counted. */
export function complianceChart(
  rows: Metrics['slaCompliance'],
  categories: readonly ChartCategory[],
  label: (clock: SlaClock) => string,
): ChartData {
  return {
    categories,
    series: SLA_CLOCKS.map((clock) => ({
      key: clock,
      label: label(clock),
      values: rows.map((r) => (r[clock].rate === null ? null : r[clock].rate * 100)),
    })),
  };
}

/** Open reports at the end of each period, one series per state or per severity. */
export function backlogChart<K extends 'byState' | 'bySeverity'>(
  points: Metrics['backlog'],
  categories: readonly ChartCategory[],
  by: K,
  keys: readonly (keyof BacklogPoint[K] & string)[],
  label: (key: keyof BacklogPoint[K] & string) => string,
): ChartData {
  return {
    categories,
    series: keys.map((key) => ({
      key,
      label: label(key),
      values: points.map((p) => (p[by] as Record<string, number>)[key] ?? 0),
    })),
  };
}

/**
 * Open reports by product: the `PRODUCTS_SHOWN` products with the largest backlog at any
 * period (then by name) each as a series, the others summed as `other`, and reports without a
 * product as `none`. Series with nothing in any period are left out.
 */
export function productBacklogChart(
  points: Metrics['backlog'],
  categories: readonly ChartCategory[],
  labels: { other: string; none: string; unnamed: string },
): ChartData {
  const peak = new Map<string, { name: string; most: number }>();
  for (const point of points) {
    for (const p of point.byProduct) {
      if (p.productId === null) continue;
      const seen = peak.get(p.productId);
      peak.set(p.productId, {
        name: p.name ?? labels.unnamed,
        most: Math.max(seen?.most ?? 0, p.count),
      });
    }
  }
  const shown = [...peak.entries()]
    .sort(([, a], [, b]) => b.most - a.most || a.name.localeCompare(b.name))
    .slice(0, PRODUCTS_SHOWN);
  const named = new Set(shown.map(([id]) => id));
  const count = (point: BacklogPoint, keep: (id: string | null) => boolean) =>
    point.byProduct.filter((p) => keep(p.productId)).reduce((sum, p) => sum + p.count, 0);
  const series: ChartSeries[] = [
    ...shown.map(([id, { name }]) => ({
      key: id,
      label: name,
      values: points.map((point) => count(point, (p) => p === id)),
    })),
    {
      key: 'other',
      label: labels.other,
      values: points.map((point) => count(point, (p) => p !== null && !named.has(p))),
    },
    {
      key: 'none',
      label: labels.none,
      values: points.map((point) => count(point, (p) => p === null)),
    },
  ];
  return { categories, series: series.filter((s) => s.values.some((v) => (v ?? 0) > 0)) };
}
