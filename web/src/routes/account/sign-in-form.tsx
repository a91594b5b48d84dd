import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldError } from '../../api/problem.js';
import { signIn, type SignInResult } from '../../api/session.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Field } from '../../components/field.js';
import { focusFirstInvalid, labelsOf, messagesFor } from './field-errors.js';
import { Notice } from './notice.js';
import { RateLimited } from './rate-limited.js';

type Failure =
  | { kind: 'fields'; errors: FieldError[]; fromServer: boolean }
  | { kind: 'wrong' | 'unverified' | 'network' }
  | { kind: 'rate-limited'; seconds: number }
  | { kind: 'other'; detail: string };

function failureOf(result: Exclude<SignInResult, { ok: true }>): Failure {
  if ('network' in result) return { kind: 'network' };
  const { problem } = result;
  switch (problem.status) {
    case 400:
      return { kind: 'fields', errors: problem.errors, fromServer: true };
    case 401:
      return { kind: 'wrong' };
    case 403:
      return { kind: 'unverified' };
    case 429:
      return { kind: 'rate-limited', seconds: result.retryAfterSeconds ?? 60 };
    default:
      return { kind: 'other', detail: problem.detail };
  }
}

/**
 * E-mail and password. On success the session store changes, so whichever page showed this form
 * renders its signed-in content in place: the user stays on the page they asked for.
 */
export function SignInForm() {
  const { t } = useTranslation();
  const labelFor = labelsOf({
    email: t('account.signIn.email'),
    password: t('account.signIn.password'),
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const fieldErrors = failure?.kind === 'fields' ? failure.errors : [];

  useEffect(() => {
    if (failure?.kind === 'fields' && !failure.fromServer) focusFirstInvalid(formRef.current);
  }, [failure]);

  async function submit(): Promise<void> {
    const missing: FieldError[] = [];
    if (email.trim() === '')
      missing.push({ path: 'email', message: t('account.signIn.emailMissing') });
    if (password === '')
      missing.push({ path: 'password', message: t('account.signIn.passwordMissing') });
    if (missing.length > 0) {
      setFailure({ kind: 'fields', errors: missing, fromServer: false });
      return;
    }
    setBusy(true);
    setFailure(undefined);
    const result = await signIn(email.trim(), password);
    if (result.ok) return;
    setBusy(false);
    setFailure(failureOf(result));
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) void submit();
  };

  return (
    <>
      {failure?.kind === 'fields' && failure.fromServer && (
        <ErrorSummary errors={failure.errors} labelFor={labelFor} />
      )}
      {failure !== undefined && failure.kind !== 'fields' && (
        <Notice tone="warn">
          <p>
            {failure.kind === 'rate-limited' ? (
              <RateLimited seconds={failure.seconds} />
            ) : failure.kind === 'other' ? (
              t('account.signIn.failed', { detail: failure.detail })
            ) : failure.kind === 'network' ? (
              t('account.network')
            ) : (
              t(`account.signIn.${failure.kind}`)
            )}
          </p>
          {failure.kind === 'unverified' && (
            <p>
              <Link to="/account/register">{t('account.verify.register')}</Link>
            </p>
          )}
        </Notice>
      )}
      <form ref={formRef} className="account-form" noValidate onSubmit={onSubmit}>
        <Field
          name="email"
          label={t('account.signIn.email')}
          errors={messagesFor(fieldErrors, 'email')}
          required
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field
          name="password"
          label={t('account.signIn.password')}
          errors={messagesFor(fieldErrors, 'password')}
          required
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <p className="actions">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? t('account.signIn.busy') : t('account.signIn.submit')}
          </button>
        </p>
        <p role="status" className="visually-hidden">
          {busy ? t('account.signIn.busy') : ''}
        </p>
      </form>
      <p>
        <Trans
          i18nKey="account.signIn.noAccount"
          components={{ action: <Link to="/account/register" /> }}
        />
      </p>
      <p className="hint">{t('account.signIn.noAccountNeeded')}</p>
    </>
  );
}
