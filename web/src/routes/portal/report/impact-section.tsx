import { useTranslation } from 'react-i18next';
import { IMPACT_TYPES } from '../../../api/report-body.js';
import { Field } from '../../../components/field.js';
import { useReportForm } from './form-context.js';
import { ReportTextField } from './text-field.js';

/** Step 5: the kind of impact, what an attacker gains, and an optional root-cause analysis. */
export function ImpactSection() {
  const { t } = useTranslation();
  const { state, setText, errorsAt } = useReportForm();
  return (
    <>
      <Field
        name="impact.type"
        label={t('report.fields.impact.type.label')}
        hint={t('report.fields.impact.type.hint')}
        errors={errorsAt('impact.type')}
      >
        {(control) => (
          <select
            {...control}
            value={state.text['impact.type']}
            onChange={(e) => setText('impact.type', e.target.value)}
          >
            <option value="">{t('report.impactTypes.choose')}</option>
            {IMPACT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`report.impactTypes.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ReportTextField field="impact.description" rows={6} required />
      <ReportTextField field="analysis" rows={8} />
    </>
  );
}
