import { csrfHeaders } from '../../../api/client.js';
import { messageOutcome, postMessage, type MessageOutcome } from '../../../api/post-message.js';
import { loadSession } from '../../../api/session.js';
import { accessHeaders, type ReportAccess } from './report-access.js';

/**
 * `POST /api/v1/reports/{id}/messages` as the reporter, with files if any (multipart, see
 * `postMessage`). With a tracking token it goes in the `Authorization` header; with the session
 * cookie the CSRF token goes along, and a stale one (403) is refreshed from the server once and
 * the request retried.
 */
export async function sendMessage(
  id: string,
  access: ReportAccess,
  body: string,
  files: readonly File[] = [],
  onProgress?: (perFile: number[]) => void,
): Promise<MessageOutcome> {
  // Read at each attempt: a retry carries the refreshed CSRF token.
  const send = () =>
    postMessage(id, { body }, files, {
      headers: access.kind === 'token' ? accessHeaders(access) : csrfHeaders(),
      onProgress,
    });
  let answer = await send();
  if (answer.kind === 'answered' && answer.status === 403 && access.kind === 'session') {
    await loadSession(true);
    answer = await send();
  }
  return messageOutcome(answer);
}
