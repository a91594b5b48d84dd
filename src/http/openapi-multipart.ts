/**
 * The report submission and the message endpoint also accept multipart/form-data. Fastify
 * validates the JSON shape only, so this adds the multipart form of those request bodies to the
 * generated OpenAPI document.
 */
import { MAX_ATTACHMENTS } from '../services/attachment.service.js';

type Doc = { paths?: Record<string, Record<string, unknown>> };

interface MultipartBody {
  /** OpenAPI path of the POST operation. */
  path: string;
  /** The part holding the JSON body. */
  jsonPart: string;
  jsonDescription: string;
  filesDescription: string;
}

const MULTIPART_BODIES: readonly MultipartBody[] = [
  {
    path: '/api/v1/reports',
    jsonPart: 'report',
    jsonDescription: 'The report: the same JSON object as the application/json body.',
    filesDescription: `Up to ${MAX_ATTACHMENTS} files (proof of concept, screenshots, videos), each at most MAX_ATTACHMENT_MB. Stored encrypted; size and SHA-256 recorded.`,
  },
  {
    path: '/api/v1/reports/{id}/messages',
    jsonPart: 'message',
    jsonDescription: 'The message: the same JSON object as the application/json body.',
    filesDescription: `Up to ${MAX_ATTACHMENTS} files, each at most MAX_ATTACHMENT_MB. Stored encrypted; size and SHA-256 recorded. Files of an internal note are for staff only.`,
  },
];

export function addMultipartBodies<T>(doc: T): T {
  for (const body of MULTIPART_BODIES) {
    const op = (doc as Doc).paths?.[body.path]?.post as
      { requestBody?: { content?: Record<string, unknown> } } | undefined;
    const content = op?.requestBody?.content;
    if (content === undefined) continue;
    content['multipart/form-data'] = {
      schema: {
        type: 'object',
        required: [body.jsonPart],
        properties: {
          [body.jsonPart]: {
            type: 'string',
            contentMediaType: 'application/json',
            description: body.jsonDescription,
          },
          attachments: {
            type: 'array',
            maxItems: MAX_ATTACHMENTS,
            items: { type: 'string', contentMediaType: 'application/octet-stream' },
            description: body.filesDescription,
          },
        },
      },
    };
  }
  return doc;
}
