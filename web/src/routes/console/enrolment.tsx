import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../../api/client.js';
import type { FieldError } from '../../api/problem.js';
import { isProblem } from '../../api/problem.js';
import { DateTime } from '../../components/date-time.js';
import { TOTP_INPUT, isTotpCode } from './totp-input.js';
import { AccountForm, type AccountField, type SubmitResult } from '../account/account-form.js';
import { Notice } from '../account/notice.js';
import { PageHeading } from '../account/page-heading.js';
import { CheckingSession } from '../account/require-session.js';

interface EnrolmentLink {
  email: string;
  role: string;
  otpauthUri: string;
  qrSvg: string;
  expiresAt: string;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; link: EnrolmentLink }
  | { kind: 'invalid' }
  | { kind: 'network' }
  | { kind: 'done'; email: string };

/** The secret of an `otpauth://` URI, for typing into an authenticator by hand. */
export function secretOf(otpauthUri: string): string {
  try {
    return new URL(otpauthUri).searchParams.get('secret') ?? '';
  } catch {
    return '';
  }
}

/** The server's QR code as an image: never parsed into the page, so its markup cannot run. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * `/console/enrol#vde_…`: a new staff account adds the authenticator (QR code or the secret
 * typed in), then chooses a password and confirms with the app's current code. The token stays
 * in the fragment and travels only in a header, so it never reaches a server log.
 */
export function Enrolment() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const token = decodeURIComponent(hash.replace(/^#/, '')).trim();
  const [state, setState] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    if (token === '') {
      setState({ kind: 'invalid' });
      return;
    }
    let current = true;
    api
      .GET('/api/v1/staff/enrolment', { params: { header: { 'x-enrolment-token': token } } })
      .then(({ data }) => {
        if (current)
          setState(data === undefined ? { kind: 'invalid' } : { kind: 'ready', link: data });
      })
      .catch(() => {
        if (current) setState({ kind: 'network' });
      });
    return () => {
      current = false;
    };
  }, [token]);

  return (
    <>
      <PageHeading focusKey={state.kind}>{t('console.enrol.title')}</PageHeading>
      {state.kind === 'loading' && <CheckingSession />}
      {state.kind === 'invalid' && (
        <Notice tone="warn">
          <p>{t('console.enrol.invalid')}</p>
        </Notice>
      )}
      {state.kind === 'network' && (
        <Notice tone="warn">
          <p>{t('console.network')}</p>
        </Notice>
      )}
      {state.kind === 'done' && (
        <Notice tone="ok">
          <p>{t('console.enrol.done', { email: state.email })}</p>
          <p>
            <Link to="/console/sign-in">{t('console.enrol.signIn')}</Link>
          </p>
        </Notice>
      )}
      {state.kind === 'ready' && (
        <EnrolmentSteps
          token={token}
          link={state.link}
          onDone={(email) => setState({ kind: 'done', email })}
        />
      )}
    </>
  );
}

type Name = 'password' | 'totp';

function EnrolmentSteps({
  token,
  link,
  onDone,
}: {
  token: string;
  link: EnrolmentLink;
  onDone: (email: string) => void;
}) {
  const { t } = useTranslation();
  const secret = secretOf(link.otpauthUri);
  const fields: AccountField<Name>[] = [
    {
      name: 'password',
      label: t('console.enrol.password'),
      hint: t('console.enrol.passwordHint'),
      required: true,
      input: { type: 'password', autoComplete: 'new-password', minLength: 12, maxLength: 256 },
    },
    {
      name: 'totp',
      label: t('console.signIn.totp'),
      hint: t('console.enrol.totpHint'),
      required: true,
      input: TOTP_INPUT,
    },
  ];
  const check = ({ password, totp }: Readonly<Record<Name, string>>) => {
    const wrong: FieldError[] = [];
    if (password.length < 12)
      wrong.push({ path: 'password', message: t('console.enrol.passwordShort') });
    if (!isTotpCode(totp)) wrong.push({ path: 'totp', message: t('console.signIn.totpFormat') });
    return wrong;
  };
  const submit = async ({ password, totp }: Readonly<Record<Name, string>>) => {
    try {
      const { data, error } = await api.POST('/api/v1/staff/enrolment', {
        body: { token, password, totp: totp.trim() },
      });
      if (data !== undefined) {
        onDone(data.account.email);
        return { kind: 'done' } satisfies SubmitResult;
      }
      const problem: unknown = error;
      if (isProblem(problem) && problem.errors.length > 0) {
        return { kind: 'fields', errors: problem.errors } satisfies SubmitResult;
      }
      const text = isProblem(problem) ? t('console.failed', { detail: problem.detail }) : '';
      return { kind: 'notice', message: <p>{text}</p> } satisfies SubmitResult;
    } catch {
      return { kind: 'notice', message: <p>{t('console.network')}</p> } satisfies SubmitResult;
    }
  };
  return (
    <>
      <p className="lead">
        {t('console.enrol.lead', {
          email: link.email,
          role: t(`console.roles.${link.role}`, { defaultValue: link.role }),
        })}
      </p>
      <p>
        {t('console.enrol.expires')} <DateTime value={link.expiresAt} />
      </p>
      <section aria-labelledby="enrol-app">
        <h2 id="enrol-app">{t('console.enrol.appHeading')}</h2>
        <p>{t('console.enrol.scan')}</p>
        <img
          className="enrol-qr"
          src={svgDataUrl(link.qrSvg)}
          alt={t('console.enrol.qrAlt', { email: link.email })}
          width={200}
          height={200}
        />
        <p>{t('console.enrol.manual')}</p>
        <p>
          <code className="mono enrol-secret">{secret}</code>
        </p>
      </section>
      <section aria-labelledby="enrol-password">
        <h2 id="enrol-password">{t('console.enrol.passwordHeading')}</h2>
        <AccountForm
          fields={fields}
          check={check}
          submit={submit}
          submitLabel={t('console.enrol.submit')}
          busyLabel={t('console.enrol.busy')}
        />
      </section>
    </>
  );
}
