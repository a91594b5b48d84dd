/**
 * Staff accounts and their API tokens, for admins: the console's users page. The same service
 * methods back `vulndesk user add`, `user reset` and `token create`.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../../services/index.js';
import { refuseBody } from '../../no-body.js';
import { ProblemSchema } from '../../schemas.js';
import {
  AddUserBody,
  CreatedToken,
  CreateTokenBody,
  ResetView,
  StaffUserList,
  StaffUserView,
  TokenList,
  TokenParams,
  UpdateUserBody,
  UserParams,
  UserWithLink,
} from './schema.js';

const security = [{ sessionCookie: [] }, { bearerAuth: [] }] as Record<string, string[]>[];
const tags = ['staff'];
const refusals = { 401: ProblemSchema, 403: ProblemSchema };
const CREDENTIALS_NOTE =
  'Needs a signed-in session (with its CSRF token): an API token cannot hand out credentials, so a leaked one cannot mint access that outlives it.';

const staffUserRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  const { staff } = services;

  app.get(
    '/api/v1/staff/users',
    {
      schema: {
        tags,
        summary: 'List staff accounts (admin)',
        description:
          'Every staff account with its role, status, last sign-in and number of active API tokens. Researcher accounts are not listed.',
        security,
        response: { 200: StaffUserList, ...refusals },
      },
    },
    async (request) => ({ items: await staff.listUsers(request.actor) }),
  );

  app.post(
    '/api/v1/staff/users',
    {
      schema: {
        tags,
        summary: 'Add a staff account (admin)',
        description: `Creates the account without a password and answers its one-time enrolment link, as \`vulndesk user add\` does. ${CREDENTIALS_NOTE} An address that any account has already answers 409 naming \`email\`.`,
        security,
        body: AddUserBody,
        response: { 201: UserWithLink, 400: ProblemSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request, reply) => {
      const created = await staff.addUser(request.body, request.actor);
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ user: created.user, enrolment: created.enrolment });
    },
  );

  app.patch(
    '/api/v1/staff/users/:id',
    {
      schema: {
        tags,
        summary: 'Change the role of a staff account, or disable or enable it (admin)',
        description:
          'Give `role`, `disabled` or both. Disabling ends the account’s sessions and refuses its sign-ins and API tokens until it is enabled again. The last enabled admin can be neither demoted nor disabled (409 naming the field). Role changes apply to the account’s sessions and tokens at once.',
        security,
        params: UserParams,
        body: UpdateUserBody,
        response: {
          200: StaffUserView,
          400: ProblemSchema,
          ...refusals,
          404: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request) => staff.updateUser(request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/v1/staff/users/:id/reset',
    {
      schema: {
        tags,
        summary: 'Reset a staff account and issue a new enrolment link (admin)',
        description: `For a lost authenticator, as \`vulndesk user reset\` does: disables the password and the authenticator, ends the sessions and open links, and answers a new one-time enrolment link. API tokens stay valid. No body (or {}). ${CREDENTIALS_NOTE} A disabled account answers 409: enable it first.`,
        security,
        params: UserParams,
        response: {
          200: ResetView,
          400: ProblemSchema,
          ...refusals,
          404: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      refuseBody(request.body);
      const reset = await staff.resetUser({ id: request.params.id }, request.actor);
      return reply.header('cache-control', 'no-store').send({
        user: reset.user,
        enrolment: reset.enrolment,
        sessionsEnded: reset.sessionsEnded,
      });
    },
  );

  app.get(
    '/api/v1/staff/users/:id/tokens',
    {
      schema: {
        tags,
        summary: 'List the API tokens of a staff account (admin)',
        security,
        params: UserParams,
        response: { 200: TokenList, 400: ProblemSchema, ...refusals, 404: ProblemSchema },
      },
    },
    async (request) => ({ items: await staff.listTokens(request.actor, request.params.id) }),
  );

  app.post(
    '/api/v1/staff/users/:id/tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token for a staff account (admin)',
        description: `As \`vulndesk token create\` does: the token carries the account’s role and is in this answer only; we store its hash. ${CREDENTIALS_NOTE} A disabled account answers 409.`,
        security,
        params: UserParams,
        body: CreateTokenBody,
        response: {
          201: CreatedToken,
          400: ProblemSchema,
          ...refusals,
          404: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const created = await staff.createToken(
        { id: request.params.id, name: request.body.name },
        request.actor,
      );
      return reply.code(201).header('cache-control', 'no-store').send({
        id: created.id,
        name: created.name,
        prefix: created.prefix,
        createdAt: created.createdAt,
        lastUsedAt: created.lastUsedAt,
        token: created.token,
      });
    },
  );

  app.delete(
    '/api/v1/staff/users/:id/tokens/:tokenId',
    {
      schema: {
        tags,
        summary: 'Revoke an API token of a staff account (admin)',
        description: 'A token that is unknown, revoked already or another account’s answers 404.',
        security,
        params: TokenParams,
        response: {
          204: Type.Null({ description: 'Revoked.' }),
          400: ProblemSchema,
          ...refusals,
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      await staff.revokeToken(request.actor, request.params.id, request.params.tokenId);
      return reply.code(204).send(null);
    },
  );
};

export default staffUserRoutes;
