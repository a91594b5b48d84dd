import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../api/session.js';
import { PageHeading } from '../account/page-heading.js';
import { CheckingSession } from '../account/require-session.js';
import { StaffSignInForm } from './staff-sign-in-form.js';
import { isStaff } from './staff-roles.js';

/** `/console/sign-in`: the staff sign-in, then on to the queue. */
export function StaffSignIn() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const signedIn = session !== undefined && session !== null && isStaff(session);
  useEffect(() => {
    if (signedIn) void navigate('/console', { replace: true });
  }, [signedIn, navigate]);
  return (
    <>
      <PageHeading>{t('console.signIn.title')}</PageHeading>
      {session === undefined ? (
        <CheckingSession />
      ) : (
        <>
          <p className="lead">{t('console.signIn.lead')}</p>
          <StaffSignInForm />
        </>
      )}
    </>
  );
}
