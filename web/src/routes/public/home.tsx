import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeta } from '../../api/use-meta.js';

export function Home() {
  const { t } = useTranslation();
  const { firstResponseHours: hours } = useMeta();
  const list = (key: string) => t(key, { returnObjects: true }) as unknown as string[];
  return (
    <article className="home">
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p className="actions">
          <Link className="button primary" to="/report">
            {t('home.reportCta')}
          </Link>
          <Link className="button" to="/track">
            {t('home.trackCta')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="promise">
        <h2 id="promise">{t('home.promise.heading', { hours })}</h2>
        <p>{t('home.promise.body', { hours })}</p>
        <p>{t('home.promise.noAnswer')}</p>
      </section>

      <div className="columns">
        <section aria-labelledby="does">
          <h2 id="does">{t('home.does.heading')}</h2>
          <ul>
            {list('home.does.items').map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="does-not">
          <h2 id="does-not">{t('home.doesNot.heading')}</h2>
          <p>{t('home.doesNot.body')}</p>
          <p>
            <Link to="/help">{t('home.doesNot.link')}</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="counts">
        <h2 id="counts">{t('home.counts.heading')}</h2>
        <p>{t('home.counts.body')}</p>
        <ul>
          {list('home.counts.notItems').map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="cvd">
        <h2 id="cvd">{t('home.cvd.heading')}</h2>
        <p>{t('home.cvd.body')}</p>
      </section>

      <section aria-labelledby="more">
        <h2 id="more">{t('home.more.heading')}</h2>
        <ul>
          <li>
            <a href="/.well-known/pgp-key.txt">{t('home.more.pgp')}</a>
          </li>
          <li>
            <Link to="/bounty">{t('home.more.bounty')}</Link>
          </li>
          <li>
            <Link to="/guide">{t('home.more.guide')}</Link>
          </li>
        </ul>
      </section>
    </article>
  );
}
