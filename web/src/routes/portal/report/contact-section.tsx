import { useTranslation } from 'react-i18next';
import {
  CREDIT_PREFERENCES,
  REPORT_LANGUAGES,
  type ReportLanguage,
} from '../../../api/report-body.js';
import { useReportForm } from './form-context.js';
import { ReportTextField } from './text-field.js';

/** Step 7: who the researcher is, how to credit them, their PGP key, the language we answer in. */
export function ContactSection({ pageLanguage }: { pageLanguage: ReportLanguage }) {
  const { t } = useTranslation();
  const { state, setText, update, errorsAt } = useReportForm();
  const language = state.language ?? pageLanguage;
  const creditErrors = errorsAt('reporter.credit');
  return (
    <>
      <ReportTextField field="reporter.email" type="email" required autoComplete="email" />
      <ReportTextField field="reporter.name" autoComplete="name" />
      <ReportTextField field="reporter.handle" autoComplete="nickname" />
      <ReportTextField field="reporter.affiliation" autoComplete="organization" />
      <fieldset
        className="choice-group field"
        aria-describedby={creditErrors.length > 0 ? 'credit-hint credit-errors' : 'credit-hint'}
      >
        <legend>{t('report.fields.reporter.credit.label')}</legend>
        <p className="hint" id="credit-hint">
          {t('report.fields.reporter.credit.hint')}
        </p>
        {CREDIT_PREFERENCES.map((credit) => (
          <label key={credit} className="choice">
            <input
              type="radio"
              name="reporter.credit"
              value={credit}
              checked={state.text['reporter.credit'] === credit}
              onChange={() => setText('reporter.credit', credit)}
            />
            {t(`report.credit.${credit}`)}
          </label>
        ))}
        {creditErrors.length > 0 && (
          <p className="field-error" id="credit-errors">
            {creditErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <ReportTextField field="reporter.pgpKey" rows={6} mono />
      <fieldset className="choice-group field" aria-describedby="language-hint">
        <legend>{t('report.fields.language.label')}</legend>
        <p className="hint" id="language-hint">
          {t('report.fields.language.hint')}
        </p>
        {REPORT_LANGUAGES.map((l) => (
          <label key={l} className="choice" lang={l}>
            <input
              type="radio"
              name="language"
              value={l}
              checked={language === l}
              onChange={() => update((s) => ({ ...s, language: l }))}
            />
            {t(`common.language.${l}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
