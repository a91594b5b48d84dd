/** The signed-in researcher: own reports and API tokens. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DomainError } from '../../../domain/errors.js';
import { ProblemSchema, TokenView } from '../../schemas.js';
import type { Services } from '../../../services/index.js';
import { requireAccountActor } from '../../plugins/auth.js';
import { ResearcherStatusSchema } from '../reports/schema.js';
import { MAX_TOKEN_NAME_LENGTH } from '../../../services/staff.service.js';

const ReportSummary = Type.Object({
  id: Type.String({ description: 'Report reference.' }),
  title: Type.String({ description: 'Report title.' }),
  status: Type.String({
    description: "The team's lifecycle state; show reporters `researcherStatus` instead.",
  }),
  researcherStatus: ResearcherStatusSchema,
  qualityTier: Type.String({ description: 'Quality tier at submission.' }),
  receivedAt: Type.String({ format: 'date-time', description: 'When it was received.' }),
  firstResponseDueAt: Type.String({ format: 'date-time', description: 'First-response deadline.' }),
});

/** Page cursor: the last item's receipt time and reference, `2026-03-02T09:00:00.000Z~VD-2026-00042`. */
const CURSOR_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z~VD-[0-9]{4}-[0-9]{5,}$';
const encodeCursor = (row: { receivedAt: string; ref: string }) => `${row.receivedAt}~${row.ref}`;
function decodeCursor(cursor: string): { receivedAt: string; ref: string } {
  const [receivedAt = '', ref = ''] = cursor.split('~');
  return { receivedAt, ref };
}

const meRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const auth = {
    security: [{ bearerAuth: [] as string[] }, { sessionCookie: [] as string[] }] as Record<
      string,
      string[]
    >[],
  };

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['me'],
        summary: 'The signed-in account',
        ...auth,
        response: {
          200: Type.Object({
            id: Type.String({ description: 'Account id.' }),
            email: Type.String({ description: 'E-mail address.' }),
            role: Type.String({ description: 'Role.' }),
          }),
          401: ProblemSchema,
        },
      },
    },
    async (request) => {
      const actor = requireAccountActor(request);
      return { id: actor.accountId, email: actor.email, role: actor.role };
    },
  );

  app.get(
    '/api/v1/me/reports',
    {
      schema: {
        tags: ['me'],
        summary: 'Reports sent from this account, newest first',
        ...auth,
        querystring: Type.Object({
          limit: Type.Optional(
            Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Page size.' }),
          ),
          before: Type.Optional(
            Type.String({
              pattern: CURSOR_PATTERN,
              description: 'Cursor: `next` from the previous page.',
            }),
          ),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(ReportSummary, { description: 'One page of reports.' }),
            next: Type.Union([Type.String(), Type.Null()], {
              description: 'Cursor for the next page, or null.',
            }),
          }),
          401: ProblemSchema,
        },
      },
    },
    async (request) => {
      const actor = requireAccountActor(request);
      const limit = request.query.limit ?? 20;
      const before = request.query.before;
      const rows = await services.reports.listMine(
        actor,
        limit + 1,
        before === undefined ? undefined : decodeCursor(before),
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map(({ ref, ...rest }) => ({ id: ref, ...rest })),
        next: rows.length > limit && last !== undefined ? encodeCursor(last) : null,
      };
    },
  );

  app.get(
    '/api/v1/me/tokens',
    {
      schema: {
        tags: ['me'],
        summary: 'API tokens of this account',
        ...auth,
        response: {
          200: Type.Object({ items: Type.Array(TokenView, { description: 'Active tokens.' }) }),
          401: ProblemSchema,
        },
      },
    },
    async (request) => ({
      items: await services.accounts.listApiTokens(requireAccountActor(request)),
    }),
  );

  app.post(
    '/api/v1/me/tokens',
    {
      schema: {
        tags: ['me'],
        summary: 'Create an API token',
        description:
          'Needs a signed-in session (with its CSRF token): an API token cannot create more tokens, so a leaked one cannot outlive its revocation. The token is in this answer only; we store its hash.',
        ...auth,
        body: Type.Object(
          {
            name: Type.String({
              minLength: 1,
              maxLength: MAX_TOKEN_NAME_LENGTH,
              description: 'What the token is for.',
            }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Intersect([
            TokenView,
            Type.Object({ token: Type.String({ description: 'The secret: shown once.' }) }),
          ]),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireAccountActor(request);
      if (actor.via !== 'session') {
        throw new DomainError('forbidden', 'sign in to create API tokens');
      }
      const created = await services.accounts.createApiToken(actor, request.body.name);
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  );

  app.delete(
    '/api/v1/me/tokens/:id',
    {
      schema: {
        tags: ['me'],
        summary: 'Revoke an API token',
        ...auth,
        params: Type.Object({ id: Type.String({ maxLength: 64, description: 'Token id.' }) }),
        response: {
          204: Type.Null({ description: 'Revoked.' }),
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      await services.accounts.revokeApiToken(requireAccountActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default meRoutes;
