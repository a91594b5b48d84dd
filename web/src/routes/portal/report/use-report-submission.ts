import { useCallback, useState } from 'react';
import type { ReportSubmissionBody } from './request-body.js';
import type { SubmitFailure } from './submit-failure.js';
import { submitReport, type SubmitOutcome } from './submit-report.js';

export interface ReportSubmission {
  sending: boolean;
  /** The files of the submission under way (the form's list may change meanwhile). */
  files: readonly File[];
  /** Fraction (0–1) of each of those files sent. */
  progress: number[];
  failure: SubmitFailure | undefined;
  send: (body: ReportSubmissionBody, files: readonly File[]) => Promise<SubmitOutcome>;
  clearFailure: () => void;
}

/** Sends the report once at a time, keeping the upload progress and the reason of a failure. */
export function useReportSubmission(): ReportSubmission {
  const [sending, setSending] = useState(false);
  const [progress, setProgress] = useState<number[]>([]);
  const [sendingFiles, setSendingFiles] = useState<readonly File[]>([]);
  const [failure, setFailure] = useState<SubmitFailure | undefined>();
  const send = useCallback(async (body: ReportSubmissionBody, files: readonly File[]) => {
    setSending(true);
    setFailure(undefined);
    setSendingFiles(files);
    setProgress(files.map(() => 0));
    const outcome = await submitReport({ body, files, onProgress: setProgress });
    setSending(false);
    if (outcome.kind === 'network') setFailure({ kind: 'network' });
    else if (outcome.kind === 'refused') {
      setFailure({
        kind: 'refused',
        status: outcome.status,
        code: outcome.problem?.code,
        retryAt: outcome.retryAt,
      });
    }
    return outcome;
  }, []);
  const clearFailure = useCallback(() => setFailure(undefined), []);
  return { sending, files: sendingFiles, progress, failure, send, clearFailure };
}
