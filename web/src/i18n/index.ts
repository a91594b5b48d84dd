/**
 * English and Japanese, complete. The language follows the browser until the user picks one;
 * the choice persists in localStorage and <html lang> follows it (`language.ts`).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LAZY_AREAS, type LazyArea } from './areas.js';
import { LANGUAGES, detectLanguage, storeLanguage, type Language } from './language.js';
import enCommon from './locales/en/common.json';
import enHome from './locales/en/home.json';
import jaCommon from './locales/ja/common.json';
import jaHome from './locales/ja/home.json';

export { LANGUAGES, LANGUAGE_STORAGE_KEY, type Language } from './language.js';
export { LAZY_AREAS, type LazyArea } from './areas.js';

/**
 * One file per area and language; keys are `<area>.<key>`, e.g. `t('home.title')`. The shell and
 * the home page's texts are in the first bundle; every other area is loaded with its page, in
 * the current language (`loadAreas`); `changeLanguage` fetches the other language's files first.
 */
export const resources = {
  en: { translation: { common: enCommon, home: enHome } },
  ja: { translation: { common: jaCommon, home: jaHome } },
} as const;

/** Every area, loaded up front or with its page. */
export const AREAS = [...Object.keys(resources.en.translation), ...Object.keys(LAZY_AREAS)];

const loaded = new Map<string, Promise<void>>();
const requested = new Set<LazyArea>();

function loadArea(area: LazyArea, lng: Language): Promise<void> {
  const key = `${lng}/${area}`;
  let done = loaded.get(key);
  if (done === undefined) {
    done = LAZY_AREAS[area][lng]().then(({ default: texts }) => {
      i18n.addResourceBundle(lng, 'translation', { [area]: texts }, true, true);
    });
    loaded.set(key, done);
  }
  return done;
}

/** Adds the texts of the given areas in the current language (each file is fetched once). */
export async function loadAreas(...areas: LazyArea[]): Promise<void> {
  for (const a of areas) requested.add(a);
  // The router starts loading the first page when its module is evaluated, before main.tsx
  // runs initI18n(): without this the language is not decided yet and English is loaded.
  initI18n();
  const lng = currentLanguage(i18n.resolvedLanguage ?? i18n.language);
  await Promise.all(areas.map((a) => loadArea(a, lng)));
}

/** Switches language once the texts of every area in use are there, so no key flashes. */
export async function changeLanguage(lng: Language): Promise<void> {
  await Promise.all([...requested].map((a) => loadArea(a, lng)));
  storeLanguage(lng);
  await i18n.changeLanguage(lng);
}

export function initI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n.use(initReactI18next).init({
    resources,
    lng: detectLanguage(),
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const sync = (lng: string) => {
    document.documentElement.lang = currentLanguage(lng);
  };
  sync(i18n.resolvedLanguage ?? i18n.language);
  i18n.on('languageChanged', sync);
  return i18n;
}

export function currentLanguage(lng: string | undefined = i18n.resolvedLanguage): Language {
  return lng?.startsWith('ja') ? 'ja' : 'en';
}

export default i18n;
