import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/problem.js';
import { signIn, type SignInResult } from '../../api/session.js';
import { TOTP_INPUT, isTotpCode } from './totp-input.js';
import { AccountForm, type AccountField, type SubmitResult } from '../account/account-form.js';
import { RateLimited } from '../account/rate-limited.js';

type Name = 'email' | 'password' | 'totp';

/**
 * E-mail, password and the authenticator's 6-digit code. A staff sign-in without the code
 * answers `totp-required` once the password is right; the form then asks for the code beside
 * its field. On success the session store changes and the page shows the console in place.
 */
export function StaffSignInForm() {
  const { t } = useTranslation();
  const fields: AccountField<Name>[] = [
    {
      name: 'email',
      label: t('console.signIn.email'),
      required: true,
      input: { type: 'email', autoComplete: 'username', inputMode: 'email', spellCheck: false },
    },
    {
      name: 'password',
      label: t('console.signIn.password'),
      required: true,
      input: { type: 'password', autoComplete: 'current-password' },
    },
    {
      name: 'totp',
      label: t('console.signIn.totp'),
      hint: t('console.signIn.totpHint'),
      required: true,
      input: TOTP_INPUT,
    },
  ];

  const check = ({ email, password, totp }: Readonly<Record<Name, string>>) => {
    const wrong: FieldError[] = [];
    if (email.trim() === '')
      wrong.push({ path: 'email', message: t('console.signIn.emailMissing') });
    if (password === '')
      wrong.push({ path: 'password', message: t('console.signIn.passwordMissing') });
    if (totp.trim() !== '' && !isTotpCode(totp))
      wrong.push({ path: 'totp', message: t('console.signIn.totpFormat') });
    return wrong;
  };

  const resultOf = (result: SignInResult): SubmitResult => {
    if (result.ok) return { kind: 'done' };
    const notice = (text: ReactNode): SubmitResult => ({ kind: 'notice', message: <p>{text}</p> });
    if ('network' in result) return notice(t('console.network'));
    const { problem } = result;
    if (problem.status === 401 && problem.code === 'totp-required') {
      return {
        kind: 'fields',
        errors: [{ path: 'totp', message: t('console.signIn.totpRequired') }],
      };
    }
    switch (problem.status) {
      case 400:
        return { kind: 'fields', errors: problem.errors };
      case 401:
        return notice(t('console.signIn.wrong'));
      case 429:
        return notice(<RateLimited seconds={result.retryAfterSeconds ?? 60} />);
      default:
        return notice(t('console.failed', { detail: problem.detail }));
    }
  };

  return (
    <AccountForm
      fields={fields}
      check={check}
      submit={async ({ email, password, totp }) =>
        resultOf(await signIn(email.trim(), password, totp.trim()))
      }
      submitLabel={t('console.signIn.submit')}
      busyLabel={t('console.signIn.busy')}
    />
  );
}
