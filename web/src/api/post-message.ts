/**
 * `POST /api/v1/reports/{id}/messages`, for staff and reporters alike: as JSON when there are
 * no files, else as multipart/form-data (a part `message` with the same JSON, then one part
 * `attachments` per file) with upload progress. The caller names its credentials' headers
 * (`csrfHeaders()` for a session, `authorization` for a tracking token) and reads the answer.
 */
import { api } from './client.js';
import { postMultipart } from './multipart-upload.js';
import { isProblem, type FieldError, type Problem } from './problem.js';

export interface MessageInput {
  body: string;
  /** An internal note (staff only). */
  internal?: boolean;
}

export interface MessageRequest {
  headers: Record<string, string>;
  /** Called as the files go, with the fraction (0–1) sent of each. */
  onProgress?: (perFile: number[]) => void;
}

export type MessageAnswer =
  { kind: 'answered'; status: number; problem: Problem | undefined } | { kind: 'network' };

/** What became of a message, as its forms tell it. */
export type MessageOutcome =
  | { kind: 'sent' }
  /**
   * The server refused the message (400, or 413 for a file too large), naming the fields
   * (`body`, `attachments[0]`) where it could.
   */
  | { kind: 'refused'; errors: readonly FieldError[] }
  /** 413 without saying which file: the upload as a whole was too large. */
  | { kind: 'too-large' }
  | { kind: 'not-found' }
  /** Unreachable, or refused for another reason (`problem` says which, if it came). */
  | { kind: 'failed'; problem: Problem | undefined };

export async function postMessage(
  reportId: string,
  message: MessageInput,
  files: readonly File[],
  { headers, onProgress }: MessageRequest,
): Promise<MessageAnswer> {
  if (files.length === 0) {
    try {
      const { error, response } = await api.POST('/api/v1/reports/{id}/messages', {
        params: { path: { id: reportId } },
        headers,
        body: message,
      });
      const problem: unknown = error;
      return {
        kind: 'answered',
        status: response.status,
        problem: isProblem(problem) ? problem : undefined,
      };
    } catch {
      return { kind: 'network' };
    }
  }
  const answer = await postMultipart({
    url: `/api/v1/reports/${encodeURIComponent(reportId)}/messages`,
    jsonPart: 'message',
    json: message,
    files,
    headers,
    onProgress,
  });
  if (answer.kind === 'network') return answer;
  return {
    kind: 'answered',
    status: answer.status,
    problem: isProblem(answer.body) ? answer.body : undefined,
  };
}

export function messageOutcome(answer: MessageAnswer): MessageOutcome {
  if (answer.kind === 'network') return { kind: 'failed', problem: undefined };
  const { status, problem } = answer;
  if (status === 201) return { kind: 'sent' };
  if (status === 404) return { kind: 'not-found' };
  const errors = problem?.errors ?? [];
  if (status === 400 && problem !== undefined) return { kind: 'refused', errors };
  if (status === 413)
    return errors.length > 0 ? { kind: 'refused', errors } : { kind: 'too-large' };
  return { kind: 'failed', problem };
}
