import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../field.js';
import { acceptFiles, type RejectedFile } from './accept-files.js';
import { formatFileSize } from './file-size.js';
import './files.css';

export interface AttachmentPickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  maxFiles: number;
  maxMb: number;
  label: ReactNode;
  hint: ReactNode;
  /** The messages to show beside the control (`attachments`) or a file (`attachments[0]`). */
  errorsAt: (name: string) => readonly string[];
}

/**
 * File attachments (`attachments`) of the report form and of messages: size and count are
 * checked here before anything is sent; the files picked are listed, each with a way to remove
 * it and the server's objection to it, if any.
 */
export function AttachmentPicker({
  files,
  onChange,
  maxFiles,
  maxMb,
  label,
  hint,
  errorsAt,
}: AttachmentPickerProps) {
  const { t, i18n } = useTranslation();
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <>
      <Field name="attachments" label={label} hint={hint} errors={errorsAt('attachments')}>
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
          <ul className="field-error file-rejected">
            {rejected.map((r) => (
              <li key={`${r.name}:${r.reason}`}>
                {t(`common.files.rejected.${r.reason}`, { name: r.name, max: maxFiles, mb: maxMb })}
              </li>
            ))}
          </ul>
        )}
      </div>
      {files.length > 0 && (
        <ul className="file-list" aria-label={t('common.files.listLabel')}>
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
                  {t('common.files.remove')}
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

/**
 * Whether the picker shows the errors of `path`: the control's, or a file's (of the first
 * `count` files, when given).
 */
export function isAttachmentPath(path: string, count = Infinity): boolean {
  if (path === 'attachments') return true;
  const index = /^attachments\[(\d+)\]$/.exec(path)?.[1];
  return index !== undefined && Number(index) < count;
}
