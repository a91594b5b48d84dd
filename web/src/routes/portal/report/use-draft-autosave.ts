import { useCallback, useEffect, useRef, useState } from 'react';
import { saveDraft } from './draft-storage.js';
import type { ReportFormState } from './form-state.js';

export interface DraftAutosave {
  /** When the draft was last saved in this browser (ISO 8601), if it was. */
  savedAt: string | undefined;
  /** True when the browser refused to store the draft (storage full or disabled). */
  failed: boolean;
  /** Stops saving (the report was sent and its draft cleared). */
  stop: () => void;
}

const SAVE_DELAY_MS = 500;

/** Saves the draft half a second after each change, and at once when the page is hidden. */
export function useDraftAutosave(
  state: ReportFormState,
  attachmentNames: readonly string[],
  restoredAt: string | undefined,
): DraftAutosave {
  const [savedAt, setSavedAt] = useState(restoredAt);
  const [failed, setFailed] = useState(false);
  const stopped = useRef(false);
  const latest = useRef({ state, attachmentNames });
  latest.current = { state, attachmentNames };
  const lastSaved = useRef(JSON.stringify(latest.current));

  const flush = useCallback(() => {
    if (stopped.current) return;
    const snapshot = JSON.stringify(latest.current);
    if (snapshot === lastSaved.current) return;
    const now = new Date();
    const ok = saveDraft(latest.current.state, latest.current.attachmentNames, now);
    lastSaved.current = snapshot;
    setFailed(!ok);
    if (ok) setSavedAt(now.toISOString());
  }, []);

  useEffect(() => {
    const timer = setTimeout(flush, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, attachmentNames, flush]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const stop = useCallback(() => {
    stopped.current = true;
  }, []);
  return { savedAt, failed, stop };
}
