import {
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/problem.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Field } from '../../components/field.js';
import { focusFirstInvalid, labelsOf, messagesFor } from './field-errors.js';
import { Notice } from './notice.js';

/** One text input, named by its API field path. */
export interface AccountField<Name extends string> {
  name: Name;
  label: string;
  hint?: string;
  required?: boolean;
  /** The input's own attributes: type, autocomplete, length limits. */
  input: Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'id' | 'name' | 'value' | 'onChange' | 'required'
  >;
}

/** What sending the form came to. */
export type SubmitResult =
  /** The page moves on (the form goes away); the button stays busy until then. */
  | { kind: 'done' }
  /** The server named fields: a summary above the form, each message beside its field. */
  | { kind: 'fields'; errors: FieldError[] }
  /** Anything else, told above the form (the content of a warning). */
  | { kind: 'notice'; message: ReactNode };

type Failure =
  | { kind: 'fields'; errors: FieldError[]; fromServer: boolean }
  | { kind: 'notice'; message: ReactNode };

export interface AccountFormProps<Name extends string> {
  fields: readonly AccountField<Name>[];
  /** What is wrong before asking the server, in the UI language; empty when nothing is. */
  check: (values: Readonly<Record<Name, string>>) => FieldError[];
  submit: (values: Readonly<Record<Name, string>>) => Promise<SubmitResult>;
  submitLabel: string;
  busyLabel: string;
  /** Shown below the form. */
  children?: ReactNode;
}

/**
 * The account pages' forms (sign in, register): labelled inputs named by their API field paths,
 * a check before sending (its messages beside the fields, the focus on the first), then the
 * server's answer: field errors with a summary, or a warning above the form. One request at a
 * time; the button says when it is busy, and so does a status for screen readers.
 */
export function AccountForm<Name extends string>({
  fields,
  check,
  submit,
  submitLabel,
  busyLabel,
  children,
}: AccountFormProps<Name>) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(
    () => Object.fromEntries(fields.map((f) => [f.name, ''])) as Record<Name, string>,
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const fieldErrors = failure?.kind === 'fields' ? failure.errors : [];
  const labelFor = labelsOf(Object.fromEntries(fields.map((f) => [f.name, f.label])));

  useEffect(() => {
    if (failure?.kind === 'fields' && !failure.fromServer) focusFirstInvalid(formRef.current);
  }, [failure]);

  async function send(): Promise<void> {
    const local = check(values);
    if (local.length > 0) {
      setFailure({ kind: 'fields', errors: local, fromServer: false });
      return;
    }
    setBusy(true);
    setFailure(undefined);
    const result = await submit(values);
    if (result.kind === 'done') return;
    setBusy(false);
    setFailure(result.kind === 'fields' ? { ...result, fromServer: true } : result);
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) void send();
  };

  return (
    <>
      {failure?.kind === 'fields' && failure.fromServer && (
        <ErrorSummary errors={failure.errors} labelFor={labelFor} />
      )}
      {failure?.kind === 'notice' && <Notice tone="warn">{failure.message}</Notice>}
      <form ref={formRef} className="account-form" noValidate onSubmit={onSubmit}>
        {fields.map((field) => (
          <Field
            key={field.name}
            name={field.name}
            label={field.label}
            hint={field.hint}
            errors={messagesFor(fieldErrors, field.name, t)}
            required={field.required}
          >
            {(control) => (
              <input
                {...control}
                {...field.input}
                value={values[field.name]}
                onChange={(e) => {
                  const value = e.target.value;
                  setValues((v) => ({ ...v, [field.name]: value }));
                }}
              />
            )}
          </Field>
        ))}
        <p className="actions">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </button>
        </p>
        <p role="status" className="visually-hidden">
          {busy ? busyLabel : ''}
        </p>
      </form>
      {children}
    </>
  );
}
