import { describe, expect, it } from 'vitest';
import { filtersFromForm, filtersFromSearch, searchFromFilters } from './queue-filters.js';

describe('queue filters in the address', () => {
  it('reads the known filters and ignores unknown values', () => {
    const search = new URLSearchParams('status=triage&assignee=someone&due=breached&q=%20xss%20');
    expect(filtersFromSearch(search)).toEqual({ status: 'triage', due: 'breached', q: 'xss' });
  });

  it('writes only the filters that are set, and reads them back the same', () => {
    const filters = { assignee: 'me', q: 'sql injection', cursor: 'c1' } as const;
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe('assignee=me&q=sql+injection&cursor=c1');
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it('starts a submitted filter again at the first page', () => {
    const form = new FormData();
    form.set('status', '');
    form.set('assignee', 'none');
    form.set('due', 'at-risk');
    form.set('q', '');
    expect(filtersFromForm(form)).toEqual({ assignee: 'none', due: 'at-risk' });
  });
});
