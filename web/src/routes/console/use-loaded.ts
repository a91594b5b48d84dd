import { useCallback, useEffect, useRef, useState } from 'react';
import { isProblem, type Problem } from '../../api/problem.js';
import { forgetSession } from '../../api/session.js';

export type Loaded<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; data: T }
  /** `problem` is the server's answer, when it gave one (e.g. a filter it refused). */
  | { kind: 'failed'; problem?: Problem };

/**
 * What a console page reads from the API. `key` names what is asked for: when it changes the
 * page shows "loading" again; `reload` (after a change) asks again while the previous answer
 * stays on screen. A 401 means the session ended: the page then asks to sign in.
 */
export function useLoaded<T>(
  load: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  key: string,
): { state: Loaded<T>; reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  const shownKey = useRef<string>(undefined);
  useEffect(() => {
    let current = true;
    if (shownKey.current !== key) setState({ kind: 'loading' });
    shownKey.current = key;
    loader
      .current()
      .then(({ data, error, response }) => {
        if (!current) return;
        if (response.status === 401) forgetSession();
        if (data !== undefined) setState({ kind: 'ready', data });
        else setState(isProblem(error) ? { kind: 'failed', problem: error } : { kind: 'failed' });
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
