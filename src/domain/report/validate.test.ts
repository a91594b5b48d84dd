import { describe, expect, it } from 'vitest';
import { isCalendarDate, validateReport } from './validate.js';

const ctx = { isKnownCwe: (id: string) => id === 'CWE-79' || id === 'CWE-787' };
const paths = (draft: Parameters<typeof validateReport>[0]) =>
  validateReport(draft, ctx).errors.map((e) => e.path);

describe('validateReport', () => {
  it('accepts an empty draft', () => {
    expect(validateReport({}, ctx)).toEqual({ errors: [], cvss: undefined });
  });

  it('needs a title of five characters besides spaces', () => {
    expect(paths({ title: '     ' })).toEqual(['title']);
    expect(paths({ title: '  XSS  ' })).toEqual(['title']);
    expect(paths({ title: 'XSS in' })).toEqual([]);
  });

  it('needs a CWE or a description in issueType, and a known CWE', () => {
    expect(paths({ issueType: {} })).toEqual(['issueType']);
    expect(paths({ issueType: { cwe: ' ', description: ' ' } })).toEqual([
      'issueType',
      'issueType.cwe',
    ]);
    expect(paths({ issueType: { cwe: 'CWE-99999' } })).toEqual(['issueType.cwe']);
    expect(paths({ issueType: { cwe: 'cwe-79' } })).toEqual(['issueType.cwe']);
    expect(paths({ issueType: { cwe: 'CWE-79' } })).toEqual([]);
    expect(paths({ issueType: { description: 'XSS' } })).toEqual([]);
  });

  it('needs a product or a URL, a product for a version, and an http(s) URL', () => {
    expect(paths({ affected: {} })).toEqual(['affected']);
    expect(paths({ affected: { version: '1.0' } })).toEqual(['affected', 'affected.product']);
    expect(paths({ affected: { url: 'javascript:alert(1)' } })).toEqual(['affected.url']);
    expect(paths({ affected: { url: 'https://example.com/login' } })).toEqual([]);
  });

  it('rejects blank reproduction steps, naming the step', () => {
    expect(paths({ reproductionSteps: ['open', ' '] })).toEqual(['reproductionSteps[1]']);
    expect(paths({ reproductionSteps: '\n' })).toEqual(['reproductionSteps']);
  });

  it('scores a valid vector and names an invalid one', () => {
    const ok = validateReport({ cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }, ctx);
    expect(ok.errors).toEqual([]);
    expect(ok.cvss?.score).toBe(9.8);
    expect(paths({ cvss: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' })).toEqual(['cvss']);
  });

  it('needs the name or handle the researcher wants to be credited by', () => {
    expect(paths({ reporter: { email: 'a@b.c', credit: 'name' } })).toEqual(['reporter.name']);
    expect(paths({ reporter: { email: 'a@b.c', credit: 'handle' } })).toEqual(['reporter.handle']);
    expect(paths({ reporter: { email: 'a@b.c', credit: 'anonymous' } })).toEqual([]);
  });

  it.each<[string, Parameters<typeof validateReport>[0], string]>([
    ['issueType.cwe', { issueType: { cwe: 'CWE-99999' } }, 'unknown-cwe'],
    ['affected.product', { affected: { version: '1.0', url: 'https://a.example' } }, 'required'],
    ['affected.url', { affected: { product: 'Viewer', url: 'ftp://a.example' } }, 'invalid-url'],
    ['reproductionSteps[0]', { reproductionSteps: [' '] }, 'required'],
    ['cvss', { cvss: 'CVSS:2.0/AV:N' }, 'invalid-cvss'],
    ['disclosure.plannedDate', { disclosure: { plannedDate: '2026-02-30' } }, 'invalid-date'],
  ])('names the rule %s breaks', (path, draft, rule) => {
    const [error, ...more] = validateReport(draft, ctx).errors;
    expect(more).toEqual([]);
    expect(error).toEqual({ path, message: expect.any(String) as string, rule });
  });

  it('names the bound of a title that is too short', () => {
    expect(validateReport({ title: 'XSS' }, ctx).errors).toEqual([
      {
        path: 'title',
        message: 'needs at least 5 characters besides spaces',
        rule: 'too-short',
        limit: 5,
      },
    ]);
  });

  it('checks the planned disclosure date is a real date', () => {
    expect(paths({ disclosure: { plannedDate: '2026-02-30' } })).toEqual([
      'disclosure.plannedDate',
    ]);
    expect(paths({ disclosure: { plannedDate: '2028-02-29' } })).toEqual([]);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-01-31', true],
    ['2026-04-31', false],
    ['2027-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20260101', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
