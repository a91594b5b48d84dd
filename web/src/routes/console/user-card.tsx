import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import type { SessionAccount } from '../../api/session.js';
import { DateTime } from '../../components/date-time.js';
import { Field } from '../../components/field.js';
import { messagesFor } from '../account/field-errors.js';
import { ConfirmStep } from './confirm-step.js';
import { OneTimeSecret } from './one-time-secret.js';
import { sendChange } from './send-change.js';
import { may, STAFF_ROLES } from './staff-roles.js';
import { useFieldProblems } from './use-field-problems.js';
import { UserTokens } from './user-tokens.js';

export type StaffUser =
  paths['/api/v1/staff/users']['get']['responses'][200]['content']['application/json']['items'][number];

/** "Give this link to … It works until <time>." */
export function LinkWarning({ expiresAt }: { expiresAt: string }) {
  const { t } = useTranslation();
  return (
    <>
      {t('console.users.linkWarning')} <DateTime value={expiresAt} />
    </>
  );
}

/**
 * One staff account: its facts, and what the signed-in admin may do with it (change the role,
 * disable or enable, reset, its API tokens). Controls the role lacks are not shown.
 */
export function UserCard({
  user,
  account,
  onChanged,
}: {
  user: StaffUser;
  account: SessionAccount;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const manage = may(account, 'user.manage');
  const [tokensOpen, setTokensOpen] = useState(false);
  const tokensId = `user-${user.id}-tokens`;
  return (
    <li className="panel">
      <h3 className="console-card-title">
        {user.email}
        {user.id === account.id && <span className="muted"> {t('console.users.you')}</span>}
      </h3>
      <dl className="case-facts">
        <dt>{t('console.users.field.role')}</dt>
        <dd>{t(`console.roles.${user.role}`)}</dd>
        <dt>{t('console.users.statusLabel')}</dt>
        <dd>
          <span className={`badge user-${user.status}`}>
            {t(`console.users.status.${user.status}`)}
          </span>
          {user.enrolmentExpiresAt !== null && (
            <>
              {' '}
              {t('console.users.linkUntil')} <DateTime value={user.enrolmentExpiresAt} />
            </>
          )}
        </dd>
        <dt>{t('console.users.lastSignIn')}</dt>
        <dd>
          {user.lastSignInAt === null ? (
            t('console.users.notKnown')
          ) : (
            <DateTime value={user.lastSignInAt} />
          )}
        </dd>
        <dt>{t('console.users.created')}</dt>
        <dd>
          <DateTime value={user.createdAt} />
        </dd>
      </dl>
      {manage && <RoleForm user={user} onChanged={onChanged} />}
      {manage && <DisableControl user={user} onChanged={onChanged} />}
      {manage && user.status !== 'disabled' && <ResetControl user={user} onChanged={onChanged} />}
      <p className="actions">
        <button
          type="button"
          className="button"
          aria-expanded={tokensOpen}
          aria-controls={tokensOpen ? tokensId : undefined}
          onClick={() => setTokensOpen((open) => !open)}
        >
          {t('console.users.tokensButton', { count: user.tokenCount })}
        </button>
      </p>
      {tokensOpen && (
        <UserTokens
          id={tokensId}
          user={user}
          canManage={may(account, 'user.token.manage')}
          onChanged={onChanged}
        />
      )}
    </li>
  );
}

/** The role, changed with its own button; a refusal (the last admin) appears beside it. */
function RoleForm({ user, onChanged }: { user: StaffUser; onChanged: () => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<string>(user.role);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const { errors, detail, show, clear } = useFieldProblems();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const chosen = STAFF_ROLES.find((r) => r === role);
    if (busy || chosen === undefined) return;
    clear();
    setSaved(false);
    setBusy(true);
    const done = await sendChange(
      () =>
        api.PATCH('/api/v1/staff/users/{id}', {
          params: { path: { id: user.id } },
          body: { role: chosen },
        }),
      (answer) => show(answer, t('console.network')),
    );
    setBusy(false);
    if (done === undefined) return;
    setSaved(true);
    onChanged();
  };
  const fieldErrors = messagesFor(errors, 'role', t);
  return (
    <form className="inline-form" noValidate onSubmit={(e) => void submit(e)}>
      <Field
        name="role"
        id={`user-${user.id}-role`}
        label={t('console.users.changeRole')}
        errors={fieldErrors.length > 0 || detail === undefined ? fieldErrors : [detail]}
      >
        {(control) => (
          <select
            {...control}
            value={role}
            onChange={(e) => {
              setRole(e.target.value);
              setSaved(false);
            }}
          >
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`console.roles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="actions">
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? t('console.working') : t('console.users.saveRole')}
        </button>
      </p>
      <p role="status" className="visually-hidden">
        {saved ? t('console.users.roleSaved') : ''}
      </p>
    </form>
  );
}

/** Disable (after asking: sessions end, tokens stop) or enable the account. */
function DisableControl({ user, onChanged }: { user: StaffUser; onChanged: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const { errors, detail, show, clear } = useFieldProblems();
  const disabled = user.status === 'disabled';
  const send = async (next: boolean) => {
    clear();
    setBusy(true);
    const done = await sendChange(
      () =>
        api.PATCH('/api/v1/staff/users/{id}', {
          params: { path: { id: user.id } },
          body: { disabled: next },
        }),
      (answer) => show(answer, t('console.network')),
    );
    setBusy(false);
    setConfirming(false);
    if (done !== undefined) onChanged();
  };
  const problems = messagesFor(errors, 'disabled', t);
  const shown = problems.length > 0 ? problems : detail !== undefined ? [detail] : [];
  return (
    <div className="user-disable">
      {!confirming && (
        <p className="actions">
          <button
            type="button"
            className="button"
            name="disabled"
            aria-disabled={busy}
            aria-describedby={shown.length > 0 ? `user-${user.id}-disabled-error` : undefined}
            onClick={() => {
              if (busy) return;
              if (disabled) void send(false);
              else setConfirming(true);
            }}
          >
            {disabled ? t('console.users.enable') : t('console.users.disable')}
          </button>
        </p>
      )}
      {confirming && (
        <ConfirmStep
          question={t('console.users.disableConfirm', { email: user.email })}
          confirm={t('console.users.disableYes')}
          busy={busy}
          onConfirm={() => void send(true)}
          onCancel={() => setConfirming(false)}
        />
      )}
      {shown.length > 0 && (
        <p className="field-error" role="alert" id={`user-${user.id}-disabled-error`}>
          {shown.join(' ')}
        </p>
      )}
    </div>
  );
}

/** A new enrolment link (after asking), shown once. */
function ResetControl({ user, onChanged }: { user: StaffUser; onChanged: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [link, setLink] = useState<{ url: string; expiresAt: string }>();
  const { detail, show, clear } = useFieldProblems();
  const reset = async () => {
    clear();
    setStep('busy');
    const done = await sendChange(
      () =>
        api.POST('/api/v1/staff/users/{id}/reset', {
          params: { path: { id: user.id } },
        }),
      (answer) => show(answer, t('console.network')),
    );
    setStep('idle');
    if (done?.data === undefined) return;
    setLink(done.data.enrolment);
    onChanged();
  };
  return (
    <div className="user-reset">
      {step === 'idle' && link === undefined && (
        <p className="actions">
          <button type="button" className="button" onClick={() => setStep('confirm')}>
            {t('console.users.reset')}
          </button>
        </p>
      )}
      {step !== 'idle' && (
        <ConfirmStep
          question={t('console.users.resetConfirm', { email: user.email })}
          confirm={t('console.users.resetYes')}
          busy={step === 'busy'}
          onConfirm={() => void reset()}
          onCancel={() => setStep('idle')}
        />
      )}
      {detail !== undefined && (
        <p className="field-error" role="alert">
          {detail}
        </p>
      )}
      {link !== undefined && (
        <OneTimeSecret
          heading={t('console.users.resetHeading', { email: user.email })}
          warning={<LinkWarning expiresAt={link.expiresAt} />}
          label={t('console.users.link')}
          secret={link.url}
          onDone={() => setLink(undefined)}
        />
      )}
    </div>
  );
}
