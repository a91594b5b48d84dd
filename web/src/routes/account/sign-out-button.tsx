import { useTranslation } from 'react-i18next';
import { signOut } from '../../api/session.js';
import { Notice } from './notice.js';
import { usePendingAction } from './use-pending-action.js';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const { t } = useTranslation();
  const { busy, failed, run } = usePendingAction(async () => {
    if (!(await signOut())) return false;
    onSignedOut();
    return true;
  });

  return (
    <>
      {failed && (
        <Notice tone="warn">
          <p>{t('account.signOut.failed')}</p>
        </Notice>
      )}
      <p className="actions">
        <button type="button" className="button" aria-disabled={busy} onClick={run}>
          {busy ? t('account.signOut.busy') : t('account.signOut.submit')}
        </button>
      </p>
    </>
  );
}
