import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CaseFactsPanel } from './case-facts-panel.js';
import { CaseMessages } from './case-messages.js';
import { CasePanel } from './case-panel.js';
import { SeverityPanel } from './severity-panel.js';
import { StaffPage } from './staff-gate.js';
import { may } from './staff-roles.js';
import { SimilarList, SubmittedReport } from './submitted-report.js';
import { useCaseFile } from './use-case-file.js';

/**
 * `/console/reports/:id`: one report with its case, case facts, severity, similar reports and
 * messages. Controls the account's role may not use (its session's `abilities`) are left out;
 * what they would change is shown read-only.
 */
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
          <SubmittedReport report={file.report} timeline={file.case.timeline} />
          <CaseMessages
            reportId={id}
            messages={file.messages}
            canMessage={may(account, 'report.message.write')}
            canNote={may(account, 'report.note.write')}
            onPosted={reload}
          />
        </div>
        <div>
          <CasePanel reportId={id} view={file.case} account={account} onChanged={reload} />
          <CaseFactsPanel
            reportId={id}
            view={file.case}
            editable={may(account, 'report.case.edit')}
            onSaved={reload}
          />
          <SeverityPanel
            reportId={id}
            view={file.case}
            cvss31={
              file.report.cvss?.vector.startsWith('CVSS:3.1/') === true
                ? file.report.cvss.vector
                : undefined
            }
            editable={may(account, 'report.severity.edit')}
            onSaved={reload}
          />
          <SimilarList items={file.similar} />
        </div>
      </div>
    </>
  );
}
