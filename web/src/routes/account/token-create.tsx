import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { isProblem, type FieldError } from '../../api/problem.js';
import { forgetSession } from '../../api/session.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Field } from '../../components/field.js';
import { useOneTimeSecrets } from '../../components/use-one-time-secrets.js';
import { labelsOf, messagesFor } from './field-errors.js';
import { NewToken } from './new-token.js';
import { Notice } from './notice.js';
import type { ApiToken } from './token-list.js';

/** Longest token name the API takes (`POST /api/v1/me/tokens` and the staff tokens alike). */
export const TOKEN_NAME_MAX = 100;

type Outcome =
  | { kind: 'fields'; errors: FieldError[]; fromServer: boolean }
  | { kind: 'forbidden' | 'network' }
  | { kind: 'failed'; detail: string };

/** The form that creates a token, then each new token's secret (once) until it is dismissed. */
export function TokenCreate({ onCreated }: { onCreated: (token: ApiToken) => void }) {
  const { t } = useTranslation();
  const labelFor = labelsOf({ name: t('account.tokens.name') });
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  // Every secret made here and not yet dismissed: creating another token must not take away a
  // secret not saved yet (the server shows each one only once).
  const created = useOneTimeSecrets(
    (made: { id: string; name: string; secret: string }) => made.id,
  );
  const errors = outcome?.kind === 'fields' ? outcome.errors : [];
  const failure =
    outcome?.kind === 'forbidden'
      ? t('account.tokens.forbidden')
      : outcome?.kind === 'network'
        ? t('account.network')
        : outcome?.kind === 'failed'
          ? t('account.tokens.createFailed', { detail: outcome.detail })
          : undefined;

  async function create(value: string): Promise<void> {
    setBusy(true);
    setOutcome(undefined);
    try {
      const { data, error, response } = await api.POST('/api/v1/me/tokens', {
        body: { name: value },
      });
      if (data !== undefined) {
        const { token: secret, ...token } = data;
        onCreated(token);
        setName('');
        created.add({ id: token.id, name: token.name, secret });
      } else if (response.status === 401) {
        forgetSession();
      } else {
        const problem: unknown = error;
        setOutcome(
          !isProblem(problem)
            ? { kind: 'network' }
            : response.status === 403
              ? { kind: 'forbidden' }
              : problem.errors.length > 0
                ? { kind: 'fields', errors: problem.errors, fromServer: true }
                : { kind: 'failed', detail: problem.detail },
        );
      }
    } catch {
      setOutcome({ kind: 'network' });
    }
    setBusy(false);
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const value = name.trim();
    const problem =
      value === ''
        ? t('account.tokens.nameMissing')
        : [...value].length > TOKEN_NAME_MAX
          ? t('account.tokens.nameLong', { max: TOKEN_NAME_MAX })
          : undefined;
    if (problem !== undefined) {
      setOutcome({
        kind: 'fields',
        errors: [{ path: 'name', message: problem }],
        fromServer: false,
      });
      input.current?.focus();
      return;
    }
    void create(value);
  };

  return (
    <section aria-labelledby="account-token-create">
      <h2 id="account-token-create">{t('account.tokens.createHeading')}</h2>
      {created.shown.map(({ key, secret: made, dismiss }) => (
        <NewToken
          key={key}
          name={made.name}
          secret={made.secret}
          onDone={() => {
            dismiss();
            input.current?.focus();
          }}
        />
      ))}
      {outcome?.kind === 'fields' && outcome.fromServer && (
        <ErrorSummary errors={outcome.errors} labelFor={labelFor} />
      )}
      {failure !== undefined && (
        <Notice tone="warn">
          <p>{failure}</p>
        </Notice>
      )}
      <form className="account-form" noValidate onSubmit={submit}>
        <Field
          name="name"
          label={t('account.tokens.name')}
          hint={t('account.tokens.nameHint', { max: TOKEN_NAME_MAX })}
          errors={messagesFor(errors, 'name', t)}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={input}
              type="text"
              autoComplete="off"
              maxLength={TOKEN_NAME_MAX}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <p className="actions">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? t('account.tokens.creating') : t('account.tokens.create')}
          </button>
        </p>
        <p role="status" className="visually-hidden">
          {busy ? t('account.tokens.creating') : ''}
        </p>
      </form>
    </section>
  );
}
