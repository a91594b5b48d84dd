import { forgetSession } from '../../api/session.js';

/**
 * Sends a change to the API. A success answers `{ data }` (undefined data for 204); otherwise
 * the server's answer (a problem document, or undefined when the server could not be reached)
 * goes to `objections` and the result is undefined. A 401 means the session ended: the page
 * then asks to sign in.
 */
export async function sendChange<T>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  objections: (answer: unknown) => void,
): Promise<{ data: T | undefined } | undefined> {
  try {
    const { data, error, response } = await request();
    if (response.ok) return { data };
    if (response.status === 401) forgetSession();
    objections(error);
  } catch {
    objections(undefined);
  }
  return undefined;
}
