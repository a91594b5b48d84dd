/**
 * English and Japanese, complete. The language follows the browser until the user picks one;
 * the choice persists in localStorage and <html lang> follows it.
 */
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import enAccount from './locales/en/account.json';
import enCommon from './locales/en/common.json';
import enHelp from './locales/en/help.json';
import enHome from './locales/en/home.json';
import enReport from './locales/en/report.json';
import enTrack from './locales/en/track.json';
import jaAccount from './locales/ja/account.json';
import jaCommon from './locales/ja/common.json';
import jaHelp from './locales/ja/help.json';
import jaHome from './locales/ja/home.json';
import jaReport from './locales/ja/report.json';
import jaTrack from './locales/ja/track.json';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'vd.lang';

/** One file per area and language; keys are `<area>.<key>`, e.g. `t('home.title')`. */
export const resources = {
  en: {
    translation: {
      common: enCommon,
      home: enHome,
      help: enHelp,
      report: enReport,
      track: enTrack,
      account: enAccount,
    },
  },
  ja: {
    translation: {
      common: jaCommon,
      home: jaHome,
      help: jaHelp,
      report: jaReport,
      track: jaTrack,
      account: jaAccount,
    },
  },
} as const;

export function initI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
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
