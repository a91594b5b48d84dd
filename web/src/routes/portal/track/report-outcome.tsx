import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportOutcome } from '../../../components/report/researcher-status.js';
import { currentLanguage } from '../../../i18n/index.js';
import type { HelpDestination } from '../../public/help/groups.js';
import { useDestinations } from '../../public/help/use-destinations.js';

/**
 * Beside the status of a report that was not accepted: the team's explanation when one is owed
 * (`not-reproducible`, `wont-fix`), and for `not-a-vulnerability` the help destination it was
 * sent to, in the page's language, from the operator's list.
 */
export function ReportOutcomeDetails({ outcome }: { outcome: ReportOutcome }) {
  const { t } = useTranslation();
  return (
    <>
      {outcome.reason !== null && (
        <span className="track-fact-note">
          {t('status.reason')} <q className="track-outcome-reason">{outcome.reason}</q>
        </span>
      )}
      {outcome.helpDestination !== null && <HelpDestinationLink id={outcome.helpDestination} />}
    </>
  );
}

function HelpDestinationLink({ id }: { id: HelpDestination['id'] }) {
  const { t, i18n } = useTranslation();
  const { state } = useDestinations(currentLanguage(i18n.resolvedLanguage));
  const destination = state.items?.find((d) => d.id === id);
  if (destination === undefined) {
    if (state.status === 'loading') {
      return <span className="track-fact-note muted">{t('status.help.loading')}</span>;
    }
    // Hidden by the operator since, or not loaded: the help page still finds the way.
    return (
      <span className="track-fact-note">
        <Link to="/help">{t('status.help.general')}</Link>
      </span>
    );
  }
  return (
    <span className="track-fact-note track-outcome-help">
      {destination.email !== undefined ? (
        <>
          <strong className="track-outcome-title">{destination.title}</strong>
          <span className="track-outcome-text">{destination.text}</span>
          <a href={`mailto:${destination.email}`}>
            {t('status.help.write', { email: destination.email })}
          </a>
        </>
      ) : (
        <>
          <strong className="track-outcome-title">
            <DestinationPage title={destination.title} url={destination.url ?? '/help'} />
          </strong>
          <span className="track-outcome-text">{destination.text}</span>
        </>
      )}
    </span>
  );
}

/** A page of this site opens in the app; another site by an ordinary link. */
function DestinationPage({ title, url }: { title: string; url: string }) {
  return url.startsWith('/') ? <Link to={url}>{title}</Link> : <a href={url}>{title}</a>;
}
