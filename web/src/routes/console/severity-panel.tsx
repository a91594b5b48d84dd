import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { Field } from '../../components/field.js';
import { messagesFor } from '../account/field-errors.js';
import { membersOf } from '../../api/enum-members.js';
import type { ImpactType } from '../../api/report-body.js';
import type { CaseView } from './use-case-file.js';
import { useFieldProblems } from './use-field-problems.js';

type Assessment =
  paths['/api/v1/reports/{id}/severity']['put']['responses'][200]['content']['application/json'];

const SEVERITIES = ['critical', 'important', 'moderate', 'low'] as const;
/**
 * The intake's impact types (checked against its enum). Listed here rather than imported from
 * the report form's module, which would pull it out of that public page's chunk.
 */
const IMPACT_TYPES = membersOf<ImpactType>({
  'remote-code-execution': true,
  'elevation-of-privilege': true,
  'information-disclosure': true,
  'denial-of-service': true,
  spoofing: true,
  tampering: true,
  'security-feature-bypass': true,
  other: true,
});
const EXPLOITABILITY = ['exploitation-detected', 'more-likely', 'less-likely', 'unlikely'] as const;

/**
 * The severity assessment: vendor severity (empty: the one the CVSS score suggests), impact
 * type, exploitability, exploited, publicly disclosed and the CVSS vectors, starting from what
 * was recorded last; the scores the server computed are shown once saved. Staff whose role may
 * not rate severity (`report.severity.edit`) read the assessment instead.
 */
export function SeverityPanel({
  reportId,
  view,
  cvss31,
  editable,
  onSaved,
}: {
  reportId: string;
  view: CaseView;
  /** The reporter's CVSS 3.1 vector, offered until staff record one. */
  cvss31: string | undefined;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  if (!editable) {
    return (
      <section className="panel" aria-labelledby="severity-heading">
        <h2 id="severity-heading">{t('console.severityPanel.heading')}</h2>
        <AssessmentList assessment={view.assessment} />
      </section>
    );
  }
  return (
    <SeverityForm
      reportId={reportId}
      recorded={view.assessment}
      cvss31={cvss31}
      onSaved={onSaved}
    />
  );
}

function SeverityForm({
  reportId,
  recorded,
  cvss31,
  onSaved,
}: {
  reportId: string;
  recorded: Assessment | null;
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
          impact: text('impact'),
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
          errors={messagesFor(errors, 'severity', t)}
        >
          {(control) => (
            <select {...control} defaultValue={chosenSeverity(recorded)}>
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
          name="impact"
          label={t('console.severityPanel.impact')}
          errors={messagesFor(errors, 'impact', t)}
        >
          {(control) => (
            <select {...control} defaultValue={recorded?.impact ?? ''}>
              <option value="">{t('console.severityPanel.notAssessed')}</option>
              {IMPACT_TYPES.map((x) => (
                <option key={x} value={x}>
                  {t(`report.impactTypes.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="exploitability"
          label={t('console.severityPanel.exploitability')}
          errors={messagesFor(errors, 'exploitability', t)}
        >
          {(control) => (
            <select {...control} defaultValue={recorded?.exploitability ?? ''}>
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
              <input
                type="checkbox"
                id={`field-${name}`}
                name={name}
                defaultChecked={recorded?.[name] ?? false}
              />{' '}
              {t(`console.severityPanel.${name}`)}
            </label>
            {messagesFor(errors, name, t).map((m) => (
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
            errors={messagesFor(errors, name, t)}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                spellCheck={false}
                className="mono"
                defaultValue={
                  recorded !== null
                    ? (recorded[name]?.vector ?? '')
                    : name === 'cvss31'
                      ? (cvss31 ?? '')
                      : ''
                }
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

/** The severity chosen by hand, or empty (take the suggestion) when none overrode it. */
function chosenSeverity(recorded: Assessment | null): string {
  if (recorded === null) return '';
  return recorded.overridden || recorded.suggestedSeverity === null ? recorded.severity : '';
}

/** The recorded assessment, read-only. */
function AssessmentList({ assessment }: { assessment: Assessment | null }) {
  const { t } = useTranslation();
  if (assessment === null) return <p>{t('console.severityPanel.none')}</p>;
  const notSet = t('console.caseFacts.notSet');
  const yesNo = (value: boolean) =>
    value ? t('console.caseFacts.yes') : t('console.caseFacts.no');
  return (
    <dl className="case-facts">
      <dt>{t('console.severityPanel.severity')}</dt>
      <dd>
        {t(`console.severity.${assessment.severity}`, { defaultValue: assessment.severity })}
        {assessment.overridden && assessment.suggestedSeverity !== null && (
          <>
            {' '}
            (
            {t('console.severityPanel.overridden', {
              suggested: t(`console.severity.${assessment.suggestedSeverity}`, {
                defaultValue: assessment.suggestedSeverity,
              }),
            })}
            )
          </>
        )}
      </dd>
      <dt>{t('console.severityPanel.impact')}</dt>
      <dd>
        {assessment.impact === null
          ? notSet
          : t(`report.impactTypes.${assessment.impact}`, {
              defaultValue: assessment.impact,
            })}
      </dd>
      <dt>{t('console.severityPanel.exploitability')}</dt>
      <dd>
        {assessment.exploitability === null
          ? notSet
          : t(`console.severityPanel.exploitabilities.${assessment.exploitability}`, {
              defaultValue: assessment.exploitability,
            })}
      </dd>
      <dt>{t('console.severityPanel.exploited')}</dt>
      <dd>{yesNo(assessment.exploited)}</dd>
      <dt>{t('console.severityPanel.publiclyDisclosed')}</dt>
      <dd>{yesNo(assessment.publiclyDisclosed)}</dd>
      {(['cvss31', 'cvss40'] as const).map((name) => {
        const score = assessment[name];
        return (
          <Fragment key={name}>
            <dt>{t(`console.severityPanel.${name}`)}</dt>
            <dd>
              {score === null ? (
                notSet
              ) : (
                <>
                  <span className="mono">{score.vector}</span>:{' '}
                  {t('console.severityPanel.score', { score: score.score, rating: score.severity })}
                </>
              )}
            </dd>
          </Fragment>
        );
      })}
    </dl>
  );
}
