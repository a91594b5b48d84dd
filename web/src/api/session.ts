/**
 * The signed-in account, shared by every page: one `GET /api/v1/session` per page load, then kept
 * current by `signIn` and `signOut`. Each also stores the session's CSRF token (`setCsrfToken`),
 * so state-changing requests made through `api` carry it.
 */
import { useSyncExternalStore } from 'react';
import { api, setCsrfToken } from './client.js';
import { isProblem, type Problem } from './problem.js';
import type { paths } from './schema.js';

type SessionAnswer =
  paths['/api/v1/session']['get']['responses'][200]['content']['application/json'];

/** A staff action (`report.assign`, `metrics.read`, …) as the server's policy names it. */
export type StaffAction = SessionAnswer['abilities'][number];

export interface SessionAccount {
  id: string;
  email: string;
  role: string;
  /** What the account may do, as the server's policy says (none for researchers). */
  abilities: readonly StaffAction[];
  /** When the session ends (ISO 8601 UTC), if the server said. */
  expiresAt?: string;
}

/** `undefined` while the first answer is awaited, `null` when signed out. */
export type SessionState = SessionAccount | null | undefined;

type SessionView = SessionAnswer;

let state: SessionState;
/** True when the server ended the session under the page's feet (a 401), not a sign-out. */
let ended = false;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function publish(next: SessionState): void {
  if (next !== null) ended = false;
  state = next;
  for (const listener of listeners) listener();
}

function adopt(view: SessionView): SessionAccount {
  setCsrfToken(view.csrfToken);
  const account: SessionAccount = {
    ...view.account,
    abilities: view.abilities,
    ...(view.expiresAt !== undefined ? { expiresAt: view.expiresAt } : {}),
  };
  publish(account);
  return account;
}

/** Asks the server who is signed in (once per page load unless `force`). */
export function loadSession(force = false): Promise<void> {
  if (loading !== undefined && !force) return loading;
  loading = api
    .GET('/api/v1/session')
    .then(({ data }) => {
      if (data === undefined) {
        setCsrfToken(undefined);
        publish(null);
      } else {
        adopt(data);
      }
    })
    .catch(() => {
      // Unreachable server: treat as signed out; a later sign-in tries again.
      publish(null);
    });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (state === undefined) void loadSession();
  return () => listeners.delete(listener);
}

/** The signed-in account, `null` when signed out, `undefined` until the server has answered. */
export function useSession(): SessionState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => undefined,
  );
}

export type SignInResult =
  | { ok: true; account: SessionAccount }
  | { ok: false; problem: Problem; retryAfterSeconds?: number }
  | { ok: false; network: true };

/** Signs in; staff accounts also send the authenticator's current code (`totp`). */
export async function signIn(
  email: string,
  password: string,
  totp?: string,
): Promise<SignInResult> {
  try {
    const { data, error, response } = await api.POST('/api/v1/session', {
      body: { email, password, ...(totp !== undefined && totp !== '' ? { totp } : {}) },
    });
    if (data !== undefined) return { ok: true, account: adopt(data) };
    const problem: unknown = error;
    if (!isProblem(problem)) return { ok: false, network: true };
    const retry = Number(response.headers.get('retry-after'));
    return {
      ok: false,
      problem,
      ...(Number.isFinite(retry) && retry > 0 ? { retryAfterSeconds: retry } : {}),
    };
  } catch {
    return { ok: false, network: true };
  }
}

/**
 * Ends the session on the server. A stale CSRF token (403) is refreshed once and the request
 * retried. Answers false when the server could not be reached or refused; the page then still
 * shows the account, since the session cookie may still work.
 */
export async function signOut(): Promise<boolean> {
  try {
    let { response } = await api.DELETE('/api/v1/session');
    if (response.status === 403) {
      await loadSession(true);
      if (state === null) return true;
      ({ response } = await api.DELETE('/api/v1/session'));
    }
    if (!response.ok) return false;
  } catch {
    return false;
  }
  setCsrfToken(undefined);
  publish(null);
  return true;
}

/** For a 401 from an API call: the session has ended (expired, or signed out elsewhere). */
export function forgetSession(): void {
  setCsrfToken(undefined);
  ended = true;
  publish(null);
}

/** Whether the last sign-out was the server ending the session (for "please sign in again"). */
export function sessionHasEnded(): boolean {
  return ended;
}
