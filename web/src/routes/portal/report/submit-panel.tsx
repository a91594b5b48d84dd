import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tier } from '../../../components/report/quality-meter.js';

export interface SubmitPanelProps {
  files: readonly File[];
  sending: boolean;
  /** Fraction (0–1) of each file sent so far. */
  progress: readonly number[];
  tier: Tier | undefined;
}

/** Before sending: a word on the quality tier; while sending: progress, per file. */
export function SubmitPanel({ files, sending, progress, tier }: SubmitPanelProps) {
  const { t } = useTranslation();
  const listId = useId();
  const overall =
    files.length === 0
      ? undefined
      : Math.round(
          (progress.reduce((sum, p, i) => sum + p * (files[i]?.size ?? 0), 0) /
            Math.max(
              1,
              files.reduce((sum, f) => sum + f.size, 0),
            )) *
            100,
        );
  return (
    <div className="submit-panel">
      {tier === 'insufficient' && (
        <p className="panel notice-warn">{t('report.submit.insufficient')}</p>
      )}
      <p>{t('report.submit.beforeSending')}</p>
      {sending && files.length > 0 && (
        <ul className="upload-list" id={listId} aria-label={t('report.submit.uploads')}>
          {files.map((file, i) => {
            const percent = Math.round((progress[i] ?? 0) * 100);
            return (
              <li key={`${file.name}:${file.size}:${file.lastModified}`}>
                <span className="file-name" id={`${listId}-${i}`}>
                  {file.name}
                </span>
                <progress max={100} value={percent} aria-labelledby={`${listId}-${i}`} />
                <span className="hint">{t('report.submit.percent', { percent })}</span>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="submit-status">
        {sending
          ? overall === undefined
            ? t('report.submit.sending')
            : // Announced in steps of 10 % so screen readers are not flooded.
              t('report.submit.uploading', { percent: Math.floor(overall / 10) * 10 })
          : ''}
      </p>
    </div>
  );
}
