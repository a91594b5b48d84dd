/**
 * The status of a report in its reporter's terms (`researcherStatus` from the API, texts in the
 * `status` area): a short label and one line on what happens next. A report that was not
 * accepted is named by its disposition ("Closed: not a vulnerability"). The server maps the
 * team's states to these; the page only words them.
 */
import { useTranslation } from 'react-i18next';
import { membersOf } from '../../api/enum-members.js';
import type { paths } from '../../api/schema.js';

type ReportDetail =
  paths['/api/v1/reports/{id}']['get']['responses'][200]['content']['application/json'];
export type ResearcherStatus = ReportDetail['researcherStatus'];
export type ReportOutcome = NonNullable<ReportDetail['outcome']>;
export type Disposition = ReportOutcome['disposition'];

/** Every status, in the order of a report's life. */
export const RESEARCHER_STATUSES = membersOf<ResearcherStatus>({
  received: true,
  'in-review': true,
  'more-info-needed': true,
  accepted: true,
  'fix-in-progress': true,
  fixed: true,
  closed: true,
  'not-accepted': true,
});

/** Every reason a report may not be accepted for. */
export const DISPOSITIONS = membersOf<Disposition>({
  'not-a-vulnerability': true,
  duplicate: true,
  'out-of-scope': true,
  spam: true,
  informative: true,
  'not-reproducible': true,
  'wont-fix': true,
});

/**
 * The key of a status's texts (`<key>.label`, `<key>.next`): a rejection by its disposition
 * when there is one.
 */
export function statusTextKey(
  status: ResearcherStatus,
  outcome: Pick<ReportOutcome, 'disposition'> | null | undefined,
): string {
  return status === 'not-accepted' && outcome !== null && outcome !== undefined
    ? `status.disposition.${outcome.disposition}`
    : `status.${status}`;
}

export interface StatusProps {
  status: ResearcherStatus;
  outcome?: ReportOutcome | null;
}

/** "Under review", "Closed: not a vulnerability", … */
export function ResearcherStatusLabel({ status, outcome }: StatusProps) {
  const { t } = useTranslation();
  return <>{t(`${statusTextKey(status, outcome)}.label`)}</>;
}

/** One line on what happens next. */
export function ResearcherStatusNext({ status, outcome }: StatusProps) {
  const { t } = useTranslation();
  return <>{t(`${statusTextKey(status, outcome)}.next`)}</>;
}
