/**
 * Which language the app speaks, decided without i18next so that the first page's texts can be
 * requested before the i18n library has even been evaluated (`start-page.ts`): the language the
 * user picked (localStorage), else the first of the browser's languages the app has, else English.
 */
export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'vd.lang';

/** The app's language for a language tag: `ja-JP` → `ja`; anything unsupported → undefined. */
export function supportedLanguage(tag: string | null | undefined): Language | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base);
}

/** The language the user picked, if any (storage may be unavailable: private modes, policies). */
export function storedLanguage(): Language | undefined {
  try {
    return supportedLanguage(localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

export function storeLanguage(lng: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // The choice then lasts for this page only.
  }
}

/** The stored choice, else the first supported browser language, else English. */
export function detectLanguage(
  browser: readonly string[] = navigator.languages.length > 0
    ? navigator.languages
    : [navigator.language],
): Language {
  const stored = storedLanguage();
  if (stored !== undefined) return stored;
  for (const tag of browser) {
    const lng = supportedLanguage(tag);
    if (lng !== undefined) return lng;
  }
  return 'en';
}
