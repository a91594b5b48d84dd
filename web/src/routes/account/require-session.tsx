import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionHasEnded, type SessionAccount, type SessionState } from '../../api/session.js';
import { SignInForm } from './sign-in-form.js';

/** Whilst the session is unknown: a placeholder the size of a short form, so nothing jumps. */
export function CheckingSession() {
  const { t } = useTranslation();
  return (
    <p role="status" className="account-checking muted">
      {t('account.checking')}
    </p>
  );
}

/**
 * Shows `children` to a signed-in account and the sign-in form to anybody else; after signing in
 * the same page renders its content, so the visitor returns to what they asked for.
 */
export function RequireSession({
  session,
  children,
}: {
  session: SessionState;
  children: (account: SessionAccount) => ReactNode;
}) {
  const { t } = useTranslation();
  if (session === undefined) return <CheckingSession />;
  if (session === null) {
    return (
      <section aria-labelledby="account-sign-in">
        <h2 id="account-sign-in">{t('account.signIn.title')}</h2>
        <p>{sessionHasEnded() ? t('account.sessionEnded') : t('account.signIn.required')}</p>
        <SignInForm />
      </section>
    );
  }
  return children(session);
}
