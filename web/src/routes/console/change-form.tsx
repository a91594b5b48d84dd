import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../api/problem.js';
import { cssId } from '../../components/error-summary.js';
import { Field } from '../../components/field.js';
import { focusFirstInvalid, messagesFor } from '../account/field-errors.js';
import { sendChange } from './send-change.js';
import { useFieldProblems } from './use-field-problems.js';

export interface ChangeField {
  /** The API field path: the control's name, and where the server's objections go. */
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  input:
    | { type: 'text' | 'email' | 'url' | 'date'; maxLength?: number }
    | { type: 'select'; options: readonly (readonly [string, string])[] };
}

export type FormValues = Readonly<Record<string, string>>;

/**
 * A form that sends one change to the API. Missing required fields are named before anything is
 * sent; the server's objections appear beside the fields they name (the first one takes the
 * focus), and anything else it says above the form. Several forms with the same field names may
 * share a page: `id` keeps their controls apart.
 */
export function ChangeForm<T>({
  id,
  heading,
  fields,
  initial = {},
  submitLabel,
  send,
  onDone,
}: {
  id: string;
  heading?: string;
  fields: readonly ChangeField[];
  initial?: FormValues;
  submitLabel: string;
  send: (values: FormValues) => Promise<{ data?: T; error?: unknown; response: Response }>;
  /** After a success, with what was sent; the form then starts again from `initial`. */
  onDone: (data: T | undefined, sent: FormValues) => void;
}) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>(initial);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const { errors, detail, show, clear } = useFieldProblems();
  useEffect(() => {
    if (attempt > 0) focusFirstInvalid(form.current);
  }, [attempt, errors]);

  const names = new Set(fields.map((f) => f.name));
  const elsewhere = errors.filter((e) => !names.has(e.path));
  const general = [...(detail !== undefined && errors.length === 0 ? [detail] : [])].concat(
    elsewhere.map((e) => `${e.path}: ${fieldErrorText(e, t)}`),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setAttempt((n) => n + 1);
    const missing = fields
      .filter((f) => f.required === true && (values[f.name]?.trim() ?? '') === '')
      .map((f) => ({ path: f.name, message: t('console.form.missing', { field: f.label }) }));
    clear(missing);
    if (missing.length > 0) return;
    setBusy(true);
    const done = await sendChange(
      () => send(values),
      (answer) => show(answer, t('console.network')),
    );
    setBusy(false);
    if (done === undefined) return;
    const sent = values;
    setValues(initial);
    onDone(done.data, sent);
  };

  return (
    <form
      ref={form}
      className="change-form"
      noValidate
      aria-labelledby={heading !== undefined ? `${id}-heading` : undefined}
      onSubmit={(e) => void submit(e)}
    >
      {heading !== undefined && <h3 id={`${id}-heading`}>{heading}</h3>}
      {general.length > 0 && (
        <p role="alert" className="field-error">
          {general.join(' ')}
        </p>
      )}
      {errors.length > 0 && elsewhere.length < errors.length && (
        <p role="alert" className="visually-hidden">
          {t('console.form.checkFields')}
        </p>
      )}
      {fields.map((f) => (
        <Field
          key={f.name}
          name={f.name}
          id={`${id}-${cssId(f.name)}`}
          label={f.label}
          hint={f.hint}
          required={f.required}
          errors={messagesFor(errors, f.name, t)}
        >
          {(control) => {
            const value = values[f.name] ?? '';
            const set = (v: string) => setValues((all) => ({ ...all, [f.name]: v }));
            if (f.input.type === 'select') {
              return (
                <select {...control} value={value} onChange={(e) => set(e.target.value)}>
                  {f.input.options.map(([v, text]) => (
                    <option key={v} value={v}>
                      {text}
                    </option>
                  ))}
                </select>
              );
            }
            return (
              <input
                {...control}
                type={f.input.type}
                autoComplete="off"
                spellCheck={f.input.type === 'text'}
                maxLength={f.input.maxLength}
                value={value}
                onChange={(e) => set(e.target.value)}
              />
            );
          }}
        </Field>
      ))}
      <p className="actions">
        <button type="submit" className="button primary" aria-disabled={busy}>
          {busy ? t('console.working') : submitLabel}
        </button>
      </p>
    </form>
  );
}
