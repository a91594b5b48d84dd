/**
 * Messages on a report: staff and the reporter write to each other, with files if they like;
 * staff also keep internal notes the reporter never sees. Same access rule as the report:
 * anyone else gets 404.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MESSAGE_BODY_MAX } from '../../../domain/message/markdown.js';
import type { Services } from '../../../services/index.js';
import { ProblemSchema } from '../../schemas.js';
import { readMultipartUpload } from './multipart.js';
import { AttachmentViewSchema, ReportIdParams } from './schema.js';

export interface MessageRoutesOptions {
  services: Services;
}

const security = [{ bearerAuth: [] }, { sessionCookie: [] }] as Record<string, string[]>[];

const MessageView = Type.Object({
  id: Type.String({ description: 'Message id.' }),
  author: Type.Enum(['staff', 'reporter'] as const, { description: 'Which side wrote it.' }),
  authorId: Type.Union([Type.String(), Type.Null()], {
    description: 'The staff account that wrote it (shown to staff only), or null.',
  }),
  authorName: Type.Union([Type.String(), Type.Null()], {
    description:
      "Staff only: the display name of the staff account that wrote it (its e-mail address when it has no name). Null for the reporter's messages, for every message when the reader is the reporter, and when the writer is not known as a member of staff (no account recorded, or the account is no longer staff).",
  }),
  internal: Type.Boolean({ description: 'An internal note: staff only.' }),
  body: Type.String({ description: 'The Markdown source.' }),
  bodyHtml: Type.String({
    description:
      'The body rendered from Markdown; raw HTML is escaped, links limited to http(s) and mailto, no images.',
  }),
  createdAt: Type.String({ format: 'date-time', description: 'When it was written (UTC).' }),
  attachments: Type.Array(AttachmentViewSchema, {
    description:
      'Files sent with the message, in the order sent; download each at GET /api/v1/reports/{id}/attachments/{attachmentId}.',
  }),
});

const messageRoutes: FastifyPluginAsyncTypebox<MessageRoutesOptions> = async (app, opts) => {
  const { messages, attachments } = opts.services;

  app.get(
    '/api/v1/reports/:id/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Messages on a report',
        description:
          'Staff see every message and internal note; the reporter (tracking token or owning account) sees the messages that are not internal. Anyone else gets 404.',
        params: ReportIdParams,
        security,
        response: {
          200: Type.Object({ items: Type.Array(MessageView, { description: 'Oldest first.' }) }),
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const items = await messages.list(request.actor, request.params.id);
      void reply.header('cache-control', 'no-store');
      return { items };
    },
  );

  app.post(
    '/api/v1/reports/:id/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Write a message or an internal note',
        description:
          'Markdown, as application/json, or as multipart/form-data with a part `message` holding the same JSON and up to 10 parts `attachments` (each at most MAX_ATTACHMENT_MB; streamed to encrypted storage, size and SHA-256 recorded). Staff may write to the reporter (`internal: false`) or an internal note (`internal: true`); the reporter may only write messages, and an answer to a report waiting on them (needs-info) moves it back to triage. The files of an internal note are for staff only. Every message is announced by e-mail (without its text or files).',
        params: ReportIdParams,
        body: Type.Object(
          {
            body: Type.String({
              minLength: 1,
              maxLength: MESSAGE_BODY_MAX,
              description: 'The message, in Markdown.',
            }),
            internal: Type.Optional(
              Type.Boolean({ description: 'An internal note for staff only (default false).' }),
            ),
          },
          { additionalProperties: false },
        ),
        security,
        response: {
          201: MessageView,
          400: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
        },
      },
      preValidation: async (request) => {
        if (!request.isMultipart()) return;
        // Before any file is stored: a caller who may not write here stores nothing.
        await messages.authorizeWrite(request.actor, request.params.id);
        await readMultipartUpload(request, attachments, 'message');
      },
    },
    async (request, reply) => {
      const message = await messages.post(
        request.actor,
        request.params.id,
        { body: request.body.body, internal: request.body.internal ?? false },
        request.stagedAttachments,
      );
      request.attachmentsCommitted = true;
      void reply.code(201);
      return message;
    },
  );
};

export default messageRoutes;
