/** Schemas shared by many routes. */
import { Type, type Static } from 'typebox';

/**
 * RFC 9457 problem details. Registered once (`app.addSchema`) and referenced by every route as
 * `ProblemSchema`, so the OpenAPI document holds it once, as `components.schemas.Problem`.
 */
export const ProblemBody = Type.Object(
  {
    type: Type.String({
      description: 'URI naming the kind of problem (urn:vulndesk:problem:<code>).',
    }),
    title: Type.String({ description: 'Short summary of the kind of problem.' }),
    status: Type.Integer({ description: 'HTTP status code.' }),
    detail: Type.String({ description: 'What went wrong in this request.' }),
    code: Type.String({ description: 'Stable error code.' }),
    instance: Type.Optional(Type.String({ description: 'The request path.' })),
    errors: Type.Array(
      Type.Object({
        path: Type.String({ description: 'The offending field, e.g. reporter.email.' }),
        message: Type.String({ description: 'What is wrong with it.' }),
      }),
      { description: 'One entry per offending field.' },
    ),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details.' },
);

export const ProblemSchema = Type.Unsafe<Static<typeof ProblemBody>>({ $ref: 'Problem' });

/** An API token as its owner and admins see it: never the secret. */
export const TokenView = Type.Object({
  id: Type.String({ description: 'Token id (for revoking).' }),
  name: Type.String({ description: 'What the token is for.' }),
  prefix: Type.String({ description: 'First characters of the token, to tell tokens apart.' }),
  createdAt: Type.String({ format: 'date-time', description: 'When it was created.' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When it was last used, if ever.',
  }),
});
