import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { isProblem, type FieldError } from '../../api/problem.js';
import { useSession } from '../../api/session.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Field } from '../../components/field.js';
import { focusFirstInvalid, labelsOf, messagesFor } from './field-errors.js';
import { Notice } from './notice.js';
import { PageHeading } from './page-heading.js';
import { RateLimited } from './rate-limited.js';

/** The server's rules (`RegisterBody`), checked here first so the messages are in the UI language. */
const PASSWORD_MIN = 12;
const PASSWORD_MAX = 256;
const NAME_MAX = 200;
const EMAIL_MAX = 254;

interface Values {
  email: string;
  password: string;
  name: string;
}

type Outcome =
  | { kind: 'sent'; email: string }
  | { kind: 'fields'; errors: FieldError[]; fromServer: boolean }
  | { kind: 'rate-limited'; seconds: number }
  | { kind: 'network' };

function useCheck(): (values: Values) => FieldError[] {
  const { t } = useTranslation();
  return ({ email, password, name }) => {
    const errors: FieldError[] = [];
    const mail = email.trim();
    if (mail === '') errors.push({ path: 'email', message: t('account.register.emailMissing') });
    else if (!/^[^\s@]+@[^\s@]+$/.test(mail) || mail.length > EMAIL_MAX)
      errors.push({ path: 'email', message: t('account.register.emailInvalid') });
    // Characters as the server counts them: code points, not UTF-16 units.
    const length = [...password].length;
    if (length < PASSWORD_MIN)
      errors.push({
        path: 'password',
        message: t('account.register.passwordShort', { min: PASSWORD_MIN, count: length }),
      });
    else if (length > PASSWORD_MAX)
      errors.push({
        path: 'password',
        message: t('account.register.passwordLong', { max: PASSWORD_MAX }),
      });
    if ([...name.trim()].length > NAME_MAX)
      errors.push({ path: 'name', message: t('account.register.nameLong', { max: NAME_MAX }) });
    return errors;
  };
}

async function register(values: Values): Promise<Outcome> {
  const email = values.email.trim();
  const name = values.name.trim();
  try {
    const { error, response } = await api.POST('/api/v1/accounts', {
      body: { email, password: values.password, ...(name !== '' ? { name } : {}) },
    });
    if (response.status === 202) return { kind: 'sent', email };
    const problem: unknown = error;
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after'));
      return { kind: 'rate-limited', seconds: seconds > 0 ? seconds : 60 };
    }
    if (isProblem(problem) && problem.errors.length > 0)
      return { kind: 'fields', errors: problem.errors, fromServer: true };
    return { kind: 'network' };
  } catch {
    return { kind: 'network' };
  }
}

/** `/account/register`: e-mail, password, optional name → "check your mail". */
export function Register() {
  const { t } = useTranslation();
  const session = useSession();
  const [outcome, setOutcome] = useState<Outcome>();
  return (
    <>
      <PageHeading>{t('account.register.title')}</PageHeading>
      {session && (
        <Notice tone="ok" focus={false}>
          <p>{t('account.register.signedIn', { email: session.email })}</p>
          <p>
            <Link to="/account">{t('account.register.toAccount')}</Link>
          </p>
        </Notice>
      )}
      {outcome?.kind === 'sent' ? (
        <Notice tone="ok">
          <h2>{t('account.register.sentHeading')}</h2>
          <p>{t('account.register.sent', { email: outcome.email })}</p>
          <p>{t('account.register.sentSpam')}</p>
          <p>
            <Trans
              i18nKey="account.register.sentThen"
              components={{ action: <Link to="/account" /> }}
            />
          </p>
        </Notice>
      ) : (
        <>
          <p className="lead">{t('account.register.lead')}</p>
          <RegisterForm outcome={outcome} onOutcome={setOutcome} />
        </>
      )}
    </>
  );
}

function RegisterForm({
  outcome,
  onOutcome,
}: {
  outcome: Outcome | undefined;
  onOutcome: (o: Outcome | undefined) => void;
}) {
  const { t } = useTranslation();
  const labelFor = labelsOf({
    email: t('account.register.email'),
    password: t('account.register.password'),
    name: t('account.register.name'),
  });
  const check = useCheck();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>({ email: '', password: '', name: '' });
  const [busy, setBusy] = useState(false);
  const errors = outcome?.kind === 'fields' ? outcome.errors : [];
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  useEffect(() => {
    if (outcome?.kind === 'fields' && !outcome.fromServer) focusFirstInvalid(formRef.current);
  }, [outcome]);

  async function submit(): Promise<void> {
    const local = check(values);
    if (local.length > 0) {
      onOutcome({ kind: 'fields', errors: local, fromServer: false });
      return;
    }
    setBusy(true);
    onOutcome(undefined);
    const result = await register(values);
    setBusy(false);
    onOutcome(result);
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) void submit();
  };

  return (
    <>
      {outcome?.kind === 'fields' && outcome.fromServer && (
        <ErrorSummary errors={outcome.errors} labelFor={labelFor} />
      )}
      {(outcome?.kind === 'rate-limited' || outcome?.kind === 'network') && (
        <Notice tone="warn">
          <p>
            {outcome.kind === 'rate-limited' ? (
              <RateLimited seconds={outcome.seconds} />
            ) : (
              t('account.network')
            )}
          </p>
        </Notice>
      )}
      <form ref={formRef} className="account-form" noValidate onSubmit={onSubmit}>
        <Field
          name="email"
          label={t('account.register.email')}
          hint={t('account.register.emailHint')}
          errors={messagesFor(errors, 'email')}
          required
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              maxLength={EMAIL_MAX}
              value={values.email}
              onChange={set('email')}
            />
          )}
        </Field>
        <Field
          name="password"
          label={t('account.register.password')}
          hint={t('account.register.passwordHint', { min: PASSWORD_MIN })}
          errors={messagesFor(errors, 'password')}
          required
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              minLength={PASSWORD_MIN}
              value={values.password}
              onChange={set('password')}
            />
          )}
        </Field>
        <Field
          name="name"
          label={t('account.register.name')}
          hint={t('account.register.nameHint')}
          errors={messagesFor(errors, 'name')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="name"
              value={values.name}
              onChange={set('name')}
            />
          )}
        </Field>
        <p className="actions">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? t('account.register.busy') : t('account.register.submit')}
          </button>
        </p>
        <p role="status" className="visually-hidden">
          {busy ? t('account.register.busy') : ''}
        </p>
      </form>
      <p>
        <Trans
          i18nKey="account.register.haveAccount"
          components={{ action: <Link to="/account" /> }}
        />
      </p>
    </>
  );
}
