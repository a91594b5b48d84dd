// Component tests render pages outside the router, so every text area is loaded up front.
import {
  LANGUAGES,
  LAZY_AREAS,
  changeLanguage,
  initI18n,
  loadAreas,
  type LazyArea,
} from './i18n/index.js';

const i18n = initI18n();
const start = i18n.language;
await loadAreas(...(Object.keys(LAZY_AREAS) as LazyArea[]));
// Load every language's texts, then return to the language the tests start in.
for (const lng of LANGUAGES) await changeLanguage(lng);
await i18n.changeLanguage(start);
