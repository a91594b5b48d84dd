import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './files.css';

/** While files are sent: each with a progress bar and the percentage sent. */
export function UploadList({
  files,
  progress,
}: {
  files: readonly File[];
  /** Fraction (0–1) of each file sent so far. */
  progress: readonly number[];
}) {
  const { t } = useTranslation();
  const listId = useId();
  return (
    <ul className="upload-list" id={listId} aria-label={t('common.files.uploads')}>
      {files.map((file, i) => {
        const percent = Math.round((progress[i] ?? 0) * 100);
        return (
          <li key={`${file.name}:${file.size}:${file.lastModified}`}>
            <span className="file-name" id={`${listId}-${i}`}>
              {file.name}
            </span>
            <progress max={100} value={percent} aria-labelledby={`${listId}-${i}`} />
            <span className="hint">{t('common.files.percent', { percent })}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The share (0–100) of all the files' bytes sent, or undefined when there are no files. */
export function overallPercent(
  files: readonly File[],
  progress: readonly number[],
): number | undefined {
  if (files.length === 0) return undefined;
  const sent = progress.reduce((sum, p, i) => sum + p * (files[i]?.size ?? 0), 0);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  return Math.round((sent / Math.max(1, total)) * 100);
}
