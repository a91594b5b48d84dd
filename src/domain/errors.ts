/**
 * The one error type the application raises on purpose. Each error has a stable `code`
 * that clients may rely on, an HTTP status, and optionally the fields it concerns.
 * `src/http/plugins/problem.ts` turns it into RFC 9457 problem+json.
 */
import type { FieldErrorRule } from './field-rules.js';

/** What is wrong with a field, without naming the field (for checks that do not know it). */
export type FieldProblem = {
  /** What is wrong, in English (clients that translate use `rule` instead). */
  message: string;
} & FieldErrorRule;

export type FieldError = {
  /** Field path in API notation, e.g. `reporter.email` or `attachments[2]`. */
  path: string;
} & FieldProblem;

export type ErrorCode =
  | 'validation-failed'
  | 'unknown-field'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'unauthorized'
  | 'totp-required'
  | 'forbidden'
  | 'csrf-failed'
  | 'not-found'
  | 'conflict'
  | 'illegal-transition'
  | 'rate-limited'
  | 'internal'
  | 'unavailable';

const STATUS: Record<ErrorCode, number> = {
  'validation-failed': 400,
  'unknown-field': 400,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  unauthorized: 401,
  'totp-required': 401,
  forbidden: 403,
  'csrf-failed': 403,
  'not-found': 404,
  conflict: 409,
  'illegal-transition': 409,
  'rate-limited': 429,
  internal: 500,
  unavailable: 503,
};

const TITLE: Record<ErrorCode, string> = {
  'validation-failed': 'The request contains invalid fields',
  'unknown-field': 'The request contains fields that are not part of the API',
  'payload-too-large': 'The request body or a file is too large',
  'unsupported-media-type': 'The content type is not supported here',
  unauthorized: 'Authentication is required',
  'totp-required': 'A code from the authenticator app is required',
  forbidden: 'You may not do this',
  'csrf-failed': 'The CSRF token is missing or wrong',
  'not-found': 'Not found',
  conflict: 'The request conflicts with the current state',
  'illegal-transition': 'The report cannot move to that state from its current state',
  'rate-limited': 'Too many requests',
  internal: 'Internal server error',
  unavailable: 'Service unavailable',
};

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly title: string;
  readonly errors: readonly FieldError[];

  constructor(code: ErrorCode, detail?: string, errors: readonly FieldError[] = []) {
    super(detail ?? TITLE[code]);
    this.name = 'DomainError';
    this.code = code;
    this.status = STATUS[code];
    this.title = TITLE[code];
    this.errors = errors;
  }
}

export const validationFailed = (errors: readonly FieldError[], detail?: string): DomainError =>
  new DomainError(
    'validation-failed',
    detail ?? errors.map((e) => `${e.path}: ${e.message}`).join('; '),
    errors,
  );

export const notFound = (what = 'resource'): DomainError =>
  new DomainError('not-found', `The ${what} does not exist or you may not see it.`);
