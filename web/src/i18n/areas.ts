/**
 * The text areas loaded with their page, one chunk per area and language. Kept apart from the
 * i18n setup (`index.ts`) so `start-page.ts` can request a page's texts without loading i18next.
 */
import type { Language } from './language.js';

type AreaLoader = () => Promise<{ default: Record<string, unknown> }>;

export const LAZY_AREAS = {
  report: {
    en: () => import('./locales/en/report.json'),
    ja: () => import('./locales/ja/report.json'),
  },
  track: {
    en: () => import('./locales/en/track.json'),
    ja: () => import('./locales/ja/track.json'),
  },
  help: { en: () => import('./locales/en/help.json'), ja: () => import('./locales/ja/help.json') },
  /** The status a reporter sees, shared by the tracking page and the account's report list. */
  status: {
    en: () => import('./locales/en/status.json'),
    ja: () => import('./locales/ja/status.json'),
  },
  account: {
    en: () => import('./locales/en/account.json'),
    ja: () => import('./locales/ja/account.json'),
  },
  console: {
    en: () => import('./locales/en/console.json'),
    ja: () => import('./locales/ja/console.json'),
  },
  /** The wording of the server's field-error rules (`fieldErrorText`), for the pages with forms. */
  fields: {
    en: () => import('./locales/en/fields.json'),
    ja: () => import('./locales/ja/fields.json'),
  },
} satisfies Record<string, Record<Language, AreaLoader>>;

export type LazyArea = keyof typeof LAZY_AREAS;
