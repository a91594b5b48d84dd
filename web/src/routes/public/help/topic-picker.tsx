import { useTranslation } from 'react-i18next';
import { HELP_GROUPS, type HelpGroup } from './groups.js';

/**
 * The first step: what the problem is about. Toggle buttons (aria-pressed) rather than radio
 * buttons, because choosing moves the focus to the answer, and arrow keys in a radio group
 * would choose, and move the focus, at every press.
 */
export function TopicPicker({
  selected,
  onChoose,
}: {
  selected: HelpGroup | undefined;
  onChoose: (group: HelpGroup) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="help-topics-heading">
      <h2 id="help-topics-heading">{t('help.topics.heading')}</h2>
      <p className="hint" id="help-topics-hint">
        {t('help.topics.hint')}
      </p>
      <ul className="help-topics">
        {HELP_GROUPS.map((group) => {
          const pressed = group === selected;
          return (
            <li key={group}>
              <button
                type="button"
                className="help-topic"
                aria-pressed={pressed}
                aria-describedby={`help-topic-${group}-examples`}
                onClick={() => onChoose(group)}
              >
                <span className="help-topic-mark" aria-hidden="true">
                  {pressed ? '✓' : ''}
                </span>
                <span className="help-topic-name">{t(`help.topics.${group}.name`)}</span>
                <span className="help-topic-examples" id={`help-topic-${group}-examples`}>
                  {t(`help.topics.${group}.examples`)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
