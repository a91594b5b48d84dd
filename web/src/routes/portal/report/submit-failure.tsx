import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/date-time.js';

export type SubmitFailure =
  | { kind: 'network' }
  | { kind: 'refused'; status: number; code: string | undefined; retryAt: Date | undefined };

export interface SubmitFailureNoticeProps {
  failure: SubmitFailure;
  maxFiles: number;
  maxMb: number;
  /** For an expired session: drop it and send the report anonymously. */
  onSendAnonymously: () => void;
}

/**
 * Why the report was not accepted, when the reason is not a field to correct (those are listed
 * by the error summary): too large, wrong format, too many reports, an expired session, an outage.
 * The draft is always kept.
 */
export function SubmitFailureNotice({
  failure,
  maxFiles,
  maxMb,
  onSendAnonymously,
}: SubmitFailureNoticeProps) {
  const { t } = useTranslation();
  const status = failure.kind === 'refused' ? failure.status : 0;
  let message;
  if (failure.kind === 'network') message = t('report.submit.failure.network');
  else if (status === 401) message = t('report.submit.failure.sessionExpired');
  else if (status === 403 && failure.code === 'csrf-failed')
    message = t('report.submit.failure.csrf');
  else if (status === 413)
    message = t('report.submit.failure.tooLarge', { max: maxFiles, mb: maxMb });
  else if (status === 415) message = t('report.submit.failure.unsupported');
  else if (status === 429) {
    message =
      failure.kind === 'refused' && failure.retryAt !== undefined ? (
        <>
          {t('report.submit.failure.rateLimited')}{' '}
          <DateTime value={failure.retryAt.toISOString()} />
        </>
      ) : (
        t('report.submit.failure.rateLimitedLater')
      );
  } else if (status >= 500) message = t('report.submit.failure.server', { status });
  else message = t('report.submit.failure.other', { status });

  return (
    <div className="panel notice-warn submit-failure" role="alert">
      <p>
        <strong>{t('report.submit.failure.heading')}</strong>
      </p>
      <p>{message}</p>
      {status === 401 && (
        <p className="actions">
          <Link className="button" to="/account">
            {t('report.submit.failure.signIn')}
          </Link>
          <button type="button" className="button" onClick={onSendAnonymously}>
            {t('report.submit.failure.sendAnonymously')}
          </button>
        </p>
      )}
      <p className="hint">{t('report.submit.failure.draftKept')}</p>
    </div>
  );
}
