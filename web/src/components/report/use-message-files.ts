import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageOutcome } from '../../api/post-message.js';
import { fieldErrorText, type FieldError } from '../../api/problem.js';
import { isAttachmentPath } from './attachment-picker.js';

export interface MessageFiles {
  files: readonly File[];
  /** The files of the message under way (the list may change meanwhile); undefined when idle. */
  sending: readonly File[] | undefined;
  /** Fraction (0–1) of each of those files sent. */
  progress: readonly number[];
  /** Changes the list, dropping the objections to files, which name them by position. */
  pick: (files: File[]) => void;
  /** The texts of the server's last objections to `path`, for beside its field. */
  refusedAt: (path: string) => string[];
  /** The texts of its last objections that no field shows (neither `body` nor a file). */
  refusedElsewhere: () => string[];
  /**
   * Sends the message through `post` with the files and a progress callback; keeps the
   * server's objections, and takes the files sent off the list once the message is sent.
   */
  send: (
    post: (
      files: readonly File[],
      onProgress: (perFile: number[]) => void,
    ) => Promise<MessageOutcome>,
  ) => Promise<MessageOutcome>;
}

/** The files of a message form (staff console, tracking page) and what the server said of them. */
export function useMessageFiles(): MessageFiles {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [sending, setSending] = useState<readonly File[]>();
  const [progress, setProgress] = useState<number[]>([]);
  const [refused, setRefused] = useState<readonly FieldError[]>([]);

  const pick = useCallback((next: File[]) => {
    setFiles(next);
    setRefused((errors) => errors.filter((e) => !isAttachmentPath(e.path)));
  }, []);

  const send: MessageFiles['send'] = async (post) => {
    const sent = files;
    setSending(sent);
    setProgress(sent.map(() => 0));
    setRefused([]);
    let outcome: MessageOutcome;
    try {
      outcome = await post(sent, setProgress);
    } finally {
      setSending(undefined);
    }
    if (outcome.kind === 'refused') setRefused(outcome.errors);
    // Files picked while these went stay for the next message.
    if (outcome.kind === 'sent') setFiles((now) => now.filter((f) => !sent.includes(f)));
    return outcome;
  };

  const refusedAt = (path: string) =>
    refused.filter((e) => e.path === path).map((e) => fieldErrorText(e, t));
  const refusedElsewhere = () =>
    refused
      .filter((e) => e.path !== 'body' && !isAttachmentPath(e.path, files.length))
      .map((e) => fieldErrorText(e, t));

  return { files, sending, progress, pick, refusedAt, refusedElsewhere, send };
}
