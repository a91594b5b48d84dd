import type { ReactNode } from 'react';
import { AttachmentPicker } from './attachment-picker.js';
import { UploadList } from './upload-list.js';
import type { MessageFiles } from './use-message-files.js';

/** The files of a message form: the picker, and each file's progress while they are sent. */
export function MessageFilesField({
  state,
  maxFiles,
  maxMb,
  label,
  hint,
}: {
  state: MessageFiles;
  maxFiles: number;
  maxMb: number;
  label: ReactNode;
  hint: ReactNode;
}) {
  return (
    <>
      <AttachmentPicker
        files={state.files}
        onChange={state.pick}
        maxFiles={maxFiles}
        maxMb={maxMb}
        label={label}
        hint={hint}
        errorsAt={state.refusedAt}
      />
      {state.sending !== undefined && state.sending.length > 0 && (
        <UploadList files={state.sending} progress={state.progress} />
      )}
    </>
  );
}
