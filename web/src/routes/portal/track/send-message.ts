import { api } from '../../../api/client.js';
import { isProblem, type FieldError } from '../../../api/problem.js';
import { loadSession } from '../../../api/session.js';
import { accessHeaders, type ReportAccess } from './report-access.js';

export type SendOutcome =
  | { kind: 'sent' }
  /** The server refused the message, naming the fields (`body`) where it could. */
  | { kind: 'refused'; errors: readonly FieldError[] }
  | { kind: 'not-found' }
  | { kind: 'failed' };

/**
 * `POST /api/v1/reports/{id}/messages` as the reporter. With the session cookie the CSRF token
 * goes along (the client adds it); a stale one (403) is refreshed from the server once and the
 * request retried.
 */
export async function sendMessage(
  id: string,
  access: ReportAccess,
  body: string,
): Promise<SendOutcome> {
  const send = () =>
    api.POST('/api/v1/reports/{id}/messages', {
      params: { path: { id } },
      headers: accessHeaders(access),
      body: { body },
    });
  try {
    let answer = await send();
    if (answer.response.status === 403 && access.kind === 'session') {
      await loadSession(true);
      answer = await send();
    }
    const { response, error } = answer;
    if (response.status === 201) return { kind: 'sent' };
    if (response.status === 404) return { kind: 'not-found' };
    const problem: unknown = error;
    if (response.status === 400 && isProblem(problem)) {
      return { kind: 'refused', errors: problem.errors };
    }
    return { kind: 'failed' };
  } catch {
    return { kind: 'failed' };
  }
}
