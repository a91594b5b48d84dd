import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { isProblem, type FieldError } from '../../api/problem.js';
import { useDebouncedValue } from './use-debounced-value.js';

export type CvssScoreState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'scored'; version: string; score: number; severity: string }
  | { status: 'invalid'; error: FieldError }
  | { status: 'unavailable' };

/** The score of a vector from `GET /api/v1/cvss/score`, as the vector is typed or built. */
export function useCvssScore(vector: string): CvssScoreState {
  const settled = useDebouncedValue(vector.trim(), 300);
  const [state, setState] = useState<CvssScoreState>({ status: 'empty' });
  useEffect(() => {
    if (settled === '') {
      setState({ status: 'empty' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    api
      .GET('/api/v1/cvss/score', {
        params: { query: { vector: settled } },
        signal: controller.signal,
      })
      .then(({ data, error }) => {
        if (data !== undefined) {
          setState({ status: 'scored', ...data });
        } else {
          const first = isProblem(error) ? error.errors[0] : undefined;
          setState(
            first !== undefined ? { status: 'invalid', error: first } : { status: 'unavailable' },
          );
        }
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'unavailable' });
      });
    return () => controller.abort();
  }, [settled]);
  return state;
}
