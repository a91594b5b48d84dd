/** Staff enrolment: the one-time link's page reads the authenticator secret, then completes. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProblemSchema } from '../../schemas.js';
import type { Services } from '../../../services/index.js';
import {
  CompleteEnrolmentBody,
  ENROLMENT_TOKEN_HEADER,
  EnrolledView,
  EnrolmentHeaders,
  EnrolmentView,
} from './schema.js';

const ENROLMENT_RATE_LIMIT = { max: 20, timeWindow: 15 * 60_000 };

const staffRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get(
    '/api/v1/staff/enrolment',
    {
      schema: {
        tags: ['staff'],
        summary: 'Read a staff enrolment link',
        description: `Send the link's token in the ${ENROLMENT_TOKEN_HEADER} header. Answers the account's address and the authenticator secret (generated once per link) as an otpauth URI and a QR code. Unknown, used and expired links answer 400 naming the header.`,
        headers: EnrolmentHeaders,
        response: { 200: EnrolmentView, 400: ProblemSchema, 429: ProblemSchema },
      },
      config: { rateLimit: ENROLMENT_RATE_LIMIT },
    },
    async (request, reply) => {
      const view = await services.staff.readEnrolment(request.headers[ENROLMENT_TOKEN_HEADER]);
      return reply.header('cache-control', 'no-store').send(view);
    },
  );

  app.post(
    '/api/v1/staff/enrolment',
    {
      schema: {
        tags: ['staff'],
        summary: 'Complete a staff enrolment',
        description:
          'Sets the password and enables the authenticator once `totp` matches it; the link is used up. The code sent here cannot be used again: sign in (POST /api/v1/session) with the next one.',
        body: CompleteEnrolmentBody,
        response: { 200: EnrolledView, 400: ProblemSchema, 429: ProblemSchema },
      },
      config: { rateLimit: ENROLMENT_RATE_LIMIT },
    },
    async (request, reply) => {
      const account = await services.staff.completeEnrolment(request.body);
      return reply.header('cache-control', 'no-store').send({ account });
    },
  );
};

export default staffRoutes;
