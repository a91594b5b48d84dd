import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { DateTime } from '../../components/date-time.js';
import { Field } from '../../components/field.js';
import { useOneTimeSecrets } from '../../components/use-one-time-secrets.js';
import { messagesFor } from '../account/field-errors.js';
import { TOKEN_NAME_MAX } from '../account/token-create.js';
import { ConfirmStep } from './confirm-step.js';
import { OneTimeSecret } from './one-time-secret.js';
import { sendChange } from './send-change.js';
import { useFieldProblems } from './use-field-problems.js';
import { useLoaded } from './use-loaded.js';
import type { StaffUser } from './user-card.js';

/**
 * A staff account's API tokens: the list (name, prefix, when made and last used), revoking one
 * after asking, and making one, whose secret is shown once.
 */
export function UserTokens({
  id,
  user,
  canManage,
  onChanged,
}: {
  id: string;
  user: StaffUser;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const path = { params: { path: { id: user.id } } };
  const { state, reload } = useLoaded(
    () => api.GET('/api/v1/staff/users/{id}/tokens', path),
    user.id,
  );
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <section
      id={id}
      className="user-tokens"
      aria-label={t('console.tokens.heading', { email: user.email })}
    >
      {state.kind === 'loading' && (
        <p role="status" className="muted">
          {t('console.loading')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="field-error">
          {t('console.tokens.failed')}
        </p>
      )}
      {state.kind === 'ready' && state.data.items.length === 0 && <p>{t('console.tokens.none')}</p>}
      {state.kind === 'ready' && state.data.items.length > 0 && (
        <ul className="token-list">
          {state.data.items.map((token) => (
            <li key={token.id}>
              <strong>{token.name}</strong> <span className="mono">{token.prefix}…</span>
              <br />
              <span className="muted">
                {t('console.tokens.created')} <DateTime value={token.createdAt} />
                {' · '}
                {token.lastUsedAt === null ? (
                  t('console.tokens.neverUsed')
                ) : (
                  <>
                    {t('console.tokens.lastUsed')} <DateTime value={token.lastUsedAt} />
                  </>
                )}
              </span>
              {canManage && <RevokeToken userId={user.id} token={token} onRevoked={changed} />}
            </li>
          ))}
        </ul>
      )}
      {canManage && user.status !== 'disabled' && (
        <TokenCreate userId={user.id} onCreated={changed} />
      )}
    </section>
  );
}

function RevokeToken({
  userId,
  token,
  onRevoked,
}: {
  userId: string;
  token: { id: string; name: string };
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const { detail, show, clear } = useFieldProblems();
  const revoke = async () => {
    clear();
    setStep('busy');
    const done = await sendChange(
      () =>
        api.DELETE('/api/v1/staff/users/{id}/tokens/{tokenId}', {
          params: { path: { id: userId, tokenId: token.id } },
        }),
      (answer) => show(answer, t('console.network')),
    );
    setStep('idle');
    if (done !== undefined) onRevoked();
  };
  return (
    <>
      {step === 'idle' ? (
        <p className="actions">
          <button
            type="button"
            className="button"
            aria-label={t('console.tokens.revokeLabel', { name: token.name })}
            onClick={() => setStep('confirm')}
          >
            {t('console.tokens.revoke')}
          </button>
        </p>
      ) : (
        <ConfirmStep
          question={t('console.tokens.revokeConfirm', { name: token.name })}
          confirm={t('console.tokens.revokeYes')}
          busy={step === 'busy'}
          onConfirm={() => void revoke()}
          onCancel={() => setStep('idle')}
        />
      )}
      {detail !== undefined && (
        <p className="field-error" role="alert">
          {detail}
        </p>
      )}
    </>
  );
}

function TokenCreate({ userId, onCreated }: { userId: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  // Each new token's secret stays until it is dismissed, so making another does not hide it.
  const secrets = useOneTimeSecrets((made: { id: string; name: string; token: string }) => made.id);
  const { errors, detail, show, clear } = useFieldProblems();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const value = name.trim();
    if (value === '') {
      clear([{ path: 'name', message: t('console.tokens.nameMissing') }]);
      return;
    }
    clear();
    setBusy(true);
    const done = await sendChange(
      () =>
        api.POST('/api/v1/staff/users/{id}/tokens', {
          params: { path: { id: userId } },
          body: { name: value },
        }),
      (answer) => show(answer, t('console.network')),
    );
    setBusy(false);
    if (done?.data === undefined) return;
    setName('');
    secrets.add(done.data);
    onCreated();
  };
  const fieldErrors = messagesFor(errors, 'name', t);
  return (
    <>
      {secrets.shown.map(({ key, secret: made, dismiss }) => (
        <OneTimeSecret
          key={key}
          heading={t('console.tokens.newHeading', { name: made.name })}
          warning={t('console.tokens.newWarning')}
          label={t('console.tokens.secret')}
          secret={made.token}
          onDone={dismiss}
        />
      ))}
      <form className="inline-form" noValidate onSubmit={(e) => void submit(e)}>
        <Field
          name="name"
          id={`user-${userId}-token-name`}
          label={t('console.tokens.name')}
          hint={t('console.tokens.nameHint')}
          errors={fieldErrors.length > 0 || detail === undefined ? fieldErrors : [detail]}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              maxLength={TOKEN_NAME_MAX}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <p className="actions">
          <button type="submit" className="button" aria-disabled={busy}>
            {busy ? t('console.working') : t('console.tokens.create')}
          </button>
        </p>
      </form>
    </>
  );
}
