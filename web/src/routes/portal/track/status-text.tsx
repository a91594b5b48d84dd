import { useTranslation } from 'react-i18next';

/** Every status a report can have, in the order of its life. */
export const REPORT_STATUSES = [
  'new',
  'triage',
  'needs-info',
  'review-repro',
  'develop',
  'pre-release',
  'complete',
  'closed',
  'rejected',
] as const;

const isKnown = (status: string): boolean =>
  (REPORT_STATUSES as readonly string[]).includes(status);

/** The status in plain words; a status this page does not know yet is shown as it is. */
export function StatusLabel({ status }: { status: string }) {
  const { t } = useTranslation();
  return <>{isKnown(status) ? t(`track.status.${status}.label`) : status}</>;
}

/** What the status means for the reporter. */
export function StatusDescription({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <>{isKnown(status) ? t(`track.status.${status}.description`) : t('track.status.unknown')}</>
  );
}
