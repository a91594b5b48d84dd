/**
 * For component tests: a fake of the server's API, installed in place of `fetch` when this module
 * is evaluated. Import it before anything that imports `api/client.ts`, which keeps the `fetch`
 * and `Request` it finds at start.
 */
import type { FieldError } from '../../api/problem.js';

export interface ApiCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export interface ApiAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Route = (call: ApiCall) => ApiAnswer;

const routes = new Map<string, Route>();
export const calls: ApiCall[] = [];

/** Answers `METHOD /path` (without the query) with `answer` until changed. */
export function onApi(methodAndPath: string, answer: ApiAnswer | Route): void {
  routes.set(methodAndPath, typeof answer === 'function' ? answer : () => answer);
}

export function resetApi(): void {
  routes.clear();
  calls.length = 0;
  sessionStorage.clear();
}

export function problem(status: number, code: string, errors: FieldError[] = []) {
  return { type: `urn:vulndesk:problem:${code}`, title: code, status, detail: code, code, errors };
}

/** Relative URLs resolve against the page, as in a browser. */
class PageRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, 'http://127.0.0.1/') : input, init);
  }
}

async function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new PageRequest(input, init);
  const url = new URL(request.url);
  const text = await request.text();
  const call: ApiCall = {
    method: request.method,
    path: url.pathname,
    query: url.searchParams,
    headers: request.headers,
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
  };
  calls.push(call);
  const route = routes.get(`${call.method} ${call.path}`);
  const answer = route?.(call) ?? { status: 404, body: problem(404, 'not-found') };
  const json = answer.status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { ...(answer.body === undefined ? {} : { 'content-type': json }), ...answer.headers },
  });
}

globalThis.Request = PageRequest;
globalThis.fetch = fakeFetch;
