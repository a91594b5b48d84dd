import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import { Field } from '../../components/field.js';
import { Notice } from './notice.js';
import { PageHeading } from './page-heading.js';

type Result = 'verified' | 'invalid' | 'network';

/**
 * One request per token, even when React runs an effect twice: a second POST of the same token
 * would answer "already used" and hide the success.
 */
const attempts = new Map<string, Promise<Result>>();

function confirm(token: string): Promise<Result> {
  let attempt = attempts.get(token);
  if (attempt === undefined) {
    attempt = api
      .POST('/api/v1/accounts/verify', { body: { token } })
      .then(({ response }): Result => {
        if (response.ok) return 'verified';
        return response.status === 400 ? 'invalid' : 'network';
      })
      .catch((): Result => 'network');
    attempts.set(token, attempt);
    // A failed attempt may be retried; a verdict is kept.
    void attempt.then((r) => {
      if (r === 'network') attempts.delete(token);
    });
  }
  return attempt;
}

/** `/account/verify?token=…`: confirms on arrival, or with a pasted code. */
export function Verify() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fromLink = params.get('token') ?? '';
  const [busy, setBusy] = useState(fromLink !== '');
  const [result, setResult] = useState<Result>();
  const [typed, setTyped] = useState(false);

  useEffect(() => {
    if (fromLink === '') return;
    let live = true;
    void confirm(fromLink).then((r) => {
      if (!live) return;
      setBusy(false);
      setResult(r);
      // The code is spent (or useless): keep it out of the address bar and reloads.
      if (r !== 'network') setParams({}, { replace: true });
    });
    return () => {
      live = false;
    };
  }, [fromLink, setParams]);

  async function submit(token: string): Promise<void> {
    setBusy(true);
    setResult(undefined);
    setTyped(true);
    const r = await confirm(token);
    setBusy(false);
    setResult(r);
  }

  return (
    <>
      <PageHeading>{t('account.verify.title')}</PageHeading>
      {busy && (
        <p role="status" className="account-checking muted">
          {t('account.verify.busy')}
        </p>
      )}
      {result === 'verified' && <Verified />}
      {result === 'invalid' && <Invalid />}
      {result === 'network' && (
        <Notice tone="warn">
          <p>{t('account.network')}</p>
        </Notice>
      )}
      {result !== 'verified' && !(busy && fromLink !== '') && (
        <TokenForm
          invalid={typed && result === 'invalid'}
          onSubmit={(token) => void submit(token)}
        />
      )}
    </>
  );
}

function Verified() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Notice tone="ok">
      <p>{t('account.verify.done')}</p>
      <p>
        <Link className="button primary" to="/account">
          {session ? t('account.verify.toAccount') : t('account.verify.signIn')}
        </Link>
      </p>
    </Notice>
  );
}

function Invalid() {
  const { t } = useTranslation();
  return (
    <Notice tone="warn">
      <p>{t('account.verify.invalid')}</p>
      <p>{t('account.verify.invalidNext')}</p>
      <ul>
        <li>
          <Link to="/account">{t('account.verify.signIn')}</Link>
        </li>
        <li>
          <Link to="/account/register">{t('account.verify.register')}</Link>
        </li>
      </ul>
    </Notice>
  );
}

function TokenForm({ invalid, onSubmit }: { invalid: boolean; onSubmit: (token: string) => void }) {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errors = missing
    ? [t('account.verify.tokenMissing')]
    : invalid
      ? [t('account.verify.invalidField')]
      : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = token.trim();
    if (value === '') {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setMissing(false);
    onSubmit(value);
  };

  return (
    <form className="account-form" noValidate onSubmit={submit}>
      <p>{t('account.verify.lead')}</p>
      <Field
        name="token"
        label={t('account.verify.token')}
        hint={t('account.verify.tokenHint')}
        errors={errors}
        required
      >
        {(control) => (
          <input
            {...control}
            ref={input}
            type="text"
            autoComplete="one-time-code"
            spellCheck={false}
            maxLength={200}
            className="mono"
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        )}
      </Field>
      <p className="actions">
        <button type="submit" className="button primary">
          {t('account.verify.submit')}
        </button>
      </p>
    </form>
  );
}
