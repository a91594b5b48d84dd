import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import { forgetSession } from '../../api/session.js';
import type { paths } from '../../api/schema.js';
import type { QueueFilters } from './queue-filters.js';

export type QueuePage =
  paths['/api/v1/reports']['get']['responses'][200]['content']['application/json'];
export type QueueItem = QueuePage['items'][number];

export type QueueState =
  { kind: 'loading' } | { kind: 'ready'; page: QueuePage } | { kind: 'failed'; detail?: string };

/**
 * One page of the queue for the filters; `reload` asks again (after a bulk change), keeping the
 * page on screen until the new one is there so what surrounds it (an outcome) stays put.
 */
export function useQueue(filters: QueueFilters): { state: QueueState; reload: () => void } {
  const [state, setState] = useState<QueueState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(filters);
  const shownKey = useRef<string>(undefined);
  useEffect(() => {
    let current = true;
    if (shownKey.current !== key) setState({ kind: 'loading' });
    shownKey.current = key;
    const query = JSON.parse(key) as QueueFilters;
    api
      .GET('/api/v1/reports', { params: { query } })
      .then(({ data, error, response }) => {
        if (!current) return;
        if (data !== undefined) setState({ kind: 'ready', page: data });
        else {
          if (response.status === 401) forgetSession();
          setState({ kind: 'failed', detail: error.detail });
        }
      })
      .catch(() => {
        if (current) setState({ kind: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, reload };
}
