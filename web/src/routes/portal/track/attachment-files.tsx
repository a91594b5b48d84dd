import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../../components/report/file-size.js';
import { currentLanguage } from '../../../i18n/index.js';
import { attachmentUrl, downloadWithToken, type DownloadOutcome } from './attachment-download.js';
import type { AttachmentView, ReportAccess } from './report-access.js';

/**
 * Files of the report or of a message: name, size and SHA-256 (to compare with the originals),
 * each with a download. With the session it is a plain link; with a tracking token a button
 * that fetches the file with the token, and says so when that fails.
 */
export function AttachmentFiles({
  reportId,
  access,
  files,
  label,
}: {
  reportId: string;
  access: ReportAccess;
  files: readonly AttachmentView[];
  /** Names the list when no heading does (the files of a message). */
  label?: string;
}) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  return (
    <ul className="track-files" aria-label={label}>
      {files.map((f) => (
        <li key={f.id}>
          <span className="track-file-name">{f.filename}</span>{' '}
          <span className="muted">({formatFileSize(f.size, language)})</span>
          <FileHash sha256={f.sha256} />
          <Download reportId={reportId} access={access} file={f} />
        </li>
      ))}
    </ul>
  );
}

function FileHash({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  return (
    <span className="track-file-hash">
      <span className="hint">{t('track.files.sha256')}</span> <code>{sha256}</code>
    </span>
  );
}

function Download({
  reportId,
  access,
  file,
}: {
  reportId: string;
  access: ReportAccess;
  file: AttachmentView;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<DownloadOutcome>();

  if (access.kind === 'session') {
    return (
      <span className="track-file-download">
        <a
          className="button"
          href={attachmentUrl(reportId, file.id)}
          download={file.filename}
          aria-label={t('track.files.downloadNamed', { name: file.filename })}
        >
          {t('track.files.download')}
        </a>
      </span>
    );
  }
  const download = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome(undefined);
    setOutcome(await downloadWithToken(reportId, file.id, file.filename, access.token));
    setBusy(false);
  };
  return (
    <span className="track-file-download">
      <button
        type="button"
        className="button"
        aria-disabled={busy || undefined}
        aria-label={
          busy
            ? t('track.files.downloadingNamed', { name: file.filename })
            : t('track.files.downloadNamed', { name: file.filename })
        }
        onClick={() => void download()}
      >
        {busy ? t('track.files.downloading') : t('track.files.download')}
      </button>
      <span role="alert" className="field-error">
        {outcome === 'not-found' && t('track.files.downloadNotFound', { name: file.filename })}
        {outcome === 'failed' && t('track.files.downloadFailed', { name: file.filename })}
      </span>
    </span>
  );
}
