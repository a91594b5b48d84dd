import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.js';
import { CwePicker } from '../../../components/report/cwe-picker.js';
import { useReportForm } from './form-context.js';
import { normalizeCwe } from './request-body.js';
import { ReportTextField } from './text-field.js';

/** Step 1: the title and the kind of vulnerability (a CWE id, a description, or both). */
export function IssueSection() {
  const { t } = useTranslation();
  const { state, update, errorsAt } = useReportForm();
  const onCweChange = useCallback(
    (value: string, cweName: string) =>
      update(
        (s) => ({ ...s, text: { ...s.text, 'issueType.cwe': value }, cweName }),
        'issueType.cwe',
      ),
    [update],
  );
  return (
    <>
      <ReportTextField field="title" required />
      <Field
        name="issueType.cwe"
        label={t('report.fields.issueType.cwe.label')}
        hint={t('report.fields.issueType.cwe.hint')}
        errors={errorsAt('issueType.cwe')}
      >
        {(control) => (
          <CwePicker
            control={control}
            value={state.text['issueType.cwe']}
            pickedName={state.cweName}
            onChange={onCweChange}
            normalize={normalizeCwe}
          />
        )}
      </Field>
      <ReportTextField field="issueType.description" rows={4} />
    </>
  );
}
