/**
 * The JSON body parser (and the parser of a multipart request's JSON part). Like Fastify's own,
 * it refuses the keys through which a body could reach an object's prototype once code copies
 * it — `__proto__`, and `constructor` holding `prototype` — so they never get past parsing; but
 * it answers a 400 that names each such key by its path and says the key is not allowed, instead
 * of calling the body "not valid JSON".
 */
import type { FastifyInstance } from 'fastify';
import { DomainError, type FieldError } from '../../domain/errors.js';

const BOM = 0xfeff;

/**
 * Text that could hold a forbidden key: the key written out, or with a `\u` escape. Bodies
 * without either (nearly all) are not walked.
 */
const SUSPECT = /__proto__|constructor|\\u/;

export const notValidJson = (): DomainError =>
  new DomainError('validation-failed', 'the body is not valid JSON', [
    { path: '(body)', message: 'is not valid JSON', rule: 'format' },
  ]);

type Segment = string | number;

function fieldPath(segments: readonly Segment[]): string {
  let path = '';
  for (const s of segments) {
    if (typeof s === 'number') path += `[${s}]`;
    else path += path === '' ? s : `.${s}`;
  }
  return path;
}

const own = (value: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(value, key);

function collect(value: unknown, segments: Segment[], found: string[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      segments.push(i);
      collect(item, segments, found);
      segments.pop();
    });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (key === '__proto__') {
      found.push(fieldPath([...segments, key]));
      continue;
    }
    if (key === 'constructor' && typeof child === 'object' && child !== null) {
      if (own(child, 'prototype')) {
        found.push(fieldPath([...segments, key, 'prototype']));
        continue;
      }
    }
    segments.push(key);
    collect(child, segments, found);
    segments.pop();
  }
}

/**
 * The API field paths of the keys in `value` that could reach a prototype: `__proto__` keys
 * (`reporter.__proto__`) and `constructor` objects holding `prototype` (`constructor.prototype`).
 */
export function prototypeKeyPaths(value: unknown): string[] {
  const found: string[] = [];
  collect(value, [], found);
  return found;
}

/** The 400 for `paths`, or undefined when there are none. */
function forbiddenKeys(paths: readonly string[]): DomainError | undefined {
  if (paths.length === 0) return undefined;
  const errors: FieldError[] = paths.map((path) => ({
    path,
    message: 'is not allowed: a key that could change object prototypes',
  }));
  return new DomainError(
    'validation-failed',
    `the body holds keys that are not allowed (${paths.join(', ')})`,
    errors,
  );
}

/**
 * Parses JSON text as a request body. Throws `invalid` for text that is not JSON, and a 400
 * naming the keys for text whose keys could reach a prototype.
 */
export function parseJsonBody(text: string, invalid: () => DomainError = notValidJson): unknown {
  const json = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw invalid();
  }
  if (SUSPECT.test(json)) {
    const refused = forbiddenKeys(prototypeKeyPaths(value));
    if (refused !== undefined) throw refused;
  }
  return value;
}

export function registerJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.length === 0) {
      done(notValidJson(), undefined);
      return;
    }
    try {
      done(null, parseJsonBody(text));
    } catch (err) {
      done(err as DomainError, undefined);
    }
  });
}
