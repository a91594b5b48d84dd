import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/date-time.js';
import type { ReportDetail } from './report-access.js';

const KINDS = ['received', 'follow-up-requested'] as const;
const ACTORS = ['reporter', 'staff', 'system'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

type Entry = ReportDetail['timeline'][number];

/** What happened to the report, oldest first, in words; unknown kinds are named by who acted. */
export function ReportTimeline({ timeline }: { timeline: readonly Entry[] }) {
  const { t } = useTranslation();
  const describe = (e: Entry): string => {
    if (isOneOf(KINDS, e.kind)) return t(`track.timeline.kind.${e.kind}`);
    if (isOneOf(ACTORS, e.actor)) return t(`track.timeline.actor.${e.actor}`);
    return t('track.timeline.other');
  };
  return (
    <section aria-labelledby="track-timeline-heading">
      <h3 id="track-timeline-heading">{t('track.timeline.heading')}</h3>
      <ol className="track-timeline">
        {timeline.map((e, i) => (
          <li key={`${e.at}:${e.kind}:${i}`}>
            <span className="track-timeline-time">
              <DateTime value={e.at} />
            </span>
            <span>{describe(e)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
