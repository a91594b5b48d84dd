/**
 * A multipart/form-data POST with files: a part holding the JSON body (`report` or `message`),
 * then one part `attachments` per file. Sent through XMLHttpRequest, the one browser API that
 * reports upload progress. The session cookie goes along by itself; the caller names the other
 * credentials as headers (the session's CSRF token, or a bearer token).
 */
import { fileProgress, utf8Bytes } from './upload-progress.js';

export interface MultipartPost {
  url: string;
  /** The name of the part that carries the JSON body. */
  jsonPart: 'report' | 'message';
  json: unknown;
  files: readonly File[];
  headers: Readonly<Record<string, string>>;
  /** Called as the upload goes, with the fraction (0–1) sent of each file. */
  onProgress?: (perFile: number[]) => void;
}

export type MultipartAnswer =
  /** `body` is the parsed JSON answer, or undefined when it is none. */
  | { kind: 'answered'; status: number; body: unknown; retryAfter: string | null }
  | { kind: 'network' };

export function postMultipart(post: MultipartPost): Promise<MultipartAnswer> {
  const { url, jsonPart, files, headers, onProgress } = post;
  const json = JSON.stringify(post.json);
  const form = new FormData();
  form.append(jsonPart, json);
  for (const file of files) form.append('attachments', file, file.name);
  const layout = { jsonBytes: utf8Bytes(json), fileSizes: files.map((f) => f.size) };

  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress?.(fileProgress(layout, e.loaded, e.total));
    });
    xhr.addEventListener('load', () => {
      resolve({
        kind: 'answered',
        status: xhr.status,
        body: parseJson(xhr.responseText),
        retryAfter: xhr.getResponseHeader('retry-after'),
      });
    });
    xhr.addEventListener('error', () => resolve({ kind: 'network' }));
    xhr.addEventListener('abort', () => resolve({ kind: 'network' }));
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
