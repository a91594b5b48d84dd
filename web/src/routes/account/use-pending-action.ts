import { useState } from 'react';

export interface PendingAction {
  /** True from the press until the action fails (after a success its part of the page goes). */
  busy: boolean;
  /** True when the last attempt did not succeed; cleared by the next attempt. */
  failed: boolean;
  /** Starts the action; ignored while it runs, so a double press sends one request. */
  run: () => void;
}

/**
 * A button's request to the server: `action` resolves true once done (it moves the page on) or
 * false when the user should be told it failed and may try again.
 */
export function usePendingAction(action: () => Promise<boolean>): PendingAction {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const run = () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    void action().then((done) => {
      if (done) return;
      setBusy(false);
      setFailed(true);
    });
  };
  return { busy, failed, run };
}
