import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { isMemberOf } from '../../api/enum-members.js';
import { TIERS } from '../../components/report/quality-meter.js';
import { AttachmentList } from './attachment-list.js';
import { CaseTimeline } from './case-timeline.js';
import { reportFields, useReportFieldWords } from './report-fields.js';
import type { CaseView, SimilarReports, StaffReport } from './use-case-file.js';

/**
 * The report as the researcher sent it, each field under the report form's label with its
 * value as typed (choices worded), its quality tier and what the next tier lacks, its files,
 * and the case's timeline.
 */
export function SubmittedReport({
  report,
  timeline,
}: {
  report: StaffReport;
  timeline: CaseView['timeline'];
}) {
  const { t, i18n } = useTranslation();
  const words = useReportFieldWords();
  const { tier, missing } = report.quality;
  const known = isMemberOf(TIERS, tier);
  const next = known ? TIERS[TIERS.indexOf(tier) + 1] : undefined;
  return (
    <section aria-labelledby="submitted-heading">
      <h2 id="submitted-heading">{t('console.report.submittedHeading')}</h2>
      <p>
        {t('console.report.received')} <DateTime value={report.receivedAt} /> ·{' '}
        {t('console.report.quality', {
          tier: known ? t(`report.quality.tier.${tier}`) : tier,
        })}
        {report.cvss !== null && (
          <>
            {' '}
            · CVSS {report.cvss.score} ({report.cvss.vector})
          </>
        )}
      </p>
      {next !== undefined && missing.length > 0 && (
        <p>
          {t('console.report.lacks', {
            tier: t(`report.quality.tier.${next}`),
            fields: new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' }).format(
              missing.map(words.label),
            ),
          })}
        </p>
      )}
      <dl className="report-fields">
        {reportFields(report.report).map(([path, text]) => (
          <div key={path} data-path={path}>
            <dt>{words.label(path)}</dt>
            <dd>{words.value(path, text)}</dd>
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
      <CaseTimeline entries={timeline} />
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
