import { useTranslation } from 'react-i18next';
import { AttachmentFiles } from './attachment-files.js';
import type { AttachmentView, ReportAccess } from './report-access.js';

/** The files sent with the report: name, size and SHA-256, each with a download. */
export function ReportFiles({
  reportId,
  access,
  files,
}: {
  reportId: string;
  access: ReportAccess;
  files: readonly AttachmentView[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="track-files-heading">
      <h3 id="track-files-heading">{t('track.files.heading')}</h3>
      {files.length === 0 ? (
        <p>{t('track.files.none')}</p>
      ) : (
        <AttachmentFiles reportId={reportId} access={access} files={files} />
      )}
    </section>
  );
}
