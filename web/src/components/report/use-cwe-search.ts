import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { useDebouncedValue } from './use-debounced-value.js';

export interface CweEntry {
  id: string;
  name: string;
}

export interface CweSearch {
  items: CweEntry[];
  total: number;
  loading: boolean;
  failed: boolean;
}

export const CWE_RESULT_LIMIT = 20;

/** Searches the server's CWE catalogue as the query changes; no request while `query` is undefined. */
export function useCweSearch(query: string | undefined): CweSearch {
  const settled = useDebouncedValue(query?.trim(), 200);
  const [result, setResult] = useState<CweSearch>({
    items: [],
    total: 0,
    loading: false,
    failed: false,
  });
  useEffect(() => {
    if (settled === undefined) return;
    const controller = new AbortController();
    setResult((r) => ({ ...r, loading: true, failed: false }));
    api
      .GET('/api/v1/cwe', {
        params: { query: { q: settled, limit: CWE_RESULT_LIMIT } },
        signal: controller.signal,
      })
      .then(({ data }) => {
        setResult(
          data !== undefined
            ? { items: data.items, total: data.total, loading: false, failed: false }
            : { items: [], total: 0, loading: false, failed: true },
        );
      })
      .catch(() => {
        if (!controller.signal.aborted) {
          setResult({ items: [], total: 0, loading: false, failed: true });
        }
      });
    return () => controller.abort();
  }, [settled]);
  return result;
}
