import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { useHelpDestinations } from './use-help-destinations.js';
import type { CaseView } from './use-case-file.js';

type Entry = CaseView['timeline'][number];

/** The case facts a `case-updated` entry names (its keys), as the case facts form labels them. */
const CASE_FACT_LABELS: Readonly<Record<string, string>> = {
  productId: 'productId',
  affected: 'affected',
  fixReleaseDate: 'fixReleaseDate',
  cvdDate: 'cvdDate',
  fixReleasedAt: 'fixReleased',
  advisoryPublishedAt: 'advisoryPublished',
};

const text = (data: Entry['data'], key: string): string | undefined => {
  const v = data[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

const reportLink = (ref: string) => (
  <Link to={`/console/reports/${encodeURIComponent(ref)}`} className="mono">
    {ref}
  </Link>
);

/**
 * Everything that happened to the report, oldest first, in the reader's language: what
 * happened (a move from one state to another with its disposition, reason or question; an
 * assignment, a severity, the case facts changed, …) and who did it, the member of staff by
 * name (or e-mail address). Reasons and questions are shown as staff wrote them.
 */
export function CaseTimeline({ entries }: { entries: readonly Entry[] }) {
  const { t, i18n } = useTranslation();
  const destinations = useHelpDestinations(
    entries.some((e) => text(e.data, 'helpDestination') !== undefined),
  );
  const list = (items: string[]) =>
    new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' }).format(items);
  const state = (s: string | undefined) => t(`console.status.${s ?? ''}`, { defaultValue: s });

  const describe = (e: Entry): ReactNode => {
    const { data } = e;
    switch (e.kind) {
      case 'received':
      case 'follow-up-requested':
        return t(`console.timeline.${e.kind}`);
      case 'status-changed': {
        const disposition = text(data, 'disposition');
        const duplicateOf = text(data, 'duplicateOf');
        const help = text(data, 'helpDestination');
        const messageId = text(data, 'messageId');
        const reason = text(data, 'reason');
        return (
          <>
            {t('console.timeline.statusChanged', {
              from: state(text(data, 'from')),
              to: state(text(data, 'to')),
            })}
            {disposition !== undefined && (
              <>
                {' · '}
                {t('console.timeline.disposition', {
                  disposition: t(`console.disposition.${disposition}`, {
                    defaultValue: disposition,
                  }),
                })}
              </>
            )}
            {duplicateOf !== undefined && (
              <>
                {' · '}
                {t('console.timeline.duplicateOf')} {reportLink(duplicateOf)}
              </>
            )}
            {help !== undefined && (
              <>
                {' · '}
                {t('console.timeline.helpDestination', {
                  destination: destinations.find((d) => d.id === help)?.title ?? help,
                })}
              </>
            )}
            {messageId !== undefined ? (
              <>
                {' · '}
                <a href={`#message-${messageId}`}>{t('console.timeline.asked')}</a>
              </>
            ) : (
              reason !== undefined && (
                <>
                  {' · '}
                  {t('console.timeline.reason', { reason })}
                </>
              )
            )}
          </>
        );
      }
      case 'message': {
        const messageId = text(data, 'messageId');
        const words = t(`console.timeline.message.${e.actor === 'staff' ? 'staff' : 'reporter'}`);
        return messageId === undefined ? words : <a href={`#message-${messageId}`}>{words}</a>;
      }
      case 'assigned':
        return e.assignee === null
          ? t('console.timeline.unassigned')
          : t('console.timeline.assigned', { name: e.assignee.name ?? e.assignee.email });
      case 'severity-changed': {
        const severity = text(data, 'severity') ?? 'unrated';
        return t('console.timeline.severity-changed', {
          severity: t(`console.severity.${severity}`, { defaultValue: severity }),
        });
      }
      case 'case-updated':
        return t('console.timeline.case-updated', {
          fields: list(
            Object.keys(data).map((k) => {
              const field = CASE_FACT_LABELS[k];
              return field === undefined ? k : t(`console.caseFacts.field.${field}`);
            }),
          ),
        });
      case 'duplicate-linked': {
        const duplicate = text(data, 'duplicate');
        return (
          <>
            {t('console.timeline.duplicate-linked')}
            {duplicate !== undefined && <> {reportLink(duplicate)}</>}
          </>
        );
      }
      case 'sla-warning': {
        const clock = text(data, 'clock') ?? '';
        const level = text(data, 'level') ?? '';
        return t('console.timeline.sla-warning', {
          clock: t(`console.case.clock.${clock}`, { defaultValue: clock }),
          state: t(`console.case.clockState.${level}`, { defaultValue: level }),
        });
      }
    }
  };

  const who = (e: Entry): string => {
    if (e.actor === 'staff') {
      return e.by === null
        ? t('console.timeline.by.unknownStaff')
        : t('console.timeline.by.staff', { name: e.by.name ?? e.by.email });
    }
    return e.actor === 'reporter'
      ? t('console.timeline.by.reporter')
      : t('console.timeline.by.system');
  };

  return (
    <ol className="case-timeline">
      {entries.map((e, i) => (
        <li key={`${e.at}-${i}`}>
          <DateTime value={e.at} /> · {describe(e)} · <span className="muted">{who(e)}</span>
        </li>
      ))}
    </ol>
  );
}
