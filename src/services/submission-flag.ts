/**
 * The `reports.over_limit` column: the submission limit a report's reporter had exceeded when it
 * arrived, as JSON text, written at intake and read by the queue and the case view.
 */
import type { ExceededLimit } from '../domain/reporter/submission-limits.js';

/** What staff see: the limit exceeded and how many reports its window held, this one included. */
export interface OverLimit {
  max: number;
  windowHours: number;
  count: number;
}

export function overLimitColumn(exceeded: ExceededLimit | null): string | null {
  if (exceeded === null) return null;
  const { limit, count } = exceeded;
  return JSON.stringify({ max: limit.max, windowHours: limit.windowHours, count });
}

export function readOverLimit(column: string | null): OverLimit | null {
  if (column === null) return null;
  const value = JSON.parse(column) as Partial<Record<keyof OverLimit, unknown>>;
  const { max, windowHours, count } = value;
  if (typeof max !== 'number' || typeof windowHours !== 'number' || typeof count !== 'number') {
    throw new Error('reports.over_limit holds an unexpected value');
  }
  return { max, windowHours, count };
}
