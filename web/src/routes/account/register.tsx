import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { isProblem, type FieldError } from '../../api/problem.js';
import { useSession } from '../../api/session.js';
import { AccountForm, type AccountField, type SubmitResult } from './account-form.js';
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
  | { kind: 'fields'; errors: FieldError[] }
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
      return { kind: 'fields', errors: problem.errors };
    return { kind: 'network' };
  } catch {
    return { kind: 'network' };
  }
}

/** `/account/register`: e-mail, password, optional name → "check your mail". */
export function Register() {
  const { t } = useTranslation();
  const session = useSession();
  const [sentTo, setSentTo] = useState<string>();
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
      {sentTo !== undefined ? (
        <Notice tone="ok">
          <h2>{t('account.register.sentHeading')}</h2>
          <p>{t('account.register.sent', { email: sentTo })}</p>
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
          <RegisterForm onSent={setSentTo} />
        </>
      )}
    </>
  );
}

function RegisterForm({ onSent }: { onSent: (email: string) => void }) {
  const { t } = useTranslation();
  const check = useCheck();
  const fields: AccountField<keyof Values>[] = [
    {
      name: 'email',
      label: t('account.register.email'),
      hint: t('account.register.emailHint'),
      required: true,
      input: {
        type: 'email',
        autoComplete: 'email',
        inputMode: 'email',
        spellCheck: false,
        maxLength: EMAIL_MAX,
      },
    },
    {
      name: 'password',
      label: t('account.register.password'),
      hint: t('account.register.passwordHint', { min: PASSWORD_MIN }),
      required: true,
      input: { type: 'password', autoComplete: 'new-password', minLength: PASSWORD_MIN },
    },
    {
      name: 'name',
      label: t('account.register.name'),
      hint: t('account.register.nameHint'),
      input: { type: 'text', autoComplete: 'name' },
    },
  ];

  const submit = async (values: Values): Promise<SubmitResult> => {
    const outcome = await register(values);
    switch (outcome.kind) {
      case 'sent':
        onSent(outcome.email);
        return { kind: 'done' };
      case 'fields':
        return outcome;
      case 'rate-limited':
        return {
          kind: 'notice',
          message: (
            <p>
              <RateLimited seconds={outcome.seconds} />
            </p>
          ),
        };
      case 'network':
        return { kind: 'notice', message: <p>{t('account.network')}</p> };
    }
  };

  return (
    <AccountForm
      fields={fields}
      check={check}
      submit={submit}
      submitLabel={t('account.register.submit')}
      busyLabel={t('account.register.busy')}
    >
      <p>
        <Trans
          i18nKey="account.register.haveAccount"
          components={{ action: <Link to="/account" /> }}
        />
      </p>
    </AccountForm>
  );
}
