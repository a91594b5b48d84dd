import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.js';
import { formatFileSize } from '../../../components/report/file-size.js';
import { acceptFiles, type RejectedFile } from './attachments.js';
import { useReportForm } from './form-context.js';

export interface AttachmentPickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  maxFiles: number;
  maxMb: number;
  /** Files the restored draft had (drafts keep no files). */
  draftFileNames: readonly string[];
}

/** File attachments (`attachments`): size and count are checked here before anything is sent. */
export function AttachmentPicker({
  files,
  onChange,
  maxFiles,
  maxMb,
  draftFileNames,
}: AttachmentPickerProps) {
  const { t, i18n } = useTranslation();
  const { errorsAt } = useReportForm();
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const language = i18n.resolvedLanguage ?? 'en';
  const missingFromDraft = draftFileNames.filter((n) => !files.some((f) => f.name === n));
  return (
    <>
      <Field
        name="attachments"
        label={t('report.attachments.label')}
        hint={t('report.attachments.hint', { max: maxFiles, mb: maxMb })}
        errors={errorsAt('attachments')}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            multiple
            onChange={(e) => {
              const picked = Array.from(e.target.files ?? []);
              e.target.value = '';
              const result = acceptFiles(files, picked, {
                maxFiles,
                maxBytes: maxMb * 1_048_576,
              });
              setRejected(result.rejected);
              onChange(result.files);
            }}
          />
        )}
      </Field>
      <div role="alert">
        {rejected.length > 0 && (
          <ul className="field-error plain-list">
            {rejected.map((r) => (
              <li key={`${r.name}:${r.reason}`}>
                {t(`report.attachments.rejected.${r.reason}`, {
                  name: r.name,
                  max: maxFiles,
                  mb: maxMb,
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
      {missingFromDraft.length > 0 && (
        <p className="panel notice-warn">
          {t('report.attachments.draftHad', { names: missingFromDraft.join(', ') })}
        </p>
      )}
      {files.length > 0 && (
        <ul className="file-list" aria-label={t('report.attachments.listLabel')}>
          {files.map((file, i) => {
            const errors = errorsAt(`attachments[${i}]`);
            return (
              <li key={`${file.name}:${file.size}:${file.lastModified}`}>
                <span className="file-name">{file.name}</span>{' '}
                <span className="hint">{formatFileSize(file.size, language)}</span>
                {errors.length > 0 && <span className="field-error"> {errors.join(' ')}</span>}
                <button
                  type="button"
                  className="button small"
                  onClick={() => onChange(files.filter((_, j) => j !== i))}
                >
                  {t('report.attachments.remove')}
                  <span className="visually-hidden"> {file.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
