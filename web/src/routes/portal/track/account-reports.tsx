import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.js';
import type { paths } from '../../../api/schema.js';
import { forgetSession, useSession } from '../../../api/session.js';
import { DateTime } from '../../../components/date-time.js';
import { ResearcherStatusLabel } from '../../../components/report/researcher-status.js';

type ReportPage =
  paths['/api/v1/me/reports']['get']['responses'][200]['content']['application/json'];

/** The most recent few; the account pages list them all. */
const SHOWN = 5;

/**
 * For a signed-in researcher: the latest reports sent from the account, each opened on this page
 * without a token. While the session is being checked, a line of the same height holds the place.
 */
export function AccountReports({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <section className="track-account" aria-labelledby="track-account-heading">
      <h2 id="track-account-heading">{t('track.account.heading')}</h2>
      {session === undefined && (
        <p role="status" className="muted">
          {t('track.account.checking')}
        </p>
      )}
      {session === null && (
        <p>
          {t('track.account.signedOut')} <Link to="/account">{t('track.account.signIn')}</Link>
        </p>
      )}
      {session !== undefined && session !== null && <ReportList onOpen={onOpen} />}
    </section>
  );
}

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'done'; page: ReportPage };

function ReportList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    api
      .GET('/api/v1/me/reports', { params: { query: { limit: SHOWN } } })
      .then(({ data, response }) => {
        if (!live) return;
        if (response.status === 401) forgetSession();
        else setLoad(data === undefined ? { status: 'failed' } : { status: 'done', page: data });
      })
      .catch(() => {
        if (live) setLoad({ status: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  if (load.status === 'loading') {
    return (
      <p role="status" className="muted">
        {t('track.account.loading')}
      </p>
    );
  }
  if (load.status === 'failed') {
    return (
      <div role="alert">
        <p>{t('track.account.failed')}</p>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('track.account.retry')}
        </button>
      </div>
    );
  }
  const { items, next } = load.page;
  if (items.length === 0) return <p>{t('track.account.empty')}</p>;
  return (
    <>
      <ul className="track-account-list">
        {items.map((r) => (
          <li key={r.id}>
            <Link
              to={`/track?id=${encodeURIComponent(r.id)}`}
              onClick={() => onOpen(r.id)}
              className="track-account-link"
            >
              <span className="mono">{r.id}</span> <span>{r.title}</span>
            </Link>
            <span className="track-account-meta">
              <ResearcherStatusLabel status={r.researcherStatus} /> ·{' '}
              <DateTime value={r.receivedAt} />
            </span>
          </li>
        ))}
      </ul>
      {next !== null && (
        <p>
          <Link to="/account/reports">{t('track.account.all')}</Link>
        </p>
      )}
    </>
  );
}
