/**
 * For component tests: a stand-in for XMLHttpRequest (which uploads go through) that records
 * each request — method, URL, headers and the FormData sent — and answers it when the test says
 * so, after reporting upload progress if asked. Install it with `vi.stubGlobal`.
 */
export interface XhrRequest {
  method: string;
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: FormData;
  /** Reports `loaded` of `total` bytes of the body sent. */
  progress: (loaded: number, total: number) => void;
  /** Answers with `status` and `body` as JSON (problem+json from 400 up). */
  respond: (status: number, body?: unknown) => void;
  /** The connection fails. */
  fail: () => void;
}

type Listener = (event: { lengthComputable: boolean; loaded: number; total: number }) => void;

class Listeners {
  private readonly byType = new Map<string, Listener[]>();
  addEventListener(type: string, listener: Listener): void {
    this.byType.set(type, [...(this.byType.get(type) ?? []), listener]);
  }
  emit(type: string, loaded = 0, total = 0): void {
    for (const listener of this.byType.get(type) ?? []) {
      listener({ lengthComputable: total > 0, loaded, total });
    }
  }
}

/** Every request made since `resetXhr`, oldest first. */
export const xhrRequests: XhrRequest[] = [];
const waiting: ((request: XhrRequest) => void)[] = [];

export function resetXhr(): void {
  xhrRequests.length = 0;
  waiting.length = 0;
}

/** The `n`-th request (0-based), once it has been sent. */
export function nthXhr(n: number): Promise<XhrRequest> {
  const sent = xhrRequests[n];
  if (sent !== undefined) return Promise.resolve(sent);
  return new Promise((resolve) => {
    const notify = (request: XhrRequest) => {
      if (xhrRequests.indexOf(request) !== n) return;
      waiting.splice(waiting.indexOf(notify), 1);
      resolve(request);
    };
    waiting.push(notify);
  });
}

/** What a multipart request carried: its parts' names, the JSON part parsed, the files' names. */
export function partsOf(request: XhrRequest, jsonPart = 'message') {
  const json = request.body.get(jsonPart);
  return {
    names: [...request.body.keys()],
    [jsonPart]: typeof json === 'string' ? (JSON.parse(json) as unknown) : json,
    files: request.body.getAll('attachments').map((f) => (f instanceof File ? f.name : f)),
  };
}

export class FakeXhr extends Listeners {
  readonly upload = new Listeners();
  status = 0;
  responseText = '';
  private method = '';
  private url = '';
  private readonly headers: Record<string, string> = {};
  private responseHeaders: Record<string, string> = {};

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }

  getResponseHeader(name: string): string | null {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }

  send(body: FormData): void {
    const request: XhrRequest = {
      method: this.method,
      url: this.url,
      headers: { ...this.headers },
      body,
      progress: (loaded, total) => this.upload.emit('progress', loaded, total),
      respond: (status, answer) => {
        this.status = status;
        this.responseText = answer === undefined ? '' : JSON.stringify(answer);
        this.responseHeaders =
          answer === undefined
            ? {}
            : { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' };
        this.emit('load');
      },
      fail: () => this.emit('error'),
    };
    xhrRequests.push(request);
    for (const notify of [...waiting]) notify(request);
  }
}
