import { useTranslation } from 'react-i18next';
import type { Tier } from '../../../components/report/quality-meter.js';
import { overallPercent, UploadList } from '../../../components/report/upload-list.js';

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
  const overall = overallPercent(files, progress);
  return (
    <div className="submit-panel">
      {tier === 'insufficient' && (
        <p className="panel notice-warn">{t('report.submit.insufficient')}</p>
      )}
      <p>{t('report.submit.beforeSending')}</p>
      {sending && files.length > 0 && <UploadList files={files} progress={progress} />}
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
