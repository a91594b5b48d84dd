/**
 * The typed API client. `schema.d.ts` is generated from the server's OpenAPI document
 * (`npm run openapi`), so client and server cannot drift apart unnoticed.
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

const CSRF_KEY = 'vd.csrf';

/** The CSRF token of the current session, sent with state-changing requests. */
export function setCsrfToken(token: string | undefined): void {
  if (token === undefined) sessionStorage.removeItem(CSRF_KEY);
  else sessionStorage.setItem(CSRF_KEY, token);
}

/** The CSRF token of the current session, for requests made without `api` (uploads). */
export function csrfToken(): string | undefined {
  return sessionStorage.getItem(CSRF_KEY) ?? undefined;
}

/** The `x-csrf-token` header of the current session, if any, for requests made without `api`. */
export function csrfHeaders(): Record<string, string> {
  const token = csrfToken();
  return token === undefined ? {} : { 'x-csrf-token': token };
}

api.use({
  onRequest({ request }) {
    const token = csrfToken();
    if (token !== undefined && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      request.headers.set('x-csrf-token', token);
    }
    return request;
  },
});
