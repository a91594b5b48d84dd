import { useTranslation } from 'react-i18next';
import { ReportView } from './report-view.js';
import type { ReportState } from './use-report.js';

/**
 * Below the forms: the open report, or what is happening. Failures of a report asked for with
 * the form are shown in the form itself; the others here.
 */
export function ReportArea({
  state,
  needsTokenFor,
  onChanged,
}: {
  state: ReportState;
  /** A report named in the address that cannot be opened without its token. */
  needsTokenFor: string | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  switch (state.status) {
    case 'idle':
      return needsTokenFor === undefined ? null : (
        <p className="panel">{t('track.report.needsToken', { id: needsTokenFor })}</p>
      );
    case 'loading':
      return (
        <p role="status" className="muted track-loading">
          {t('track.report.loading')}
        </p>
      );
    case 'open':
      return (
        <ReportView
          report={state.report}
          followUp={state.followUp}
          messages={state.messages}
          access={state.request.access}
          focus={state.request.asked}
          onChanged={onChanged}
        />
      );
    case 'not-found':
    case 'invalid':
    case 'failed':
      if (state.request.asked && state.request.access.kind === 'token') return null;
      return (
        <p className="panel notice-warn" role="alert">
          {state.status === 'failed'
            ? t('common.error.network')
            : t('track.report.unavailable', { id: state.request.id })}
        </p>
      );
  }
}
