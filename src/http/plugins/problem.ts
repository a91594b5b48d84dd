/**
 * One place that turns every error into RFC 9457 application/problem+json. 4xx answers say what
 * is wrong and name the fields; 5xx answers never carry internals (they are logged instead).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode, type FieldError } from '../../domain/errors.js';
import { authenticationChallenge } from './auth.js';
import { notValidJson } from './json-body.js';
import { mapAjvErrors } from './validation.js';

export const PROBLEM_TYPE_BASE = 'urn:vulndesk:problem:';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors: FieldError[];
  instance?: string;
}

export function problemOf(err: DomainError, instance?: string): Problem {
  return {
    type: PROBLEM_TYPE_BASE + err.code,
    title: err.title,
    status: err.status,
    detail: err.message,
    code: err.code,
    errors: [...err.errors],
    ...(instance !== undefined ? { instance } : {}),
  };
}

/** Maps errors raised by Fastify and its plugins (by their stable codes) to domain errors. */
export function toDomainError(err: FastifyError): DomainError | undefined {
  if (err instanceof DomainError) return err;
  if (err.validation) {
    const mapped = mapAjvErrors(err.validation as Parameters<typeof mapAjvErrors>[0]);
    const prefix = err.validationContext === 'body' ? '' : `${err.validationContext ?? ''}:`;
    const errors = mapped.errors.map((e) => ({ ...e, path: prefix + e.path }));
    return new DomainError(
      mapped.unknownFieldsOnly ? 'unknown-field' : 'validation-failed',
      errors.map((e) => `${e.path}: ${e.message}`).join('; '),
      errors,
    );
  }
  switch (err.code) {
    // The database could not take the lock in time (SQLite's busy timeout; PostgreSQL's lock
    // timeout, a serialization failure or a deadlock): nothing was written, and trying again
    // a moment later succeeds. 503 with Retry-After, not 500.
    case 'SQLITE_BUSY':
    case 'SQLITE_BUSY_SNAPSHOT':
    case 'SQLITE_LOCKED':
    case '55P03':
    case '40001':
    case '40P01':
      return new DomainError('unavailable', 'the database is busy; try again in a moment');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainError('payload-too-large', 'the request body is larger than allowed', [
        { path: '(body)', message: 'too large' },
      ]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new DomainError(
        'unsupported-media-type',
        'send application/json (or multipart/form-data where files are accepted)',
        [{ path: '(content-type)', message: 'not supported here' }],
      );
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return notValidJson();
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new DomainError('payload-too-large', err.message, [
        { path: 'attachments', message: err.message },
      ]);
    case 'FST_PROTO_VIOLATION':
    case 'FST_MULTIPART_MALFORMED':
      return new DomainError('validation-failed', 'the multipart body is malformed', [
        { path: '(body)', message: 'malformed multipart body', rule: 'format' },
      ]);
    default:
      break;
  }
  const status = err.statusCode ?? 500;
  if (status === 413) return new DomainError('payload-too-large', err.message);
  if (status === 415) return new DomainError('unsupported-media-type', err.message);
  if (status === 429) return new DomainError('rate-limited', err.message);
  if (status >= 400 && status < 500) {
    return new DomainError('validation-failed', err.message, [
      { path: '(request)', message: err.message },
    ]);
  }
  return undefined;
}

/**
 * What an error may put in the log: its type, code, message and stack. Never the whole object:
 * database errors carry `detail` and `parameters` with the values of the row (report contents).
 */
export function loggableError(err: Error & { code?: unknown }): Record<string, unknown> {
  return {
    type: err.name,
    ...(typeof err.code === 'string' ? { code: err.code } : {}),
    message: err.message,
    stack: err.stack,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

export interface ProblemHandlerOptions {
  /** When the web app is built: answers its routes with index.html instead of a 404. */
  appIndex?: {
    isAppRoute(request: FastifyRequest): boolean;
    send(reply: FastifyReply): FastifyReply;
  };
}

export function registerProblemHandlers(
  app: FastifyInstance,
  options: ProblemHandlerOptions = {},
): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const domain = toDomainError(err);
    if (domain !== undefined) {
      if (domain.status >= 500) request.log.error({ error: loggableError(err) }, 'request failed');
      if (domain.code === 'unavailable') reply.header('retry-after', '1');
      if (domain.status === 401) reply.header('www-authenticate', authenticationChallenge(request));
      return sendProblem(reply, problemOf(domain, request.url.split('?')[0]));
    }
    request.log.error({ error: loggableError(err) }, 'unexpected error');
    return sendProblem(
      reply,
      problemOf(new DomainError('internal', 'An unexpected error occurred; it has been logged.')),
    );
  });

  app.setNotFoundHandler((request, reply) => {
    if (options.appIndex !== undefined && options.appIndex.isAppRoute(request)) {
      return options.appIndex.send(reply);
    }
    return sendProblem(
      reply,
      problemOf(
        new DomainError('not-found', `no route ${request.method} ${request.url.split('?')[0]}`),
      ),
    );
  });
}
