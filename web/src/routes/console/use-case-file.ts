import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { forgetSession } from '../../api/session.js';
import type { paths } from '../../api/schema.js';

type Json<P extends keyof paths, M extends 'get'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type StaffReport = Json<'/api/v1/reports/{id}', 'get'>;
export type CaseView = Json<'/api/v1/reports/{id}/case', 'get'>;
export type SimilarReports = Json<'/api/v1/reports/{id}/similar', 'get'>['items'];
export type Message = Json<'/api/v1/reports/{id}/messages', 'get'>['items'][number];

export interface CaseFile {
  report: StaffReport;
  case: CaseView;
  similar: SimilarReports;
  messages: readonly Message[];
}

export type CaseFileState =
  | { kind: 'loading' }
  | { kind: 'ready'; file: CaseFile }
  | { kind: 'missing' }
  | { kind: 'failed' };

/**
 * Everything the report page shows, asked for at once; `reload` after a change keeps the page
 * on screen until the new answers are there.
 */
export function useCaseFile(id: string): { state: CaseFileState; reload: () => void } {
  const [state, setState] = useState<CaseFileState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    const path = { params: { path: { id } } };
    Promise.all([
      api.GET('/api/v1/reports/{id}', path),
      api.GET('/api/v1/reports/{id}/case', path),
      api.GET('/api/v1/reports/{id}/similar', path),
      api.GET('/api/v1/reports/{id}/messages', path),
    ])
      .then(([report, view, similar, messages]) => {
        if (!current) return;
        if (report.response.status === 401) forgetSession();
        if (report.data === undefined || view.data === undefined) {
          setState({ kind: report.response.status === 404 ? 'missing' : 'failed' });
          return;
        }
        setState({
          kind: 'ready',
          file: {
            report: report.data,
            case: view.data,
            similar: similar.data?.items ?? [],
            messages: messages.data?.items ?? [],
          },
        });
      })
      .catch(() => {
        if (current) setState({ kind: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [id, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, reload };
}
