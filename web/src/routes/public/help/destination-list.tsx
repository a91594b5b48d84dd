import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { DestinationLink } from './destination-link.js';
import type { HelpGroup } from './groups.js';
import type { DestinationsState } from './use-destinations.js';

/** The second step: the places that help with the chosen topic. Its heading takes the focus. */
export function DestinationList({
  group,
  state,
  onRetry,
  headingRef,
}: {
  group: HelpGroup;
  state: DestinationsState;
  onRetry: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const items = state.items?.filter((d) => d.group === group);
  return (
    <section className="help-result" aria-labelledby="help-result-heading">
      <h2 id="help-result-heading" tabIndex={-1} ref={headingRef}>
        {t('help.results.heading', { topic: t(`help.topics.${group}.name`) })}
      </h2>
      <p
        role="status"
        className={state.status === 'loading' && items === undefined ? 'muted' : 'visually-hidden'}
      >
        {state.status === 'loading' && items === undefined ? t('help.results.loading') : ''}
      </p>
      {state.status === 'failed' && items === undefined && (
        <div className="panel notice-warn" role="alert">
          <p>{t('help.results.failed')}</p>
          <button type="button" className="button" onClick={onRetry}>
            {t('help.results.retry')}
          </button>
        </div>
      )}
      {items !== undefined && items.length === 0 && <p>{t('help.results.empty')}</p>}
      {items !== undefined && items.length > 0 && (
        <ul className="help-destinations">
          {items.map((d) => (
            <li key={d.id} className="help-destination">
              <h3>{d.title}</h3>
              <p>{d.text}</p>
              <DestinationLink destination={d} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
