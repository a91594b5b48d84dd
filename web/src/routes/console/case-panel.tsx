import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { SessionAccount } from '../../api/session.js';
import { DateTime } from '../../components/date-time.js';
import { may } from './staff-roles.js';
import { TransitionDialog } from './transition-dialog.js';
import { isFinal, type CaseState } from './transition-requirements.js';
import type { CaseView } from './use-case-file.js';

/**
 * The case: state, number, assignee, SLA clocks and the reporter's record, with the moves the
 * policy allows this account (`allowedTransitions`), or why there are none, and, when its role
 * may, assigning.
 */
export function CasePanel({
  reportId,
  view,
  account,
  onChanged,
}: {
  reportId: string;
  view: CaseView;
  account: SessionAccount;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState<CaseState>();
  const [assignFailed, setAssignFailed] = useState(false);
  const assign = async (assigneeId: string | null) => {
    setAssignFailed(false);
    try {
      const { response } = await api.POST('/api/v1/reports/{id}/assignee', {
        params: { path: { id: reportId } },
        body: { assigneeId },
      });
      if (response.ok) onChanged();
      else setAssignFailed(true);
    } catch {
      setAssignFailed(true);
    }
  };
  const mine = view.assignee?.id === account.id;

  return (
    <section className="panel case-panel" aria-labelledby="case-heading">
      <h2 id="case-heading">{t('console.case.heading')}</h2>
      <dl className="case-facts">
        <dt>{t('console.case.state')}</dt>
        <dd>{t(`console.status.${view.status}`)}</dd>
        <dt>{t('console.case.number')}</dt>
        <dd className="mono">{view.caseNumber ?? t('console.case.noNumber')}</dd>
        {view.disposition !== null && (
          <>
            <dt>{t('console.case.disposition')}</dt>
            <dd>
              {t(`console.disposition.${view.disposition}`)}
              {view.duplicateOf !== null && <> ({view.duplicateOf})</>}
              {view.dispositionReason !== null && <> — {view.dispositionReason}</>}
            </dd>
          </>
        )}
        <dt>{t('console.case.severity')}</dt>
        <dd>
          {view.severity === null
            ? t('console.severity.unrated')
            : t(`console.severity.${view.severity}`, { defaultValue: view.severity })}
        </dd>
        <dt>{t('console.case.assignee')}</dt>
        <dd>{view.assignee === null ? t('console.case.unassigned') : view.assignee.email}</dd>
        <dt>{t('console.case.reporter')}</dt>
        <dd>
          {t(`console.reporter.${view.reporter.label}`)} (
          {t('console.reporter.record', {
            valid: view.reporter.valid,
            invalid: view.reporter.invalid,
            submitted: view.reporter.submitted,
          })}
          )
          {view.reporter.overLimit !== null && (
            <>
              {' '}
              <span className="badge reporter-over-limit">
                {t('console.reporter.overLimit', {
                  reports: view.reporter.overLimit.count,
                  hours: view.reporter.overLimit.windowHours,
                  max: view.reporter.overLimit.max,
                })}
              </span>
            </>
          )}
        </dd>
      </dl>
      <h3>{t('console.case.slaHeading')}</h3>
      <ul className="sla-clocks">
        {view.sla.map((clock) => (
          <li key={clock.clock}>
            <strong>{t(`console.case.clock.${clock.clock}`)}</strong>:{' '}
            <span className={`badge sla-${clock.state}`}>
              {t(`console.case.clockState.${clock.state}`)}
            </span>{' '}
            {t('console.queue.due')} <DateTime value={clock.dueAt} />
            {clock.satisfiedAt !== null && (
              <>
                {' '}
                · {t('console.case.satisfied')} <DateTime value={clock.satisfiedAt} />
              </>
            )}
          </li>
        ))}
      </ul>
      {may(account, 'report.assign') && (
        <p className="actions">
          {!mine && (
            <button type="button" className="button" onClick={() => void assign(account.id)}>
              {t('console.case.assignMe')}
            </button>
          )}{' '}
          {view.assignee !== null && (
            <button type="button" className="button" onClick={() => void assign(null)}>
              {t('console.case.unassign')}
            </button>
          )}
        </p>
      )}
      {assignFailed && (
        <p role="alert" className="field-error">
          {t('console.case.assignFailed')}
        </p>
      )}
      {view.allowedTransitions.length > 0 ? (
        <>
          <h3>{t('console.case.movesHeading')}</h3>
          <p className="actions">
            {view.allowedTransitions.map((to) => (
              <button
                key={to}
                type="button"
                className="button"
                aria-expanded={moving === to}
                onClick={() => setMoving(to)}
              >
                {t('console.case.moveTo', { to: t(`console.status.${to}`) })}
              </button>
            ))}
          </p>
        </>
      ) : (
        <NoMoves status={view.status} account={account} />
      )}
      {moving !== undefined && (
        <TransitionDialog
          key={moving}
          reportId={reportId}
          from={view.status}
          to={moving}
          missingFacts={view.missingFacts.find((m) => m.to === moving)?.fields ?? []}
          canSetFacts={may(account, 'report.case.edit')}
          onCancel={() => setMoving(undefined)}
          onDone={() => {
            setMoving(undefined);
            onChanged();
          }}
        />
      )}
    </section>
  );
}

/**
 * Why there are no move buttons, in place of them: a role that moves no reports is told so; a
 * role that moves some (a triager, once the report is a case) learns that a case manager takes
 * it on. Nobody moves a closed report, so nothing is said there.
 */
function NoMoves({ status, account }: { status: CaseState; account: SessionAccount }) {
  const { t } = useTranslation();
  if (isFinal(status)) return null;
  return (
    <>
      <h3>{t('console.case.movesHeading')}</h3>
      <p className="muted">
        {may(account, 'report.transition')
          ? t('console.case.movesByCaseManager')
          : t('console.case.noMovesForRole')}
      </p>
    </>
  );
}
