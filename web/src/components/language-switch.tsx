import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, currentLanguage, type Language } from '../i18n/index.js';

/** A select that changes the language at once; the choice persists (localStorage). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span>{t('common.language.label')}</span>
      <select
        name="language"
        value={currentLanguage(i18n.resolvedLanguage)}
        onChange={(e) => void changeLanguage(e.target.value as Language)}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`common.language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
