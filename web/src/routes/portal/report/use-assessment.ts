import { useEffect, useState } from 'react';
import { api } from '../../../api/client.js';
import { isProblem } from '../../../api/problem.js';
import type { QualityMeterState } from '../../../components/report/quality-meter.js';
import { useDebouncedValue } from '../../../components/report/use-debounced-value.js';
import { formPathOf, type BuiltBody } from './request-body.js';

/** `invalid`: the server found errors in the draft (400); they are shown beside the fields. */
export type Assessment = QualityMeterState;

/**
 * The live quality meter's data: `POST /api/v1/reports/assess` with the draft, once the
 * researcher has paused typing for 400 ms. An answer that arrives late is dropped.
 */
export function useAssessment(built: BuiltBody, attachmentCount: number): Assessment {
  const key = useDebouncedValue(JSON.stringify([built, attachmentCount]), 400);
  const [assessment, setAssessment] = useState<Assessment>({ status: 'loading' });
  useEffect(() => {
    const [{ body, stepIndexes }, attachments] = JSON.parse(key) as [BuiltBody, number];
    const controller = new AbortController();
    api
      .POST('/api/v1/reports/assess', {
        params: { query: { attachments } },
        body,
        signal: controller.signal,
      })
      .then(({ data, error }) => {
        if (data !== undefined) {
          setAssessment({ status: 'assessed', tier: data.tier, missing: data.missing });
        } else if (isProblem(error) && error.status === 400) {
          const errors = error.errors.map((e) => ({ ...e, path: formPathOf(e.path, stepIndexes) }));
          setAssessment({ status: 'invalid', errors });
        } else {
          setAssessment({ status: 'unavailable' });
        }
      })
      .catch(() => {
        if (!controller.signal.aborted) setAssessment({ status: 'unavailable' });
      });
    return () => controller.abort();
  }, [key]);
  return assessment;
}
