import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CaseMessages } from './case-messages.js';
import { CasePanel } from './case-panel.js';
import { SeverityPanel } from './severity-panel.js';
import { StaffPage } from './staff-gate.js';
import { SimilarList, SubmittedReport } from './submitted-report.js';
import { useCaseFile } from './use-case-file.js';

/** `/console/reports/:id`: one report with its case, similar reports and messages. */
export function ReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <StaffPage title={t('console.report.title', { id })}>
      {(account) => <ReportContent id={id} account={account} />}
    </StaffPage>
  );
}

function ReportContent({
  id,
  account,
}: {
  id: string;
  account: Parameters<typeof CasePanel>[0]['account'];
}) {
  const { t } = useTranslation();
  const { state, reload } = useCaseFile(id);
  if (state.kind === 'loading') {
    return (
      <p role="status" className="muted">
        {t('console.loading')}
      </p>
    );
  }
  if (state.kind !== 'ready') {
    return (
      <p role="alert" className="panel notice-warn">
        {state.kind === 'missing' ? t('console.report.missing') : t('console.network')}{' '}
        <Link to="/console">{t('console.report.back')}</Link>
      </p>
    );
  }
  const { file } = state;
  const title = typeof file.report.report.title === 'string' ? file.report.report.title : '';
  return (
    <>
      <p className="lead">{title}</p>
      <div className="report-columns">
        <div>
          <SubmittedReport report={file.report} />
          <CaseMessages reportId={id} messages={file.messages} onPosted={reload} />
        </div>
        <div>
          <CasePanel reportId={id} view={file.case} account={account} onChanged={reload} />
          <SeverityPanel
            reportId={id}
            severity={file.case.severity}
            cvss31={
              file.report.cvss?.vector.startsWith('CVSS:3.1/') === true
                ? file.report.cvss.vector
                : undefined
            }
            onSaved={reload}
          />
          <SimilarList items={file.similar} />
        </div>
      </div>
    </>
  );
}
