/**
 * Starts loading the page of the address the app opens with: its chunk, its stylesheet and its
 * texts in the user's language. main.tsx imports this module first, so it runs as soon as the
 * main bundle starts, before React, the router and i18next are evaluated; without it the router
 * would ask for the page only after all of them, and the page's files would arrive one step
 * later. The router's own requests for the same modules then find them loaded or loading.
 */
import { LAZY_AREAS } from './i18n/areas.js';
import { detectLanguage } from './i18n/language.js';
import { pageOf } from './routes/pages.js';

const page = pageOf(window.location.pathname);
if (page !== undefined) {
  const lng = detectLanguage();
  // Failures surface where the router loads the same modules; here they are only a head start.
  for (const area of page.areas) LAZY_AREAS[area][lng]().catch(() => undefined);
  page.load().catch(() => undefined);
}
