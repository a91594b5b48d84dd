import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HelpDestination } from './groups.js';

/**
 * Where a destination leads: a page of this site (client-side link), another site (an ordinary
 * link that opens in the same tab, its host named) or an e-mail address (shown in full).
 * The destination's title is added for screen readers, whose link lists lose the context.
 */
export function DestinationLink({ destination }: { destination: HelpDestination }) {
  const { t } = useTranslation();
  const about = <span className="visually-hidden"> – {destination.title}</span>;
  if (destination.email !== undefined) {
    return (
      <p className="help-link">
        {t('help.link.email')}{' '}
        <a href={`mailto:${destination.email}`} className="help-email">
          {destination.email}
          {about}
        </a>
      </p>
    );
  }
  const url = destination.url ?? '/';
  if (url.startsWith('/')) {
    return (
      <p className="help-link">
        <Link to={url}>
          {t('help.link.page')}
          {about}
        </Link>
      </p>
    );
  }
  return (
    <p className="help-link">
      <a href={url}>
        {t('help.link.site', { host: new URL(url).host })}
        {about}
      </a>
    </p>
  );
}
