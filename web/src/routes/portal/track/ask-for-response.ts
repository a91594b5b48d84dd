import { api } from '../../../api/client.js';
import { loadSession } from '../../../api/session.js';
import { accessHeaders, type ReportAccess } from './report-access.js';

export type AskOutcome = 'sent' | 'conflict' | 'not-found' | 'failed';

/**
 * `POST /api/v1/reports/{id}/follow-up`. With the session cookie the CSRF token goes along (the
 * client adds it); a stale one (403) is refreshed from the server once and the request retried.
 */
export async function askForResponse(id: string, access: ReportAccess): Promise<AskOutcome> {
  const send = () =>
    api.POST('/api/v1/reports/{id}/follow-up', {
      params: { path: { id } },
      headers: accessHeaders(access),
    });
  try {
    let { response } = await send();
    if (response.status === 403 && access.kind === 'session') {
      await loadSession(true);
      ({ response } = await send());
    }
    switch (response.status) {
      case 202:
        return 'sent';
      case 409:
        return 'conflict';
      case 404:
        return 'not-found';
      default:
        return 'failed';
    }
  } catch {
    return 'failed';
  }
}
