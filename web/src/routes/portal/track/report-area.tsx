import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadAreas } from '../../../i18n/index.js';
import type { ReportState } from './use-report.js';

/**
 * The open report's view, with the texts it shares with the report form (quality, CVSS): loaded
 * once a report is asked for, so the page that asks for one stays small. Both are fetched once.
 */
function loadReportView() {
  return Promise.all([import('./report-view.js'), loadAreas('report')]).then(([m]) => m);
}
const ReportView = lazy(() => loadReportView().then((m) => ({ default: m.ReportView })));

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
  // Fetched while the report is: the view is there when the report arrives.
  const asked = state.status !== 'idle';
  useEffect(() => {
    if (asked) void loadReportView();
  }, [asked]);
  const loading = (
    <p role="status" className="muted track-loading">
      {t('track.report.loading')}
    </p>
  );
  switch (state.status) {
    case 'idle':
      return needsTokenFor === undefined ? null : (
        <p className="panel">{t('track.report.needsToken', { id: needsTokenFor })}</p>
      );
    case 'loading':
      return loading;
    case 'open':
      return (
        <Suspense fallback={loading}>
          <ReportView
            report={state.report}
            followUp={state.followUp}
            messages={state.messages}
            access={state.request.access}
            focus={state.request.asked}
            onChanged={onChanged}
          />
        </Suspense>
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
