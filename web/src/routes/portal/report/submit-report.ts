/**
 * Sending the report: as JSON when there are no files, else as multipart/form-data (a part
 * `report` with the JSON, then one part `attachments` per file, see `postMultipart`). A
 * signed-in session's cookie goes along by itself; its CSRF token goes in the `x-csrf-token`
 * header.
 */
import { api, csrfHeaders } from '../../../api/client.js';
import { postMultipart } from '../../../api/multipart-upload.js';
import { isProblem, type Problem } from '../../../api/problem.js';
import type { paths } from '../../../api/schema.js';
import type { ReportSubmissionBody } from './request-body.js';

export type ReportCreated =
  paths['/api/v1/reports']['post']['responses'][201]['content']['application/json'];

export type SubmitOutcome =
  | { kind: 'created'; report: ReportCreated }
  /** The server refused the report; `retryAt` comes from Retry-After (429). */
  | { kind: 'refused'; status: number; problem: Problem | undefined; retryAt: Date | undefined }
  | { kind: 'network' };

export interface SubmitRequest {
  body: ReportSubmissionBody;
  files: readonly File[];
  /** Called as the upload goes, with the fraction (0–1) sent of each file. */
  onProgress?: (perFile: number[]) => void;
}

export async function submitReport(request: SubmitRequest): Promise<SubmitOutcome> {
  return request.files.length === 0 ? submitJson(request.body) : submitMultipart(request);
}

async function submitJson(body: ReportSubmissionBody): Promise<SubmitOutcome> {
  try {
    const { data, error, response } = await api.POST('/api/v1/reports', { body });
    if (data !== undefined && response.status === 201) return { kind: 'created', report: data };
    return refused(response.status, error, response.headers.get('retry-after'));
  } catch {
    return { kind: 'network' };
  }
}

async function submitMultipart({ body, files, onProgress }: SubmitRequest): Promise<SubmitOutcome> {
  const answer = await postMultipart({
    url: '/api/v1/reports',
    jsonPart: 'report',
    json: body,
    files,
    headers: csrfHeaders(),
    onProgress,
  });
  if (answer.kind === 'network') return answer;
  if (answer.status === 201 && isCreated(answer.body)) {
    return { kind: 'created', report: answer.body };
  }
  return refused(answer.status, answer.body, answer.retryAfter);
}

function refused(status: number, answer: unknown, retryAfter: string | null): SubmitOutcome {
  return {
    kind: 'refused',
    status,
    problem: isProblem(answer) ? answer : undefined,
    retryAt: retryAtOf(retryAfter, new Date()),
  };
}

/** Retry-After as seconds (`120`) or an HTTP date; undefined when absent or unreadable. */
export function retryAtOf(header: string | null, now: Date): Date | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return new Date(now.getTime() + Number(trimmed) * 1000);
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function isCreated(value: unknown): value is ReportCreated {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof ReportCreated, unknown>>;
  return (
    typeof v.id === 'string' &&
    typeof v.trackingToken === 'string' &&
    typeof v.firstResponseDueAt === 'string' &&
    typeof v.receivedAt === 'string' &&
    typeof v.quality === 'object' &&
    v.quality !== null
  );
}
