import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/date-time.js';
import {
  ResearcherStatusLabel,
  ResearcherStatusNext,
} from '../../../components/report/researcher-status.js';
import { FollowUp } from './follow-up.js';
import { InfoRequest } from './info-request.js';
import type { FollowUpStatus, Message, ReportAccess, ReportDetail } from './report-access.js';
import { ReportFiles } from './report-files.js';
import { ReportMessages } from './report-messages.js';
import { ReportOutcomeDetails } from './report-outcome.js';
import { ReportTimeline } from './report-timeline.js';

const TIERS = ['insufficient', 'low', 'medium', 'high'] as const;

/**
 * One report as its reporter sees it: status in their terms with what happens next, times,
 * quality, the team's question while it waits for an answer, messages, timeline and files.
 */
export function ReportView({
  report,
  followUp,
  messages,
  access,
  focus,
  onChanged,
}: {
  report: ReportDetail;
  followUp: FollowUpStatus | undefined;
  messages: readonly Message[] | undefined;
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

  const waiting = report.researcherStatus === 'more-info-needed';
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
              <ResearcherStatusLabel status={report.researcherStatus} outcome={report.outcome} />
            </strong>
            <span className="track-fact-note">
              <ResearcherStatusNext status={report.researcherStatus} outcome={report.outcome} />
            </span>
            {report.outcome !== null && <ReportOutcomeDetails outcome={report.outcome} />}
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
      {waiting && <InfoRequest messages={messages} />}
      <FollowUp id={report.id} access={access} status={followUp} onAsked={onChanged} />
      <ReportMessages
        id={report.id}
        access={access}
        messages={messages}
        waitingForAnswer={waiting}
        onChanged={onChanged}
      />
      <ReportTimeline timeline={report.timeline} />
      <ReportFiles reportId={report.id} access={access} files={report.attachments} />
    </section>
  );
}
