import { membersOf } from '../../api/enum-members.js';
import type { paths } from '../../api/schema.js';

/**
 * The queue's filters as the address's query string holds them, with the same names as the
 * API's query parameters (`GET /api/v1/reports`), so a filtered queue can be bookmarked and the
 * back button undoes a filter.
 */
export const REPORT_STATES = membersOf<
  paths['/api/v1/reports']['get']['responses'][200]['content']['application/json']['items'][number]['status']
>({
  new: true,
  triage: true,
  'needs-info': true,
  'review-repro': true,
  develop: true,
  'pre-release': true,
  complete: true,
  closed: true,
  rejected: true,
});
export const ASSIGNEE_FILTERS = ['me', 'none'] as const;
export const DUE_FILTERS = ['breached', 'at-risk', 'on-track', 'paused', 'none'] as const;

export type ReportState = (typeof REPORT_STATES)[number];
type AssigneeFilter = (typeof ASSIGNEE_FILTERS)[number];
type DueFilter = (typeof DUE_FILTERS)[number];

export interface QueueFilters {
  status?: ReportState;
  assignee?: AssigneeFilter;
  due?: DueFilter;
  q?: string;
  /** The `next` value of the previous page. */
  cursor?: string;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** The filters in an address's query; unknown values are ignored rather than sent on. */
export function filtersFromSearch(search: URLSearchParams): QueueFilters {
  const q = search.get('q')?.trim() ?? '';
  const cursor = search.get('cursor') ?? '';
  const status = oneOf(REPORT_STATES, search.get('status'));
  const assignee = oneOf(ASSIGNEE_FILTERS, search.get('assignee'));
  const due = oneOf(DUE_FILTERS, search.get('due'));
  return {
    ...(status !== undefined ? { status } : {}),
    ...(assignee !== undefined ? { assignee } : {}),
    ...(due !== undefined ? { due } : {}),
    ...(q !== '' ? { q } : {}),
    ...(cursor !== '' ? { cursor } : {}),
  };
}

/** The query string for the filters, leaving out those not set (and so the default). */
export function searchFromFilters(filters: QueueFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ['status', 'assignee', 'due', 'q', 'cursor'] as const) {
    const value = filters[key];
    if (value !== undefined && value !== '') search.set(key, value);
  }
  return search;
}

/** The filters a submitted filter form names; a new filter starts again at the first page. */
export function filtersFromForm(form: FormData): QueueFilters {
  const search = new URLSearchParams();
  for (const key of ['status', 'assignee', 'due', 'q'] as const) {
    const value = form.get(key);
    if (typeof value === 'string') search.set(key, value);
  }
  return filtersFromSearch(search);
}
