import { useCallback, useEffect, useState } from 'react';
import { api } from '../../../api/client.js';
import type { Language } from '../../../i18n/index.js';
import type { HelpDestination } from './groups.js';

export type DestinationsState =
  | { status: 'loading'; items: readonly HelpDestination[] | undefined }
  | { status: 'ready'; items: readonly HelpDestination[] }
  | { status: 'failed'; items: readonly HelpDestination[] | undefined };

/**
 * The operator's help destinations in the page's language. While another language loads, the
 * previous list stays on screen, so switching language does not empty the page.
 */
export function useDestinations(language: Language): {
  state: DestinationsState;
  retry: () => void;
} {
  const [state, setState] = useState<DestinationsState>({ status: 'loading', items: undefined });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState((old) => ({ status: 'loading', items: old.items }));
    api
      .GET('/api/v1/help/destinations', { params: { query: { lang: language } } })
      .then(({ data }) => {
        if (!live) return;
        setState((old) =>
          data === undefined
            ? { status: 'failed', items: old.items }
            : { status: 'ready', items: data.items },
        );
      })
      .catch(() => {
        if (live) setState((old) => ({ status: 'failed', items: old.items }));
      });
    return () => {
      live = false;
    };
  }, [language, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
