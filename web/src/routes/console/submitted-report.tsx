import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { AttachmentList } from './attachment-list.js';
import type { SimilarReports, StaffReport } from './use-case-file.js';

/** Every field of the report as submitted, by its API field path (`affected.product`). */
export function reportFields(value: unknown, prefix = ''): [string, string][] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    return value.every((v) => typeof v !== 'object' || v === null)
      ? [[prefix, value.map((v, i) => `${i + 1}. ${reportFields(v)[0]?.[1] ?? ''}`).join('\n')]]
      : value.flatMap((v, i) => reportFields(v, `${prefix}[${i}]`));
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      reportFields(v, prefix === '' ? k : `${prefix}.${k}`),
    );
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? [[prefix, String(value)]]
    : [];
}

export function SubmittedReport({ report }: { report: StaffReport }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="submitted-heading">
      <h2 id="submitted-heading">{t('console.report.submittedHeading')}</h2>
      <p>
        {t('console.report.received')} <DateTime value={report.receivedAt} /> ·{' '}
        {t('console.report.quality', { tier: report.quality.tier })}
        {report.cvss !== null && (
          <>
            {' '}
            · CVSS {report.cvss.score} ({report.cvss.vector})
          </>
        )}
      </p>
      <dl className="report-fields">
        {reportFields(report.report).map(([path, text]) => (
          <div key={path}>
            <dt className="mono">{path}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('console.report.attachmentsHeading')}</h2>
      {report.attachments.length === 0 ? (
        <p>{t('console.report.noAttachments')}</p>
      ) : (
        <AttachmentList reportId={report.id} files={report.attachments} />
      )}
      <h2>{t('console.report.timelineHeading')}</h2>
      <ol className="case-timeline">
        {report.timeline.map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <DateTime value={entry.at} /> ·{' '}
            {t(`console.timeline.${entry.kind}`, { defaultValue: entry.kind })} · {entry.actor}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function SimilarList({ items }: { items: SimilarReports }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="similar-heading">
      <h2 id="similar-heading">{t('console.similar.heading')}</h2>
      {items.length === 0 ? (
        <p>{t('console.similar.none')}</p>
      ) : (
        <ul>
          {items.map((s) => (
            <li key={s.id}>
              <Link to={`/console/reports/${encodeURIComponent(s.id)}`}>{s.title}</Link>{' '}
              <span className="mono muted">{s.id}</span> ·{' '}
              {t(`console.status.${s.status}`, { defaultValue: s.status })} ·{' '}
              {t('console.similar.score', { score: Math.round(s.score * 100) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
