import { describe, expect, it } from 'vitest';
import { LAZY_PAGES, pageOf } from './pages.js';

const pathOf = (pathname: string) => pageOf(pathname)?.path;

describe('pageOf', () => {
  it('finds the page of each lazily loaded route', () => {
    expect(pathOf('/help')).toBe('help');
    expect(pathOf('/report')).toBe('report');
    expect(pathOf('/report/sent')).toBe('report/sent');
    expect(pathOf('/track')).toBe('track');
  });

  it('matches as the router does: any case, trailing slashes, the rest of a splat', () => {
    expect(pathOf('/Report/')).toBe('report');
    expect(pathOf('/account')).toBe('account/*');
    expect(pathOf('/account/tokens')).toBe('account/*');
    expect(pathOf('/account/verify/')).toBe('account/*');
    expect(pathOf('/console')).toBe('console/*');
    expect(pathOf('/console/reports/VD-2026-00001')).toBe('console/*');
  });

  it('finds nothing for the home page and for addresses no page has', () => {
    for (const path of ['/', '', '/reports', '/report/sent/again', '/help/me', '/accounts']) {
      expect(pathOf(path), path).toBeUndefined();
    }
  });

  it('loads a component for every page', async () => {
    for (const page of LAZY_PAGES) {
      expect(typeof (await page.load()), page.path).toBe('function');
    }
  });
});
