/**
 * The confirmation page (`/report/sent`): the report number, the tracking token (shown this once),
 * when a person will answer, the quality tier and what happens next. The answer arrives in the
 * navigation state; it is then removed from the history entry, so the token is not shown again
 * by going back or reloading.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { cssId } from '../../components/error-summary.js';
import { CopyButton } from '../../components/report/copy-button.js';
import { readConfirmationState } from './report/confirmation-state.js';
import '../../components/report/report.css';

export function Confirmation() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [report] = useState(() => readConfirmationState(location.state));

  useEffect(() => {
    if (location.state !== null) {
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [location.state, location.pathname, navigate]);

  if (report === undefined) return <WithoutState />;
  const trackUrl = `/track?id=${encodeURIComponent(report.id)}`;
  const { tier, missing } = report.quality;
  const list = (key: string) => t(key, { returnObjects: true }) as unknown as string[];

  return (
    <article className="confirmation">
      <h1>{t('report.sent.title')}</h1>
      <p className="lead">
        {t('report.sent.reference')} <strong className="mono report-id">{report.id}</strong>
      </p>

      <section className="panel notice-warn" aria-labelledby="token-heading">
        <h2 id="token-heading">{t('report.sent.token.heading')}</h2>
        <p>
          <strong>{t('report.sent.token.once')}</strong> {t('report.sent.token.why')}
        </p>
        <p className="token-row">
          <code className="token" id="tracking-token">
            {report.trackingToken}
          </code>
        </p>
        <CopyButton text={report.trackingToken} label={t('report.sent.token.copy')} />
        <p className="hint">{t('report.sent.token.keep')}</p>
      </section>

      <section aria-labelledby="answer-heading">
        <h2 id="answer-heading">{t('report.sent.answer.heading')}</h2>
        <p>
          {t('report.sent.answer.by')}{' '}
          <strong>
            <DateTime value={report.firstResponseDueAt} />
          </strong>
        </p>
        <p className="hint">
          {t('report.sent.answer.received')} <DateTime value={report.receivedAt} />
        </p>
      </section>

      <section aria-labelledby="quality-sent-heading">
        <h2 id="quality-sent-heading">{t('report.sent.quality.heading')}</h2>
        <p>
          {t('report.sent.quality.tier')} <strong>{t(`report.quality.tier.${tier}`)}</strong>
          {' — '}
          {t(`report.quality.means.${tier}`)}
        </p>
        {missing.length > 0 && (
          <>
            <p>{t('report.sent.quality.later')}</p>
            <ul>
              {missing.map((path) => (
                <li key={path}>
                  {t([
                    `report.quality.need.${tier}.${cssId(path)}`,
                    `report.quality.need.any.${cssId(path)}`,
                    path,
                  ])}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{t('report.sent.next.heading')}</h2>
        <ol>
          {list('report.sent.next.items').map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      </section>

      <p className="actions">
        <Link className="button primary" to={trackUrl}>
          {t('report.sent.track')}
        </Link>
        <Link className="button" to="/report">
          {t('report.sent.another')}
        </Link>
      </p>
    </article>
  );
}

/** Opened again (reload, bookmark): the token was shown once and is not kept anywhere. */
function WithoutState() {
  const { t } = useTranslation();
  return (
    <article className="confirmation">
      <h1>{t('report.sent.noState.title')}</h1>
      <p>{t('report.sent.noState.once')}</p>
      <p>{t('report.sent.noState.track')}</p>
      <p className="actions">
        <Link className="button primary" to="/track">
          {t('report.sent.noState.trackLink')}
        </Link>
        <Link className="button" to="/report">
          {t('report.sent.another')}
        </Link>
      </p>
    </article>
  );
}
