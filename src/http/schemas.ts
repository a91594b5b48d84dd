/** Schemas shared by many routes. */
import { Type, type Static } from 'typebox';
import {
  BOUNDED_FIELD_RULES,
  FIELD_RULE_MEANINGS,
  FIELD_RULES,
  type FieldRule,
} from '../domain/field-rules.js';

/** `rule: what it means` for each rule, for the API description. */
const meaningsOf = (rules: readonly FieldRule[]): string =>
  rules.map((rule) => `${rule}: ${FIELD_RULE_MEANINGS[rule]}`).join(' ');

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
            description: `The rule the field breaks, as a stable value for clients to word in their own language; absent when no rule fits (show \`message\` then). ${meaningsOf(FIELD_RULES)}`,
          }),
        ),
        limit: Type.Optional(
          Type.Number({
            description: `The bound \`rule\` names, sent with these rules only. ${meaningsOf(BOUNDED_FIELD_RULES)}`,
          }),
        ),
      }),
      { description: 'One entry per offending field.' },
    ),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details.' },
);

export const ProblemSchema = Type.Unsafe<Static<typeof ProblemBody>>({ $ref: 'Problem' });

/**
 * A member of staff as the staff views name one (an assignee, who made a change). Registered
 * once like `Problem`, so the OpenAPI document holds it once, as `components.schemas.StaffMember`.
 */
export const StaffMemberBody = Type.Object(
  {
    id: Type.String({ description: 'Account id.' }),
    email: Type.String({ description: 'E-mail address.' }),
    name: Type.Union([Type.String(), Type.Null()], { description: 'Display name, or null.' }),
    role: Type.String({ description: 'Staff role.' }),
  },
  { $id: 'StaffMember', description: 'A member of staff.' },
);

/** A member of staff, or null. */
export const NullableStaffMember = (description: string) =>
  Type.Unsafe<Static<typeof StaffMemberBody> | null>({
    anyOf: [{ $ref: 'StaffMember' }, { type: 'null' }],
    description,
  });

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
