import { useTranslation } from 'react-i18next';
import { isMemberOf } from '../../../api/enum-members.js';
import { DateTime } from '../../../components/date-time.js';
import {
  DISPOSITIONS,
  RESEARCHER_STATUSES,
  statusTextKey,
} from '../../../components/report/researcher-status.js';
import type { ReportDetail } from './report-access.js';

const KINDS = ['received', 'follow-up-requested'] as const;
const ACTORS = ['reporter', 'staff', 'system'] as const;

type Entry = ReportDetail['timeline'][number];

/**
 * What happened to the report, oldest first, in words: a status change names the status the
 * reporter now sees (the server sends it in their terms), a message who wrote it; unknown kinds
 * are named by who acted.
 */
export function ReportTimeline({ timeline }: { timeline: readonly Entry[] }) {
  const { t } = useTranslation();
  const describe = (e: Entry): string => {
    if (isMemberOf(KINDS, e.kind)) return t(`track.timeline.kind.${e.kind}`);
    if (e.kind === 'status-changed') {
      const { status, disposition } = e.data;
      if (typeof status === 'string' && isMemberOf(RESEARCHER_STATUSES, status)) {
        const outcome =
          typeof disposition === 'string' && isMemberOf(DISPOSITIONS, disposition)
            ? { disposition }
            : null;
        return t('track.timeline.statusChanged', {
          status: t(`${statusTextKey(status, outcome)}.label`),
        });
      }
    }
    if (e.kind === 'message' && (e.actor === 'staff' || e.actor === 'reporter')) {
      return t(`track.timeline.message.${e.actor}`);
    }
    if (isMemberOf(ACTORS, e.actor)) return t(`track.timeline.actor.${e.actor}`);
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
