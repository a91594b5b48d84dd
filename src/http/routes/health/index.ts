/** Liveness and readiness: 200 only when the database answers. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { Db } from '../../../db/client.js';
import { DomainError } from '../../../domain/errors.js';

const healthRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Health check',
        description: 'Answers 200 when the database answers, 503 otherwise.',
        response: { 200: Type.Object({ status: Type.Literal('ok', { description: 'Healthy.' }) }) },
      },
      config: { rateLimit: false },
    },
    async () => {
      try {
        await sql`select 1`.execute(db.kysely);
      } catch {
        throw new DomainError('unavailable', 'the database does not answer');
      }
      return { status: 'ok' as const };
    },
  );
};

export default healthRoutes;
