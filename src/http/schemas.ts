/** Schemas shared by many routes. */
import { Type, type Static } from 'typebox';
import { FIELD_RULES } from '../domain/field-rules.js';

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
        message: Type.String({
          description:
            'What is wrong with it, in English. A client that shows errors in another language words `rule` instead, when there is one.',
        }),
        rule: Type.Optional(
          Type.Enum(FIELD_RULES, {
            description:
              'The rule the field breaks, as a stable value for clients to word in their own language; absent when no rule fits (show `message` then). General: required, unknown-field (not part of the API), type (wrong JSON type), format (not of the expected form), not-allowed (not a value allowed here), too-short and too-long (characters), too-few and too-many (items), too-small and too-large (a number). Specific: invalid-email, invalid-url (http or https), invalid-date (a real date YYYY-MM-DD), invalid-cvss (not a valid vector, or not of the version the field takes), unknown-cwe (not in the CWE catalogue), pgp-key-unreadable, pgp-key-private, pgp-key-unusable (revoked, expired, not self-signed or without an encryption subkey), file-too-large, too-many-files, taken (the e-mail address or name is in use), wrong-code (not the current code of the authenticator app), invalid-link (unknown, used or expired), last-admin (would leave no enabled admin), end-before-start, in-future, range-too-long, unknown-report, self-duplicate (a report named as its own duplicate), original-later (the original named was received after this report), original-rejected (the original named was rejected, not as a duplicate), set-first (a case fact the change of state needs first), listed-twice, whole-and-versions (a product listed both as a whole and by version), exploitation-mismatch (exploited and the exploitability index disagree).',
          }),
        ),
        limit: Type.Optional(
          Type.Number({
            description:
              'The bound `rule` names, sent with these rules only: the fewest or most characters (too-short, too-long), items (too-few, too-many) or files (too-many-files); the smallest or largest number (too-small, too-large); the largest file in MB (file-too-large); the longest range in years (range-too-long).',
          }),
        ),
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
