import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldError } from '../../api/problem.js';
import { signIn, type SignInResult } from '../../api/session.js';
import { AccountForm, type AccountField, type SubmitResult } from './account-form.js';
import { RateLimited } from './rate-limited.js';

type Name = 'email' | 'password';

/**
 * E-mail and password. On success the session store changes, so whichever page showed this form
 * renders its signed-in content in place: the user stays on the page they asked for.
 */
export function SignInForm() {
  const { t } = useTranslation();
  const fields: AccountField<Name>[] = [
    {
      name: 'email',
      label: t('account.signIn.email'),
      required: true,
      input: { type: 'email', autoComplete: 'email', inputMode: 'email', spellCheck: false },
    },
    {
      name: 'password',
      label: t('account.signIn.password'),
      required: true,
      input: { type: 'password', autoComplete: 'current-password' },
    },
  ];

  const check = ({ email, password }: Readonly<Record<Name, string>>) => {
    const missing: FieldError[] = [];
    if (email.trim() === '')
      missing.push({ path: 'email', message: t('account.signIn.emailMissing') });
    if (password === '')
      missing.push({ path: 'password', message: t('account.signIn.passwordMissing') });
    return missing;
  };

  /** The answer as the form shows it. */
  const resultOf = (result: SignInResult): SubmitResult => {
    if (result.ok) return { kind: 'done' };
    const notice = (text: ReactNode, more?: ReactNode): SubmitResult => ({
      kind: 'notice',
      message: (
        <>
          <p>{text}</p>
          {more}
        </>
      ),
    });
    if ('network' in result) return notice(t('account.network'));
    const { problem } = result;
    switch (problem.status) {
      case 400:
        return { kind: 'fields', errors: problem.errors };
      case 401:
        return notice(t('account.signIn.wrong'));
      case 403:
        return notice(
          t('account.signIn.unverified'),
          <p>
            <Link to="/account/register">{t('account.verify.register')}</Link>
          </p>,
        );
      case 429:
        return notice(<RateLimited seconds={result.retryAfterSeconds ?? 60} />);
      default:
        return notice(t('account.signIn.failed', { detail: problem.detail }));
    }
  };

  return (
    <AccountForm
      fields={fields}
      check={check}
      submit={async ({ email, password }) => resultOf(await signIn(email.trim(), password))}
      submitLabel={t('account.signIn.submit')}
      busyLabel={t('account.signIn.busy')}
    >
      <p>
        <Trans
          i18nKey="account.signIn.noAccount"
          components={{ action: <Link to="/account/register" /> }}
        />
      </p>
      <p className="hint">{t('account.signIn.noAccountNeeded')}</p>
    </AccountForm>
  );
}
