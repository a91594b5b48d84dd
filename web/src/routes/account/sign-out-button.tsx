import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut } from '../../api/session.js';
import { Notice } from './notice.js';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function run(): Promise<void> {
    setBusy(true);
    setFailed(false);
    if (await signOut()) {
      onSignedOut();
      return;
    }
    setBusy(false);
    setFailed(true);
  }

  return (
    <>
      {failed && (
        <Notice tone="warn">
          <p>{t('account.signOut.failed')}</p>
        </Notice>
      )}
      <p className="actions">
        <button
          type="button"
          className="button"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) void run();
          }}
        >
          {busy ? t('account.signOut.busy') : t('account.signOut.submit')}
        </button>
      </p>
    </>
  );
}
