import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { Field } from '../../components/field.js';
import { messagesFor } from '../account/field-errors.js';
import { useFieldProblems } from './use-field-problems.js';

type Assessment =
  paths['/api/v1/reports/{id}/severity']['put']['responses'][200]['content']['application/json'];

const SEVERITIES = ['critical', 'important', 'moderate', 'low'] as const;
const EXPLOITABILITY = ['exploitation-detected', 'more-likely', 'less-likely', 'unlikely'] as const;

/**
 * The severity assessment: vendor severity (empty: the one the CVSS score suggests),
 * exploitability, exploited, publicly disclosed and the CVSS vectors; the scores the server
 * computed are shown once saved.
 */
export function SeverityPanel({
  reportId,
  severity,
  cvss31,
  onSaved,
}: {
  reportId: string;
  severity: string | null;
  cvss31: string | undefined;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { errors, detail, show, clear } = useFieldProblems();
  const [saved, setSaved] = useState<Assessment>();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
    };
    const chosen = text('severity');
    clear();
    try {
      const { data, error } = await api.PUT('/api/v1/reports/{id}/severity', {
        params: { path: { id: reportId } },
        body: {
          ...(chosen !== null ? { severity: chosen } : {}),
          exploitability: text('exploitability'),
          exploited: form.get('exploited') === 'on',
          publiclyDisclosed: form.get('publiclyDisclosed') === 'on',
          cvss31: text('cvss31'),
          cvss40: text('cvss40'),
        },
      });
      if (data !== undefined) {
        setSaved(data);
        onSaved();
        return;
      }
      show(error, t('console.network'));
    } catch {
      show(undefined, t('console.network'));
    }
  };
  return (
    <section className="panel" aria-labelledby="severity-heading">
      <h2 id="severity-heading">{t('console.severityPanel.heading')}</h2>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Field
          name="severity"
          label={t('console.severityPanel.severity')}
          errors={messagesFor(errors, 'severity')}
        >
          {(control) => (
            <select {...control} defaultValue={severity ?? ''}>
              <option value="">{t('console.severityPanel.suggested')}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`console.severity.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="exploitability"
          label={t('console.severityPanel.exploitability')}
          errors={messagesFor(errors, 'exploitability')}
        >
          {(control) => (
            <select {...control} defaultValue="">
              <option value="">{t('console.severityPanel.notAssessed')}</option>
              {EXPLOITABILITY.map((x) => (
                <option key={x} value={x}>
                  {t(`console.severityPanel.exploitabilities.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {(['exploited', 'publiclyDisclosed'] as const).map((name) => (
          <p className="checkbox" key={name}>
            <label>
              <input type="checkbox" name={name} /> {t(`console.severityPanel.${name}`)}
            </label>
            {messagesFor(errors, name).map((m) => (
              <span key={m} className="field-error">
                {' '}
                {m}
              </span>
            ))}
          </p>
        ))}
        {(['cvss31', 'cvss40'] as const).map((name) => (
          <Field
            key={name}
            name={name}
            label={t(`console.severityPanel.${name}`)}
            errors={messagesFor(errors, name)}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                spellCheck={false}
                className="mono"
                defaultValue={name === 'cvss31' ? (cvss31 ?? '') : ''}
              />
            )}
          </Field>
        ))}
        {detail !== undefined && errors.length === 0 && (
          <p role="alert" className="field-error">
            {detail}
          </p>
        )}
        <p className="actions">
          <button type="submit" className="button primary">
            {t('console.severityPanel.save')}
          </button>
        </p>
      </form>
      {saved !== undefined && (
        <div role="status">
          <p>
            {t('console.severityPanel.saved', {
              severity: t(`console.severity.${saved.severity}`, { defaultValue: saved.severity }),
            })}
          </p>
          <ul>
            {[saved.cvss31, saved.cvss40].map(
              (score) =>
                score !== null && (
                  <li key={score.vector}>
                    <span className="mono">{score.vector}</span>:{' '}
                    {t('console.severityPanel.score', {
                      score: score.score,
                      rating: score.severity,
                    })}
                  </li>
                ),
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
