import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  sessionHasEnded,
  useSession,
  type SessionAccount,
  type StaffAction,
} from '../../api/session.js';
import { PageHeading } from '../account/page-heading.js';
import { CheckingSession } from '../account/require-session.js';
import { ConsoleNav } from './console-nav.js';
import { StaffSignInForm } from './staff-sign-in-form.js';
import { isStaff, may } from './staff-roles.js';

/**
 * A console page: its content for a signed-in staff account whose role may use it; the staff
 * sign-in form for anybody signed out (the page renders in place once signed in); a plain
 * refusal for researchers and for staff whose role lacks what the page is for.
 */
export function StaffPage({
  title,
  requires,
  children,
}: {
  title: string;
  /** The action the page is for: an account without it is told so, and sees nothing else. */
  requires?: StaffAction;
  children: (account: SessionAccount) => ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const focusKey = session === undefined ? undefined : (session?.id ?? 'signed-out');
  if (session === undefined) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <CheckingSession />
      </>
    );
  }
  if (session === null) {
    return (
      <>
        <PageHeading focusKey={focusKey}>{t('console.signIn.title')}</PageHeading>
        <p>{sessionHasEnded() ? t('console.sessionEnded') : t('console.signIn.required')}</p>
        <StaffSignInForm />
      </>
    );
  }
  if (!isStaff(session)) {
    return (
      <>
        <PageHeading focusKey={focusKey}>{t('console.notStaff.title')}</PageHeading>
        <p>{t('console.notStaff.body')}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading focusKey={focusKey}>{title}</PageHeading>
      <ConsoleNav account={session} />
      {requires === undefined || may(session, requires) ? (
        children(session)
      ) : (
        <p className="panel notice-warn">{t('console.notAllowed')}</p>
      )}
    </>
  );
}
