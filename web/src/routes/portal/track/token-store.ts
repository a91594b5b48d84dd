/**
 * Tracking tokens are secrets: kept only in this tab's sessionStorage, per report, so a reload
 * reopens the report; never in the address, never in localStorage.
 */
const PREFIX = 'vd.track.';

export function readToken(id: string): string | undefined {
  try {
    return sessionStorage.getItem(PREFIX + id) ?? undefined;
  } catch {
    return undefined; // storage disabled: the token must be entered again
  }
}

export function storeToken(id: string, token: string): void {
  try {
    sessionStorage.setItem(PREFIX + id, token);
  } catch {
    // storage disabled or full: the report still opens, only a reload forgets it
  }
}

export function forgetToken(id: string): void {
  try {
    sessionStorage.removeItem(PREFIX + id);
  } catch {
    // nothing stored
  }
}
