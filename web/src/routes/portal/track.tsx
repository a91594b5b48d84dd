/**
 * `/track`: a reporter follows a report. With its number and tracking token (the token is kept
 * in this tab's sessionStorage only, never in the address), or, when signed in, from the list of
 * the account's reports. Shows the status in the reporter's terms with what happens next, times
 * with their time zone, quality, the messages with the security team and a reply form (the
 * team's question first while it waits for an answer), timeline and files, and "ask for a
 * response" once the first-response time has passed.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/session.js';
import { AccountReports } from './track/account-reports.js';
import { ReportArea } from './track/report-area.js';
import { forgetToken, readToken, storeToken } from './track/token-store.js';
import { TrackForm, type FormOutcome } from './track/track-form.js';
import { useReport, type OpenRequest } from './track/use-report.js';
import './track/track.css';

export function Track() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const idParam = params.get('id')?.trim() ?? '';
  const [request, setRequest] = useState<OpenRequest>();
  const { state, reload } = useReport(request);

  // A report named in the address opens with its stored token, or with the session.
  useEffect(() => {
    if (idParam === '' || request?.id === idParam) return;
    const token = readToken(idParam);
    if (token !== undefined) {
      setRequest({ id: idParam, access: { kind: 'token', token }, asked: false });
    } else if (session !== undefined && session !== null) {
      setRequest({ id: idParam, access: { kind: 'session' }, asked: false });
    }
  }, [idParam, session, request]);

  // A token that no longer opens its report is forgotten.
  useEffect(() => {
    if (state.status === 'not-found' && state.request.access.kind === 'token') {
      forgetToken(state.request.id);
    }
  }, [state]);

  const show = useCallback(
    (id: string) => {
      if (id !== idParam) setParams({ id }, { replace: true, preventScrollReset: true });
    },
    [idParam, setParams],
  );

  const openWithToken = (id: string, token: string) => {
    storeToken(id, token);
    setRequest({ id, access: { kind: 'token', token }, asked: true });
    show(id);
  };

  const openFromAccount = (id: string) => {
    const token = readToken(id);
    setRequest({
      id,
      access: token !== undefined ? { kind: 'token', token } : { kind: 'session' },
      asked: true,
    });
  };

  const outcome = useMemo<FormOutcome>(() => {
    if (state.status !== 'not-found' && state.status !== 'invalid' && state.status !== 'failed') {
      return undefined;
    }
    const { asked, access } = state.request;
    return asked && access.kind === 'token' ? { kind: state.status } : undefined;
  }, [state]);

  const needsTokenFor =
    idParam !== '' && session === null && readToken(idParam) === undefined ? idParam : undefined;

  return (
    <article className="track">
      <h1>{t('track.title')}</h1>
      <p className="lead">{t('track.lead')}</p>
      <div className="track-open">
        <TrackForm
          initialId={idParam}
          outcome={outcome}
          busy={state.status === 'loading' && state.request.asked}
          onOpen={openWithToken}
        />
        <AccountReports onOpen={openFromAccount} />
      </div>
      <ReportArea state={state} needsTokenFor={needsTokenFor} onChanged={reload} />
    </article>
  );
}
