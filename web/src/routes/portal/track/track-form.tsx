import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../api/problem.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { Field } from '../../../components/field.js';
import { readToken } from './token-store.js';

/** The outcome of the last report this form asked for, when it was not opened. */
export type FormOutcome = { kind: 'not-found' | 'invalid' | 'failed' } | undefined;

/** What the summary shows, as codes: translated at render, so a language switch follows. */
type Summary =
  | { kind: 'fields'; fields: { path: 'id' | 'token'; code: 'required' | 'invalid' }[] }
  | { kind: 'not-found' | 'failed' };

/** Longest report reference the server accepts. */
const MAX_ID_LENGTH = 40;

/**
 * The report's number and tracking token (`id`, `token`). The token is a password field: it is
 * a secret, and password managers should not offer to save it as a site password.
 */
export function TrackForm({
  initialId,
  outcome,
  busy,
  onOpen,
}: {
  initialId: string;
  outcome: FormOutcome;
  busy: boolean;
  onOpen: (id: string, token: string) => void;
}) {
  const { t } = useTranslation();
  const [id, setId] = useState(initialId);
  const [token, setToken] = useState(() => (initialId === '' ? '' : (readToken(initialId) ?? '')));
  const [summary, setSummary] = useState<Summary>();

  // A report opened from the list or the address fills in its number.
  useEffect(() => {
    if (initialId !== '') setId(initialId);
  }, [initialId]);

  useEffect(() => {
    if (outcome === undefined) setSummary(undefined);
    else if (outcome.kind === 'invalid') {
      setSummary({ kind: 'fields', fields: [{ path: 'id', code: 'invalid' }] });
    } else setSummary({ kind: outcome.kind });
  }, [outcome]);

  const errors = useMemo<FieldError[]>(
    () =>
      summary?.kind === 'fields'
        ? summary.fields.map((f) => ({
            path: f.path,
            message: t(`track.open.${f.path}.${f.code}`),
          }))
        : [],
    [summary, t],
  );
  const detail =
    summary?.kind === 'not-found'
      ? t('track.open.notFound')
      : summary?.kind === 'failed'
        ? t('common.error.network')
        : undefined;
  const errorsOf = (path: string) => errors.filter((e) => e.path === path).map((e) => e.message);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const cleanId = id.trim();
    const cleanToken = token.trim();
    const fields: Extract<Summary, { kind: 'fields' }>['fields'] = [];
    if (cleanId === '') fields.push({ path: 'id', code: 'required' });
    else if (cleanId.length > MAX_ID_LENGTH) fields.push({ path: 'id', code: 'invalid' });
    if (cleanToken === '') fields.push({ path: 'token', code: 'required' });
    if (fields.length > 0) {
      setSummary({ kind: 'fields', fields });
      return;
    }
    setSummary(undefined);
    onOpen(cleanId, cleanToken);
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby="track-form-heading">
      <h2 id="track-form-heading">{t('track.open.heading')}</h2>
      {summary !== undefined && (
        <ErrorSummary
          errors={errors}
          detail={detail}
          labelFor={(path) => t(`track.open.${path}.label`)}
        />
      )}
      <Field
        name="id"
        label={t('track.open.id.label')}
        hint={t('track.open.id.hint')}
        errors={errorsOf('id')}
        required
      >
        {(control) => (
          <input
            {...control}
            type="text"
            className="mono"
            value={id}
            onChange={(e) => setId(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
        )}
      </Field>
      <Field
        name="token"
        label={t('track.open.token.label')}
        hint={t('track.open.token.hint')}
        errors={errorsOf('token')}
        required
      >
        {(control) => (
          <input
            {...control}
            type="password"
            className="mono"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <p className="actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {busy ? t('track.open.busy') : t('track.open.submit')}
        </button>
      </p>
    </form>
  );
}
