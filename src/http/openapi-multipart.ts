/**
 * The report submission also accepts multipart/form-data. Fastify validates the JSON shape only,
 * so this adds the multipart form of the request body to the generated OpenAPI document.
 */
type Doc = { paths?: Record<string, Record<string, unknown>> };

export function addMultipartReportBody<T>(doc: T): T {
  const op = (doc as Doc).paths?.['/api/v1/reports']?.post as
    { requestBody?: { content?: Record<string, unknown> } } | undefined;
  const content = op?.requestBody?.content;
  if (content === undefined) return doc;
  content['multipart/form-data'] = {
    schema: {
      type: 'object',
      required: ['report'],
      properties: {
        report: {
          type: 'string',
          contentMediaType: 'application/json',
          description: 'The report: the same JSON object as the application/json body.',
        },
        attachments: {
          type: 'array',
          maxItems: 10,
          items: { type: 'string', contentMediaType: 'application/octet-stream' },
          description:
            'Up to 10 files (proof of concept, screenshots, videos), each at most MAX_ATTACHMENT_MB. Stored encrypted; size and SHA-256 recorded.',
        },
      },
    },
  };
  return doc;
}
