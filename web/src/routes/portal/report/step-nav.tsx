import { useTranslation } from 'react-i18next';
import { FORM_STEPS } from './form-steps.js';

export interface StepNavProps {
  current: number;
  /** Steps holding fields with errors, marked in words and with a sign (not colour alone). */
  withErrors: ReadonlySet<number>;
  onGo: (step: number) => void;
}

/** The list of steps; any step can be opened at any time (only a few fields are required). */
export function StepNav({ current, withErrors, onGo }: StepNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="step-nav" aria-label={t('report.stepNav.label')}>
      <ol>
        {FORM_STEPS.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              aria-current={i === current ? 'step' : undefined}
              onClick={() => onGo(i)}
            >
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="step-title">
                <span className="visually-hidden">{t('report.stepNav.number', { n: i + 1 })} </span>
                {t(`report.stepTitles.${step.id}`)}
              </span>
              {withErrors.has(i) && (
                <span className="step-flag">
                  <span aria-hidden="true">!</span>
                  <span className="visually-hidden"> {t('report.stepNav.hasErrors')}</span>
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
