/** The audit log for auditors and admins (the console's audit view). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProblemSchema } from '../../schemas.js';
import type { Services } from '../../../services/index.js';
import { AUDIT_PAGE_DEFAULT, AuditPageSchema, AuditQuery } from './schema.js';

/** Times compare as text in the database: bring them to the stored form first. */
const utc = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : new Date(value).toISOString();

const auditRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Read the audit log',
        description:
          'Entries newest first, paged by sequence number; filters combine. Auditors and admins only. `npx vulndesk audit verify` checks the whole hash chain.',
        security: [{ bearerAuth: [] }, { sessionCookie: [] }] as Record<string, string[]>[],
        querystring: AuditQuery,
        response: {
          200: AuditPageSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request) => {
      const { limit, cursor, actor, action, target, from, to } = request.query;
      return services.audit.list(
        request.actor,
        { cursor, actor, action, target, from: utc(from), to: utc(to) },
        limit ?? AUDIT_PAGE_DEFAULT,
      );
    },
  );
};

export default auditRoutes;
