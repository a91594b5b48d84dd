import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Field } from '../../components/field.js';
import { messagesFor } from '../account/field-errors.js';
import { CASE_FACTS_ID, type CaseFactField } from './case-facts.js';
import { useFieldProblems } from './use-field-problems.js';
import { useHelpDestinations } from './use-help-destinations.js';
import {
  dispositionsFor,
  fieldsFor,
  transitionBody,
  type CaseState,
  type Disposition,
  type TransitionField,
} from './transition-requirements.js';

/**
 * Moving a report to another state: asks for what that move needs (disposition, reason, the
 * original of a duplicate, where to send the reporter), says which case facts must be set
 * first (the case view's `missingFacts`) with links to them in the case facts form, then shows
 * the server's objections beside the fields they concern.
 */
export function TransitionDialog({
  reportId,
  from,
  to,
  missingFacts,
  canSetFacts,
  onDone,
  onCancel,
}: {
  reportId: string;
  from: CaseState;
  to: CaseState;
  /** The case facts this move still needs, as the server said. */
  missingFacts: readonly CaseFactField[];
  /** Whether the account may set case facts (else it is told to ask someone who may). */
  canSetFacts: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<Partial<Record<TransitionField, string>>>({});
  const { errors, detail, show, clear } = useFieldProblems();
  const [busy, setBusy] = useState(false);
  const dispositions = dispositionsFor(from);
  const disposition = dispositions.find((d) => d === values.disposition);
  const fields = fieldsFor(from, to, disposition);
  const destinations = useHelpDestinations(fields.includes('helpDestination'));
  useEffect(() => heading.current?.focus(), []);

  const set = (name: TransitionField, value: string) => setValues((v) => ({ ...v, [name]: value }));
  // Asking for information: the reason is the question, posted to the reporter as a message.
  const asks = to === 'needs-info';
  const label = (name: TransitionField) =>
    asks && name === 'reason'
      ? t('console.transition.field.question')
      : t(`console.transition.field.${name}`);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const missing = fields
      .filter((f) => (values[f]?.trim() ?? '') === '')
      .map((f) => ({ path: f, message: t('console.transition.missing', { field: label(f) }) }));
    clear(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      const { data, error } = await api.POST('/api/v1/reports/{id}/transitions', {
        params: { path: { id: reportId } },
        body: transitionBody(to, fields, values),
      });
      if (data !== undefined) {
        onDone();
        return;
      }
      show(error, t('console.network'));
    } catch {
      show(undefined, t('console.network'));
    }
    setBusy(false);
  };

  const selectOptions = (options: readonly (readonly [string, string])[]) => [
    <option key="" value="">
      {t('console.transition.choose')}
    </option>,
    ...options.map(([value, text]) => (
      <option key={value} value={value}>
        {text}
      </option>
    )),
  ];

  return (
    <section className="panel transition-dialog" aria-labelledby="transition-heading">
      <h3 id="transition-heading" tabIndex={-1} ref={heading}>
        {t('console.transition.heading', { to: t(`console.status.${to}`) })}
      </h3>
      {(errors.length > 0 || detail !== undefined) && (
        <ErrorSummary
          errors={errors}
          detail={detail}
          labelFor={(p) =>
            fields.includes(p as TransitionField)
              ? label(p as TransitionField)
              : t(`console.caseFacts.field.${p}`, { defaultValue: p })
          }
        />
      )}
      {missingFacts.length > 0 && (
        <MissingFacts fields={missingFacts} canSet={canSetFacts} to={to} />
      )}
      <form noValidate onSubmit={(e) => void submit(e)}>
        {fields.includes('disposition') && (
          <Field
            name="disposition"
            label={label('disposition')}
            required
            errors={messagesFor(errors, 'disposition', t)}
          >
            {(control) => (
              <select
                {...control}
                value={values.disposition ?? ''}
                onChange={(e) => set('disposition', e.target.value)}
              >
                {selectOptions(
                  dispositions.map((d: Disposition) => [d, t(`console.disposition.${d}`)] as const),
                )}
              </select>
            )}
          </Field>
        )}
        {fields.includes('helpDestination') && (
          <Field
            name="helpDestination"
            label={label('helpDestination')}
            required
            errors={messagesFor(errors, 'helpDestination', t)}
          >
            {(control) => (
              <select
                {...control}
                value={values.helpDestination ?? ''}
                onChange={(e) => set('helpDestination', e.target.value)}
              >
                {selectOptions(destinations.map((d) => [d.id, d.title] as const))}
              </select>
            )}
          </Field>
        )}
        {fields.includes('duplicateOf') && (
          <Field
            name="duplicateOf"
            label={label('duplicateOf')}
            hint={t('console.transition.duplicateOfHint')}
            required
            errors={messagesFor(errors, 'duplicateOf', t)}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                spellCheck={false}
                value={values.duplicateOf ?? ''}
                onChange={(e) => set('duplicateOf', e.target.value)}
              />
            )}
          </Field>
        )}
        {fields.includes('reason') && (
          <Field
            name="reason"
            label={label('reason')}
            hint={t(asks ? 'console.transition.questionHint' : 'console.transition.reasonHint')}
            required
            errors={messagesFor(errors, 'reason', t)}
          >
            {(control) => (
              <textarea
                {...control}
                rows={asks ? 6 : 4}
                value={values.reason ?? ''}
                onChange={(e) => set('reason', e.target.value)}
              />
            )}
          </Field>
        )}
        <p className="actions">
          <button type="submit" className="button primary" aria-disabled={busy}>
            {busy
              ? t('console.transition.busy')
              : t('console.transition.submit', { to: t(`console.status.${to}`) })}
          </button>{' '}
          <button type="button" className="button" onClick={onCancel}>
            {t('console.bulk.cancel')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** The case facts a move waits for, each a link to its control in the case facts form. */
function MissingFacts({
  fields,
  canSet,
  to,
}: {
  fields: readonly CaseFactField[];
  canSet: boolean;
  to: CaseState;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice-warn missing-facts">
      <p id="missing-facts-text">
        {t('console.transition.needsFacts', { to: t(`console.status.${to}`) })}
      </p>
      <ul aria-labelledby="missing-facts-text">
        {fields.map((f) => (
          <li key={f}>
            <a
              href={canSet ? `#field-${f}` : `#${CASE_FACTS_ID}`}
              onClick={(e) => {
                const control = document.querySelector<HTMLElement>(
                  `#${CASE_FACTS_ID} [name="${f}"]`,
                );
                if (control !== null) {
                  e.preventDefault();
                  control.focus();
                }
              }}
            >
              {t(`console.caseFacts.field.${f}`)}
            </a>
          </li>
        ))}
      </ul>
      <p>{canSet ? t('console.transition.setFacts') : t('console.transition.askFacts')}</p>
    </div>
  );
}
