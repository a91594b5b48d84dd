/**
 * The audit view's filters as the address's query string holds them, named as the API's query
 * parameters (`GET /api/v1/audit`): a filtered view can be bookmarked and the back button undoes
 * a filter. Times travel as ISO 8601 UTC; the form shows them in the user's time zone.
 */
export const AUDIT_FILTERS = ['actor', 'action', 'target', 'from', 'to'] as const;
export type AuditFilterName = (typeof AUDIT_FILTERS)[number];

export type AuditFilters = Partial<Record<AuditFilterName | 'cursor', string>>;

/** The filters in an address's query (the server judges their values). */
export function auditFiltersFromSearch(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of [...AUDIT_FILTERS, 'cursor'] as const) {
    const value = search.get(key)?.trim() ?? '';
    if (value !== '') filters[key] = value;
  }
  return filters;
}

/** The query string for the filters, leaving out those not set. */
export function searchFromAuditFilters(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of [...AUDIT_FILTERS, 'cursor'] as const) {
    const value = filters[key];
    if (value !== undefined && value !== '') search.set(key, value);
  }
  return search;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO time as a `datetime-local` control shows it, in the local time zone; '' if invalid. */
export function isoToLocalInput(iso: string | undefined): string {
  if (iso === undefined) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (local time) as ISO 8601 UTC; undefined when empty or invalid. */
export function localInputToIso(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** The filters a submitted filter form names; new filters start again at the newest entries. */
export function auditFiltersFromForm(form: FormData): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of AUDIT_FILTERS) {
    const raw = form.get(key);
    const text = typeof raw === 'string' ? raw.trim() : '';
    const value = key === 'from' || key === 'to' ? localInputToIso(text) : text;
    if (value !== undefined && value !== '') filters[key] = value;
  }
  return filters;
}

/** The API's name for a query parameter in a problem (`querystring:from`) as the form's field. */
export function filterFieldOf(path: string): string {
  return path.replace(/^querystring:/, '');
}
