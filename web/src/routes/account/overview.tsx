import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession, type SessionAccount } from '../../api/session.js';
import { DateTime } from '../../components/date-time.js';
import { AccountNav } from './account-nav.js';
import { Notice } from './notice.js';
import { PageHeading } from './page-heading.js';
import { CheckingSession } from './require-session.js';
import { SignInForm } from './sign-in-form.js';
import { SignOutButton } from './sign-out-button.js';

/** `/account`: the sign-in form, or the signed-in account's overview. */
export function AccountHome() {
  const { t } = useTranslation();
  const session = useSession();
  const [signedOut, setSignedOut] = useState(false);
  const title =
    session === undefined
      ? t('account.title')
      : session === null
        ? t('account.signIn.title')
        : t('account.overview.title');
  return (
    <>
      <PageHeading focusKey={session === undefined ? undefined : (session?.id ?? 'signed-out')}>
        {title}
      </PageHeading>
      {session === undefined && <CheckingSession />}
      {session === null && (
        <>
          {signedOut && (
            <Notice tone="ok">
              <p>{t('account.signOut.done')}</p>
            </Notice>
          )}
          <p className="lead">{t('account.signIn.lead')}</p>
          <SignInForm />
        </>
      )}
      {session && <Overview account={session} onSignedOut={() => setSignedOut(true)} />}
    </>
  );
}

function Overview({ account, onSignedOut }: { account: SessionAccount; onSignedOut: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <AccountNav />
      <section aria-labelledby="account-details">
        <h2 id="account-details">{t('account.overview.detailsHeading')}</h2>
        <dl className="account-facts">
          <dt>{t('account.overview.email')}</dt>
          <dd>{account.email}</dd>
          <dt>{t('account.overview.role')}</dt>
          <dd>{t(`account.role.${account.role}`, { defaultValue: account.role })}</dd>
          {account.expiresAt !== undefined && (
            <>
              <dt>{t('account.overview.expires')}</dt>
              <dd>
                <DateTime value={account.expiresAt} />
              </dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="account-next">
        <h2 id="account-next">{t('account.overview.nextHeading')}</h2>
        <ul className="account-links">
          <li>
            <Link to="/account/reports">{t('account.overview.reports')}</Link>
            <span className="hint">{t('account.overview.reportsHint')}</span>
          </li>
          <li>
            <Link to="/account/tokens">{t('account.overview.tokens')}</Link>
            <span className="hint">{t('account.overview.tokensHint')}</span>
          </li>
          <li>
            <Link to="/report">{t('account.overview.report')}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="account-sign-out">
        <h2 id="account-sign-out">{t('account.overview.signOutHeading')}</h2>
        <p>{t('account.overview.signOutHint')}</p>
        <SignOutButton onSignedOut={onSignedOut} />
      </section>
    </>
  );
}
