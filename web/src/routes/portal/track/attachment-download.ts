/**
 * Downloading a file of the report or of a message on the tracking page. With the session a
 * plain link does (the cookie goes along); a link cannot carry a tracking token's
 * `Authorization` header, so with a token the file is fetched with it and saved through a Blob
 * object URL.
 */
import { api } from '../../../api/client.js';

export type DownloadOutcome = 'saved' | 'not-found' | 'failed';

/** Where the server answers the file as a download. */
export function attachmentUrl(reportId: string, attachmentId: string): string {
  return `/api/v1/reports/${encodeURIComponent(reportId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/**
 * Long enough for the browser to start reading the object URL after the click (revoking it at
 * once can cancel the download in some browsers), short enough not to keep large files.
 */
export const REVOKE_AFTER_MS = 40_000;

export async function downloadWithToken(
  reportId: string,
  attachmentId: string,
  filename: string,
  token: string,
): Promise<DownloadOutcome> {
  try {
    const { data, response } = await api.GET('/api/v1/reports/{id}/attachments/{attachmentId}', {
      params: { path: { id: reportId, attachmentId } },
      headers: { authorization: `Bearer ${token}` },
      parseAs: 'blob',
    });
    if (response.status === 404) return 'not-found';
    if (!response.ok || data === undefined) return 'failed';
    saveBlob(data, filename);
    return 'saved';
  } catch {
    return 'failed';
  }
}

/** Hands `blob` to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), REVOKE_AFTER_MS);
}
