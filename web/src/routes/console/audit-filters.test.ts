import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  auditFiltersFromForm,
  auditFiltersFromSearch,
  filterFieldOf,
  isoToLocalInput,
  localInputToIso,
  searchFromAuditFilters,
} from './audit-filters.js';

// Times are shown in the user's zone: Tokyo is 9 hours ahead of UTC, all year.
beforeAll(() => {
  vi.stubEnv('TZ', 'Asia/Tokyo');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('audit filters', () => {
  it('reads the known parameters from the address and writes back those set', () => {
    const filters = auditFiltersFromSearch(
      new URLSearchParams('actor=cli&action=+staff.added+&q=x&cursor=12&target='),
    );
    expect(filters).toEqual({ actor: 'cli', action: 'staff.added', cursor: '12' });
    expect(searchFromAuditFilters(filters).toString()).toBe(
      'actor=cli&action=staff.added&cursor=12',
    );
  });

  it('shows times in the local zone and sends them in UTC', () => {
    expect(isoToLocalInput('2026-03-02T00:30:00.000Z')).toBe('2026-03-02T09:30');
    expect(localInputToIso('2026-03-02T09:30')).toBe('2026-03-02T00:30:00.000Z');
    expect(isoToLocalInput('yesterday')).toBe('');
    expect(localInputToIso('')).toBeUndefined();
  });

  it('takes a submitted form, dropping the cursor and empty fields', () => {
    const form = new FormData();
    form.set('actor', ' ');
    form.set('target', 'account:1');
    form.set('from', '2026-03-01T00:00');
    form.set('to', '');
    expect(auditFiltersFromForm(form)).toEqual({
      target: 'account:1',
      from: '2026-02-28T15:00:00.000Z',
    });
  });

  it('names the form field of a refused query parameter', () => {
    expect(filterFieldOf('querystring:from')).toBe('from');
    expect(filterFieldOf('actor')).toBe('actor');
  });
});
