import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../api/session.js';

/** Whether the report goes with the researcher's account or anonymously; the line keeps its height. */
export function SessionLine({ account }: { account: SessionState }) {
  const { t } = useTranslation();
  return (
    <p className="session-line hint">
      {account === undefined
        ? '\u00a0'
        : account === null
          ? t('report.session.anonymous')
          : t('report.session.signedIn', { email: account.email })}
    </p>
  );
}
