import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../components/report/file-size.js';
import { currentLanguage } from '../../../i18n/index.js';
import type { ReportDetail } from './report-access.js';

/** The files sent with the report: name, size and SHA-256, to compare with the originals. */
export function ReportFiles({ files }: { files: ReportDetail['attachments'] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <section aria-labelledby="track-files-heading">
      <h3 id="track-files-heading">{t('track.files.heading')}</h3>
      {files.length === 0 ? (
        <p>{t('track.files.none')}</p>
      ) : (
        <ul className="track-files">
          {files.map((f) => (
            <li key={f.id}>
              <span className="track-file-name">{f.filename}</span>{' '}
              <span className="muted">({formatFileSize(f.size, language)})</span>
              <span className="track-file-hash">
                <span className="hint">{t('track.files.sha256')}</span> <code>{f.sha256}</code>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
