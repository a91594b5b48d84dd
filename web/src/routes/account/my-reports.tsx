import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { forgetSession, useSession } from '../../api/session.js';
import { DateTime } from '../../components/date-time.js';
import { ResearcherStatusLabel } from '../../components/report/researcher-status.js';
import { AccountNav } from './account-nav.js';
import { Notice } from './notice.js';
import { PageHeading } from './page-heading.js';
import { RequireSession } from './require-session.js';

type ReportPage =
  paths['/api/v1/me/reports']['get']['responses'][200]['content']['application/json'];
type ReportSummary = ReportPage['items'][number];

const PAGE_SIZE = 20;

/** `/account/reports`: the reports sent from this account, a page at a time. */
export function MyReports() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <PageHeading focusKey={session === undefined ? undefined : (session?.id ?? 'signed-out')}>
        {t('account.reports.title')}
      </PageHeading>
      <RequireSession session={session}>
        {() => (
          <>
            <AccountNav />
            <p className="lead">{t('account.reports.lead')}</p>
            <p>
              <Link to="/report">{t('account.reports.report')}</Link>
            </p>
            <ReportList />
          </>
        )}
      </RequireSession>
    </>
  );
}

type Load = 'loading' | 'idle' | 'failed';

function ReportList() {
  const { t } = useTranslation();
  const [items, setItems] = useState<ReportSummary[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [load, setLoad] = useState<Load>('loading');
  const [focusFrom, setFocusFrom] = useState<number>();
  const firstNew = useRef<HTMLAnchorElement>(null);

  const fetchPage = useCallback(async (before: string | null) => {
    setLoad('loading');
    try {
      const { data, response } = await api.GET('/api/v1/me/reports', {
        params: { query: { limit: PAGE_SIZE, ...(before !== null ? { before } : {}) } },
      });
      if (response.status === 401) {
        forgetSession();
        return;
      }
      if (data === undefined) {
        setLoad('failed');
        return;
      }
      setItems((old) => (before === null ? data.items : [...old, ...data.items]));
      setNext(data.next);
      setLoad('idle');
    } catch {
      setLoad('failed');
    }
  }, []);

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  // After "show more", the first new report takes the focus, so the list continues from there.
  useEffect(() => {
    if (focusFrom === undefined || items.length <= focusFrom) return;
    firstNew.current?.focus();
    setFocusFrom(undefined);
  }, [focusFrom, items]);

  const more = () => {
    if (load === 'loading' || next === null) return;
    setFocusFrom(items.length);
    void fetchPage(next);
  };

  const retry = () => {
    if (next !== null) setFocusFrom(items.length);
    void fetchPage(items.length === 0 ? null : next);
  };

  const loaded = items.length > 0 || next !== null || load === 'idle';

  return (
    <div className="account-loading-area">
      {load === 'idle' && items.length === 0 && <p>{t('account.reports.empty')}</p>}
      {items.length > 0 && (
        <ul className="account-list">
          {items.map((r, i) => (
            <ReportItem key={r.id} report={r} linkRef={i === focusFrom ? firstNew : undefined} />
          ))}
        </ul>
      )}
      <p role="status" className={load === 'loading' ? 'muted' : 'visually-hidden'}>
        {load === 'loading'
          ? t('account.reports.busy')
          : loaded && items.length > 0
            ? `${t('account.reports.shown', { count: items.length })}${next === null ? ` ${t('account.reports.all')}` : ''}`
            : ''}
      </p>
      {load === 'failed' && (
        <Notice tone="warn">
          <p>{t('account.reports.failed')}</p>
          <p>
            <button type="button" className="button" onClick={retry}>
              {t('account.reports.retry')}
            </button>
          </p>
        </Notice>
      )}
      {next !== null && load !== 'failed' && (
        <p className="actions">
          <button
            type="button"
            className="button"
            aria-disabled={load === 'loading'}
            onClick={more}
          >
            {t('account.reports.more')}
          </button>
        </p>
      )}
    </div>
  );
}

function ReportItem({
  report,
  linkRef,
}: {
  report: ReportSummary;
  linkRef: Ref<HTMLAnchorElement> | undefined;
}) {
  const { t } = useTranslation();
  return (
    <li className="panel">
      <h2 className="account-item-title">{report.title}</h2>
      <dl className="account-facts">
        <dt>{t('account.reports.reference')}</dt>
        <dd>
          <Link ref={linkRef} className="mono" to={`/track?id=${encodeURIComponent(report.id)}`}>
            {report.id}
          </Link>
        </dd>
        <dt>{t('account.reports.status')}</dt>
        <dd>
          <ResearcherStatusLabel status={report.researcherStatus} />
        </dd>
        <dt>{t('account.reports.quality')}</dt>
        <dd>{t(`account.quality.${report.qualityTier}`, { defaultValue: report.qualityTier })}</dd>
        <dt>{t('account.reports.received')}</dt>
        <dd>
          <DateTime value={report.receivedAt} />
        </dd>
        <dt>{t('account.reports.due')}</dt>
        <dd>
          <DateTime value={report.firstResponseDueAt} />
        </dd>
      </dl>
    </li>
  );
}
