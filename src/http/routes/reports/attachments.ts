/**
 * Downloading a file of a report: one it was submitted with, or one sent with a message. Staff
 * may download every file; the reporter (tracking token or owning account) the report's files
 * and those of messages that are not internal notes; anyone else gets 404, whether or not the
 * file exists. Always a download, never rendered: `application/octet-stream`,
 * `Content-Disposition: attachment` and `X-Content-Type-Options: nosniff`.
 */
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Services } from '../../../services/index.js';
import { attachmentDisposition } from '../../content-disposition.js';
import { ProblemSchema } from '../../schemas.js';

export interface AttachmentRoutesOptions {
  services: Services;
}

const security = [{ bearerAuth: [] }, { sessionCookie: [] }] as Record<string, string[]>[];

const AttachmentParams = Type.Object({
  id: Type.String({ description: 'Report reference, e.g. VD-2026-00042.', maxLength: 40 }),
  attachmentId: Type.String({
    description: 'Attachment id, as listed with the report or its messages.',
    pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  }),
});

const attachmentRoutes: FastifyPluginAsyncTypebox<AttachmentRoutesOptions> = async (app, opts) => {
  const { attachments } = opts.services;

  app.get(
    '/api/v1/reports/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['reports'],
        summary: 'Download a file of a report or of one of its messages',
        description:
          'The decrypted content as application/octet-stream with Content-Disposition: attachment. Staff may download every file; the reporter (tracking token or owning account) the files of the report and of messages that are not internal notes. Any other caller, and the reporter asking for a file of an internal note, gets 404. Content-Length and Repr-Digest (RFC 9530, `sha-256=:<base64>:`) give the size and SHA-256 recorded at upload; a file whose stored form was altered ends the transfer early instead of completing.',
        params: AttachmentParams,
        security,
        response: {
          200: {
            description: 'The file.',
            content: {
              'application/octet-stream': {
                schema: Type.Unsafe<Readable>({
                  type: 'string',
                  format: 'binary',
                  description: 'The file content.',
                }),
              },
            },
          },
          400: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const file = await attachments.open(
        request.actor,
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', attachmentDisposition(file.filename))
        .header('content-length', file.size)
        .header('x-content-type-options', 'nosniff')
        .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
};

export default attachmentRoutes;
