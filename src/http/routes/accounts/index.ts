/** Researcher registration and e-mail verification. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProblemSchema } from '../../schemas.js';
import type { Services } from '../../../services/index.js';
import { Accepted, RegisterBody, Verified, VerifyBody } from './schema.js';

const accountsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  app.post(
    '/api/v1/accounts',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Register a researcher account',
        description:
          'Sends a confirmation link to the address. The answer is the same whether or not the address already has an account.',
        body: RegisterBody,
        response: { 202: Accepted, 400: ProblemSchema, 429: ProblemSchema },
      },
      config: { rateLimit: { max: 10, timeWindow: 3_600_000 } },
    },
    async (request, reply) => {
      await services.accounts.register(request.body);
      return reply.code(202).send({ status: 'verification-sent' as const });
    },
  );

  app.post(
    '/api/v1/accounts/verify',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Confirm an e-mail address',
        body: VerifyBody,
        response: { 200: Verified, 400: ProblemSchema },
      },
    },
    async (request) => {
      await services.accounts.verifyEmail(request.body.token);
      return { status: 'verified' as const };
    },
  );
};

export default accountsRoutes;
