import { useEffect, useState } from 'react';
import { api } from './client.js';

export interface Meta {
  firstResponseHours: number;
  maxAttachmentMb: number;
  maxAttachments: number;
  /** Longest message on a report, in characters. */
  maxMessageLength: number;
}

/** Defaults match the server's until its answer arrives, so the page does not jump. */
export const DEFAULT_META: Meta = {
  firstResponseHours: 24,
  maxAttachmentMb: 100,
  maxAttachments: 10,
  maxMessageLength: 50_000,
};

let cached: Promise<Meta> | undefined;

export function loadMeta(): Promise<Meta> {
  cached ??= api
    .GET('/api/v1/meta')
    .then(({ data }) => data ?? DEFAULT_META)
    .catch(() => DEFAULT_META);
  return cached;
}

export function useMeta(): Meta {
  const [meta, setMeta] = useState<Meta>(DEFAULT_META);
  useEffect(() => {
    let live = true;
    void loadMeta().then((m) => {
      if (live) setMeta(m);
    });
    return () => {
      live = false;
    };
  }, []);
  return meta;
}
