import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { isProblem, type Problem } from '../../api/problem.js';
import { forgetSession } from '../../api/session.js';
import type { Metrics } from './metrics-charts.js';
import type { MetricsQuery } from './metrics-query.js';

export type MetricsState =
  | { kind: 'loading' }
  | { kind: 'ready'; metrics: Metrics }
  | { kind: 'refused'; problem: Problem }
  | { kind: 'failed' };

/** The metrics for a range; asked again whenever the range changes. */
export function useMetrics(query: MetricsQuery): MetricsState {
  const [state, setState] = useState<MetricsState>({ kind: 'loading' });
  const key = JSON.stringify(query);
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    api
      .GET('/api/v1/metrics', { params: { query: JSON.parse(key) as MetricsQuery } })
      .then(({ data, error, response }) => {
        if (!current) return;
        if (data !== undefined) {
          setState({ kind: 'ready', metrics: data });
          return;
        }
        if (response.status === 401) forgetSession();
        const problem: unknown = error;
        setState(isProblem(problem) ? { kind: 'refused', problem } : { kind: 'failed' });
      })
      .catch(() => {
        if (current) setState({ kind: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}
