import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/date-time.js';
import { FollowUp } from './follow-up.js';
import type { FollowUpStatus, ReportAccess, ReportDetail } from './report-access.js';
import { ReportFiles } from './report-files.js';
import { ReportTimeline } from './report-timeline.js';
import { StatusDescription, StatusLabel } from './status-text.js';

const TIERS = ['insufficient', 'low', 'medium', 'high'] as const;

/** One report as its reporter sees it: status, times, quality, timeline and files. */
export function ReportView({
  report,
  followUp,
  access,
  focus,
  onChanged,
}: {
  report: ReportDetail;
  followUp: FollowUpStatus | undefined;
  access: ReportAccess;
  /** Move the focus to the heading when the report appears (the visitor asked for it). */
  focus: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, report.id]);

  const title = typeof report.report.title === 'string' ? report.report.title : undefined;
  const tier = (TIERS as readonly string[]).includes(report.quality.tier)
    ? report.quality.tier
    : undefined;

  return (
    <section className="track-report" aria-labelledby="track-report-heading">
      <h2 id="track-report-heading" tabIndex={-1} ref={heading}>
        {t('track.report.heading', { id: report.id })}
      </h2>
      {title !== undefined && <p className="track-report-title">{title}</p>}
      <dl className="track-facts">
        <div>
          <dt>{t('track.report.status')}</dt>
          <dd>
            <strong>
              <StatusLabel status={report.status} />
            </strong>
            <span className="track-fact-note">
              <StatusDescription status={report.status} />
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('track.report.received')}</dt>
          <dd>
            <DateTime value={report.receivedAt} />
          </dd>
        </div>
        <div>
          <dt>{t('track.report.due')}</dt>
          <dd>
            <DateTime value={report.firstResponseDueAt} />
          </dd>
        </div>
        <div>
          <dt>{t('track.report.quality')}</dt>
          <dd>
            <strong>
              {tier !== undefined ? t(`track.quality.${tier}.label`) : report.quality.tier}
            </strong>
            {tier !== undefined && (
              <span className="track-fact-note">{t(`track.quality.${tier}.description`)}</span>
            )}
          </dd>
        </div>
      </dl>
      <FollowUp id={report.id} access={access} status={followUp} onAsked={onChanged} />
      <ReportTimeline timeline={report.timeline} />
      <ReportFiles files={report.attachments} />
    </section>
  );
}
