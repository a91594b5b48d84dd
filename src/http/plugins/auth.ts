/**
 * Resolves the caller of every request (bearer token or session cookie) into `request.actor`,
 * and enforces CSRF protection for cookie-authenticated requests that change state: such a
 * request must echo the session's CSRF token in the `X-CSRF-Token` header.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { safeEqual } from '../../crypto/tokens.js';
import type { Actor } from '../../policies/actor.js';
import { ANONYMOUS } from '../../policies/actor.js';
import type { AccountService } from '../../services/account.service.js';

export const SESSION_COOKIE = 'vd_session';
export const CSRF_HEADER = 'x-csrf-token';
/** The protection space every 401 names in its `WWW-Authenticate` challenge. */
export const AUTH_REALM = 'vulndesk';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** True when the request carried credentials that did not resolve (wrong/expired/revoked). */
    credentialsInvalid: boolean;
    /** The CSRF token of the session the request came with, if any. */
    sessionCsrfToken: string | undefined;
    /** When the session the request came with ends, if any. */
    sessionExpiresAt: string | undefined;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  return BEARER.exec(header)?.[1] ?? header; // a malformed header is an invalid credential, not none
}

/**
 * The `WWW-Authenticate` challenge of a 401 (RFC 9110 §11.6.1 requires one on every 401). The
 * API takes bearer tokens and a session cookie; cookies have no HTTP authentication scheme, so
 * the challenge is Bearer's (RFC 6750 §3). It says `error="invalid_token"` when the request
 * sent a bearer token that is unknown, revoked or expired; a request without a bearer token, or
 * with another scheme, gets the bare challenge (RFC 6750 §3.1: no error code then).
 */
export function authenticationChallenge(request: FastifyRequest): string {
  const challenge = `Bearer realm="${AUTH_REALM}"`;
  const sentBearer = BEARER.test(request.headers.authorization ?? '');
  return sentBearer && request.credentialsInvalid === true
    ? `${challenge}, error="invalid_token", error_description="the token is invalid or expired"`
    : challenge;
}

export function registerAuth(app: FastifyInstance, accounts: AccountService): void {
  // Objects cannot be decorator defaults (they would be shared); every request sets its own.
  app.decorateRequest<Actor | null>('actor', null);
  app.decorateRequest('credentialsInvalid', false);
  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
  });
  app.decorateRequest('sessionCsrfToken', undefined);
  app.decorateRequest('sessionExpiresAt', undefined);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const bearer = bearerOf(request);
    const cookie = request.cookies[SESSION_COOKIE];
    const resolved = await accounts.resolve(bearer, cookie);
    request.actor = resolved.actor;
    request.credentialsInvalid = resolved.invalid;
    request.sessionCsrfToken = resolved.csrfToken;
    request.sessionExpiresAt = resolved.sessionExpiresAt;
    // Only a session cookie rides along on cross-site requests by itself; a bearer token is
    // sent deliberately, so bearer-authenticated requests need no CSRF token.
    if (resolved.csrfToken !== undefined && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, resolved.csrfToken)) {
        throw new DomainError(
          'csrf-failed',
          `send the session's CSRF token in the ${CSRF_HEADER} header`,
        );
      }
    }
  });
}

/** For endpoints that need a signed-in account (session or API token). */
export function requireAccountActor(request: FastifyRequest): Extract<Actor, { kind: 'account' }> {
  if (request.actor.kind !== 'account') {
    throw new DomainError(
      'unauthorized',
      request.credentialsInvalid
        ? 'the token or session is invalid or expired'
        : 'sign in or send an API token',
    );
  }
  return request.actor;
}
