import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../components/report/file-size.js';
import { FORM_STEPS } from './form-steps.js';
import type { ReportLanguage } from '../../../api/report-body.js';
import type { ReportFormState, TextField } from './form-state.js';
import { normalizeCwe } from './request-body.js';

export interface PreviewSectionProps {
  state: ReportFormState;
  files: readonly File[];
  pageLanguage: ReportLanguage;
  /** Goes back to a step to change it. */
  onEdit: (step: number) => void;
}

/** The preview: everything the report will say, read-only, with a way back to each step. */
export function PreviewSection({ state, files, pageLanguage, onEdit }: PreviewSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const text = (field: TextField) => state.text[field].trim();
  const steps = state.reproductionSteps.filter((s) => s.trim() !== '');
  const cwe = normalizeCwe(text('issueType.cwe'));
  const impactType = text('impact.type');
  const credit = text('reporter.credit');
  const planned = text('disclosure.plannedDate');

  const item = (field: TextField, value: ReactNode = text(field), block?: 'pre' | 'wrap') => (
    <PreviewItem key={field} label={t(`report.fields.${field}.label`)} block={block}>
      {value}
    </PreviewItem>
  );

  const sections: Record<(typeof FORM_STEPS)[number]['id'], ReactNode> = {
    issue: [
      item('title'),
      item('issueType.cwe', cwe === undefined ? '' : `${cwe} ${state.cweName}`.trim()),
      item('issueType.description', undefined, 'wrap'),
    ],
    affected: [
      item('affected.product'),
      item('affected.version'),
      item('affected.url'),
      item('updatesInstalled', undefined, 'wrap'),
      item('configuration', undefined, 'wrap'),
    ],
    reproduction: (
      <PreviewItem label={t('report.fields.reproductionSteps.label')}>
        {steps.length > 0 && (
          <ol>
            {steps.map((s, i) => (
              <li key={i} className="wrap">
                {s}
              </li>
            ))}
          </ol>
        )}
      </PreviewItem>
    ),
    proof: [
      item('proofOfConcept', undefined, 'pre'),
      <PreviewItem key="attachments" label={t('report.attachments.label')}>
        {files.length > 0 && (
          <ul className="plain-list">
            {files.map((f) => (
              <li key={`${f.name}:${f.size}:${f.lastModified}`}>
                {f.name} <span className="hint">{formatFileSize(f.size, language)}</span>
              </li>
            ))}
          </ul>
        )}
      </PreviewItem>,
    ],
    impact: [
      item('impact.type', impactType === '' ? '' : t(`report.impactTypes.${impactType}`)),
      item('impact.description', undefined, 'wrap'),
      item('analysis', undefined, 'wrap'),
    ],
    cvss: item('cvss', text('cvss') === '' ? '' : <span className="mono">{text('cvss')}</span>),
    contact: [
      item('reporter.email'),
      item('reporter.name'),
      item('reporter.handle'),
      item('reporter.affiliation'),
      item('reporter.credit', credit === '' ? '' : t(`report.credit.${credit}`)),
      item('reporter.pgpKey', undefined, 'pre'),
      <PreviewItem key="language" label={t('report.fields.language.label')}>
        {t(`common.language.${state.language ?? pageLanguage}`)}
      </PreviewItem>,
    ],
    disclosure: [
      item('disclosure.plannedDate', planned === '' ? '' : formatDate(planned, language)),
      item('disclosure.notes', undefined, 'wrap'),
    ],
    preview: null,
  };

  return (
    <div className="preview">
      {FORM_STEPS.map((step, index) =>
        step.id === 'preview' ? null : (
          <section key={step.id} className="preview-section" aria-labelledby={`preview-${step.id}`}>
            <div className="preview-head">
              <h3 id={`preview-${step.id}`}>{t(`report.stepTitles.${step.id}`)}</h3>
              <button type="button" className="button small" onClick={() => onEdit(index)}>
                {t('report.preview.edit')}
                <span className="visually-hidden"> {t(`report.stepTitles.${step.id}`)}</span>
              </button>
            </div>
            <dl>{sections[step.id]}</dl>
          </section>
        ),
      )}
    </div>
  );
}

function PreviewItem({
  label,
  block,
  children,
}: {
  label: string;
  block?: 'pre' | 'wrap';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const empty =
    children === '' || children === undefined || children === null || children === false;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {empty ? (
          <span className="muted">{t('report.preview.notGiven')}</span>
        ) : block === 'pre' ? (
          // It may scroll: keyboard users reach it with Tab, and hear what it holds.
          <pre className="preview-pre" tabIndex={0} role="group" aria-label={label}>
            {children}
          </pre>
        ) : (
          <span className={block === 'wrap' ? 'wrap' : undefined}>{children}</span>
        )}
      </dd>
    </>
  );
}

/** A calendar date (YYYY-MM-DD) in words; a date has no time of day, so no time zone applies. */
function formatDate(date: string, language: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}
