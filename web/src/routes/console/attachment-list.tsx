import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../components/report/file-size.js';

export interface AttachmentItem {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Files of a report or of a message, each a download link (the server always answers them as
 * downloads, never to be shown in the page) with its size and SHA-256.
 */
export function AttachmentList({
  reportId,
  files,
}: {
  reportId: string;
  files: readonly AttachmentItem[];
}) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <ul className="attachments">
      {files.map((a) => (
        <li key={a.id}>
          <a
            href={`/api/v1/reports/${encodeURIComponent(reportId)}/attachments/${encodeURIComponent(a.id)}`}
            download={a.filename}
          >
            {a.filename}
          </a>{' '}
          ({a.contentType}, {formatFileSize(a.size, language)}){' '}
          <span className="mono muted">SHA-256 {a.sha256}</span>
        </li>
      ))}
    </ul>
  );
}
