/**
 * Signing in and out with a session cookie (HttpOnly, SameSite=Lax) plus a CSRF token. Staff
 * accounts also send the current code of their authenticator app.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { TOTP_CODE_PATTERN } from '../../../crypto/totp.js';
import { DomainError } from '../../../domain/errors.js';
import type { AccountRole } from '../../../policies/actor.js';
import { roleAbilities, STAFF_ACTIONS } from '../../../policies/staff.policy.js';
import { ProblemSchema } from '../../schemas.js';
import type { Services } from '../../../services/index.js';
import { normalizeEmail } from '../../../services/account.service.js';
import { accountAttemptLimit } from '../../plugins/account-attempt-limit.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../../plugins/auth.js';

/** Sign-in attempts per client address and window. */
export const SIGN_IN_ADDRESS_LIMIT = 20;
/** Failed sign-ins per account (e-mail address) and window. */
export const SIGN_IN_ACCOUNT_FAILURES = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

const SessionView = Type.Object({
  account: Type.Object(
    {
      id: Type.String({ description: 'Account id.' }),
      email: Type.String({ description: 'Account e-mail address.' }),
      role: Type.String({ description: 'researcher, or a staff role.' }),
    },
    { description: 'The signed-in account.' },
  ),
  abilities: Type.Array(Type.Enum(STAFF_ACTIONS), {
    description:
      'What this account may do (staff actions, e.g. report.assign, metrics.read), so a client offers only what would succeed; empty for researchers. The server checks every request regardless.',
  }),
  csrfToken: Type.String({
    description: `Send it in the ${CSRF_HEADER} header with every state-changing request made with the session cookie.`,
  }),
  expiresAt: Type.Optional(
    Type.String({ format: 'date-time', description: 'When the session ends.' }),
  ),
});

function presentSession(
  account: { id: string; email: string; role: AccountRole },
  csrfToken: string,
  expiresAt: string | undefined,
): Static<typeof SessionView> {
  return {
    account,
    abilities: roleAbilities(account.role),
    csrfToken,
    ...(expiresAt !== undefined ? { expiresAt } : {}),
  };
}

const SignInBody = Type.Object(
  {
    email: Type.String({ maxLength: 254, description: 'Account e-mail address.' }),
    password: Type.String({ maxLength: 256, description: 'Password.' }),
    totp: Type.Optional(
      Type.String({
        pattern: TOTP_CODE_PATTERN,
        description:
          'The current 6-digit code of the authenticator app. Required for staff accounts (without it, a right password answers 401 `totp-required`); ignored for researchers. Each code signs in once.',
      }),
    ),
  },
  { additionalProperties: false },
);

const sessionRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  cookieSecure: boolean;
}> = async (app, { services, cookieSecure }) => {
  const failures = accountAttemptLimit(app, {
    scope: 'sign-in',
    max: SIGN_IN_ACCOUNT_FAILURES,
    timeWindowMs: SIGN_IN_WINDOW_MS,
  });
  const cookieAttributes = {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure,
    path: '/',
  } as const;

  app.post(
    '/api/v1/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign in',
        description: `Sets the session cookie and answers the CSRF token for it. Staff accounts need \`totp\` as well: a wrong code answers the same 401 as a wrong password. At most ${SIGN_IN_ADDRESS_LIMIT} attempts per client address and ${SIGN_IN_ACCOUNT_FAILURES} failures per account in ${SIGN_IN_WINDOW_MS / 60_000} minutes (429).`,
        body: SignInBody,
        response: {
          200: SessionView,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          429: ProblemSchema,
        },
      },
      config: { rateLimit: { max: SIGN_IN_ADDRESS_LIMIT, timeWindow: SIGN_IN_WINDOW_MS } },
      preHandler: async (request, reply) => {
        await failures.check(request, reply, normalizeEmail(request.body.email));
      },
    },
    async (request, reply) => {
      const grant = await services.accounts
        .signIn(request.body, { clientAddress: request.ip })
        .catch(async (err: unknown): Promise<never> => {
          if (err instanceof DomainError && err.code === 'unauthorized') {
            await failures.fail(request, normalizeEmail(request.body.email));
          }
          throw err;
        });
      // A new sign-in replaces the session the browser had: the old id stops working.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous !== undefined) await services.accounts.signOut(previous);
      void reply.setCookie(SESSION_COOKIE, grant.sessionId, {
        ...cookieAttributes,
        expires: new Date(grant.expiresAt),
      });
      void reply.header('cache-control', 'no-store');
      return presentSession(grant.account, grant.csrfToken, grant.expiresAt);
    },
  );

  app.get(
    '/api/v1/session',
    {
      schema: {
        tags: ['session'],
        summary: 'The current session',
        description: 'Answers the CSRF token again, e.g. after the page was reloaded.',
        response: { 200: SessionView, 401: ProblemSchema },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const csrf = request.sessionCsrfToken;
      if (actor.kind !== 'account' || actor.via !== 'session' || csrf === undefined) {
        throw new DomainError('unauthorized', 'not signed in');
      }
      void reply.header('cache-control', 'no-store');
      return presentSession(
        { id: actor.accountId, email: actor.email, role: actor.role },
        csrf,
        request.sessionExpiresAt,
      );
    },
  );

  app.delete(
    '/api/v1/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign out',
        description: `Ends the session on the server. With a valid session cookie, send its CSRF token in the ${CSRF_HEADER} header.`,
        response: { 204: Type.Null({ description: 'Signed out.' }), 403: ProblemSchema },
      },
    },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie !== undefined) await services.accounts.signOut(cookie);
      void reply.clearCookie(SESSION_COOKIE, cookieAttributes);
      return reply.code(204).send(null);
    },
  );
};

export default sessionRoutes;
