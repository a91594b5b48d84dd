/**
 * `/help`, "my problem is something else": a guided choice that sends people whose problem is not
 * a vulnerability to the right place. First the topic, then the operator's destinations for it
 * (`GET /api/v1/help/destinations`). The chosen topic is in the address (`?topic=`), so it can be
 * shared and survives a reload.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLanguage } from '../../i18n/index.js';
import { DestinationList } from './help/destination-list.js';
import { parseGroup, type HelpGroup } from './help/groups.js';
import { TopicPicker } from './help/topic-picker.js';
import { useDestinations } from './help/use-destinations.js';
import { VulnerabilityNote } from './help/vulnerability-note.js';
import './help/help.css';

export function Help() {
  const { t, i18n } = useTranslation();
  const { state, retry } = useDestinations(currentLanguage(i18n.resolvedLanguage));
  const [params, setParams] = useSearchParams();
  const topic = parseGroup(params.get('topic'));
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const focusPending = useRef(false);

  // After a choice (not on arrival), the answer's heading takes the focus once it is shown; the
  // address changes asynchronously, so this waits for the render that shows the chosen topic.
  useEffect(() => {
    if (focusPending.current && resultHeading.current !== null) {
      focusPending.current = false;
      resultHeading.current.focus();
    }
  });

  const choose = (group: HelpGroup) => {
    if (group === topic) {
      resultHeading.current?.focus();
      return;
    }
    focusPending.current = true;
    setParams({ topic: group }, { replace: true, preventScrollReset: true });
  };

  return (
    <article className="help">
      <h1>{t('help.title')}</h1>
      <p className="lead">{t('help.lead')}</p>
      <VulnerabilityNote />
      <TopicPicker selected={topic} onChoose={choose} />
      {topic !== undefined && (
        <DestinationList group={topic} state={state} onRetry={retry} headingRef={resultHeading} />
      )}
    </article>
  );
}
