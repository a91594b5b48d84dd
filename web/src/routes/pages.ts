/**
 * The pages loaded with their route: where each one is mounted, its module, and the text areas it
 * needs. The router builds its lazy routes from this list, and `start-page.ts` uses it to begin
 * loading the page of the address the app opens with before the router exists.
 */
import type { ComponentType } from 'react';
import type { LazyArea } from '../i18n/areas.js';

export interface LazyPage {
  /** The route path below `/`, as the router takes it (`account/*` matches the whole subtree). */
  path: string;
  load: () => Promise<ComponentType>;
  areas: readonly LazyArea[];
}

export const LAZY_PAGES: readonly LazyPage[] = [
  { path: 'help', load: () => import('./public/help.js').then((m) => m.Help), areas: ['help'] },
  {
    path: 'report',
    load: () => import('./portal/report-form.js').then((m) => m.ReportForm),
    areas: ['report', 'fields'],
  },
  {
    path: 'report/sent',
    load: () => import('./portal/confirmation.js').then((m) => m.Confirmation),
    areas: ['report'],
  },
  {
    path: 'track',
    load: () => import('./portal/track.js').then((m) => m.Track),
    // 'report' comes with the open report's view (track/report-area.tsx).
    areas: ['track', 'status', 'fields'],
  },
  {
    path: 'account/*',
    load: () => import('./account/index.js').then((m) => m.Account),
    areas: ['account', 'status', 'fields'],
  },
  {
    path: 'console/*',
    load: () => import('./console/console.js').then((m) => m.Console),
    // The console reuses the account pages' session check and rate-limit notice, and their texts,
    // and the report form's words for a report's fields and their choices (`report`).
    areas: ['console', 'account', 'report', 'fields'],
  },
];

/**
 * The page an address opens, matched the way the router matches these static paths: segment by
 * segment, ignoring case and trailing slashes, `*` taking any rest (also none).
 */
export function pageOf(pathname: string): LazyPage | undefined {
  const segments = (path: string) =>
    path
      .toLowerCase()
      .split('/')
      .filter((s) => s !== '');
  const wanted = segments(pathname);
  return LAZY_PAGES.find((page) => {
    const pattern = segments(page.path);
    const splat = pattern.at(-1) === '*';
    const fixed = splat ? pattern.slice(0, -1) : pattern;
    if (splat ? wanted.length < fixed.length : wanted.length !== fixed.length) return false;
    return fixed.every((s, i) => s === wanted[i]);
  });
}
