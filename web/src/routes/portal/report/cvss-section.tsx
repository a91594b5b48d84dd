import { useCallback } from 'react';
import { CvssCalculator } from '../../../components/report/cvss-calculator.js';
import type { CvssUpdate } from '../../../components/report/cvss-vector.js';
import { useReportForm } from './form-context.js';

/** Step 6: the CVSS vector, built with the calculator or pasted (`cvss`). */
export function CvssSection() {
  const { state, update, errorsAt } = useReportForm();
  const onChange = useCallback(
    ({ calculator, vector }: CvssUpdate) =>
      update(
        (s) => ({ ...s, cvssCalculator: calculator, text: { ...s.text, cvss: vector } }),
        'cvss',
      ),
    [update],
  );
  return (
    <CvssCalculator
      calculator={state.cvssCalculator}
      vector={state.text.cvss}
      onChange={onChange}
      errors={errorsAt('cvss')}
    />
  );
}
