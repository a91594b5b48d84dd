import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { SessionAccount } from '../../api/session.js';
import { useOneTimeSecrets } from '../../components/use-one-time-secrets.js';
import { OneTimeSecret } from './one-time-secret.js';
import { StaffPage } from './staff-gate.js';
import { may } from './staff-roles.js';
import { UserAddForm, type EnrolmentLink } from './user-add-form.js';
import { LinkWarning, UserCard } from './user-card.js';
import { useLoaded } from './use-loaded.js';

/** `/console/users` (admins): staff accounts, their roles, status and API tokens. */
export function Users() {
  const { t } = useTranslation();
  return (
    <StaffPage title={t('console.users.title')} requires="user.read">
      {(account) => <UsersContent account={account} />}
    </StaffPage>
  );
}

function UsersContent({ account }: { account: SessionAccount }) {
  const { t } = useTranslation();
  const { state, reload } = useLoaded(() => api.GET('/api/v1/staff/users'), 'users');
  // Every link made here and not yet dismissed: adding another account must not take away a
  // link the admin has not saved yet (the server shows each one only once).
  const added = useOneTimeSecrets((link: EnrolmentLink) => link.email);
  return (
    <>
      {may(account, 'user.manage') && (
        <UserAddForm
          onAdded={(link) => {
            added.add(link);
            reload();
          }}
        />
      )}
      {added.shown.map(({ key, secret: link, dismiss }) => (
        <OneTimeSecret
          key={key}
          heading={t('console.users.addedHeading', { email: link.email })}
          warning={<LinkWarning expiresAt={link.expiresAt} />}
          label={t('console.users.link')}
          secret={link.url}
          onDone={dismiss}
        />
      ))}
      <section aria-labelledby="users-list">
        <h2 id="users-list">{t('console.users.listHeading')}</h2>
        {state.kind === 'loading' && (
          <p role="status" className="muted">
            {t('console.loading')}
          </p>
        )}
        {state.kind === 'failed' && (
          <p role="alert" className="panel notice-warn">
            {t('console.users.failed')}
          </p>
        )}
        {state.kind === 'ready' && (
          <ul className="console-cards">
            {state.data.items.map((user) => (
              <UserCard key={user.id} user={user} account={account} onChanged={reload} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
