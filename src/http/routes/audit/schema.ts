import { Type } from 'typebox';

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;

const HASH = { pattern: '^[0-9a-f]{64}$' };

export const AuditQuery = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: AUDIT_PAGE_MAX,
        default: AUDIT_PAGE_DEFAULT,
        description: 'Page size.',
      }),
    ),
    cursor: Type.Optional(
      Type.String({
        pattern: '^[1-9][0-9]{0,14}$',
        description: 'Cursor: `next` from the previous page (entries older than it).',
      }),
    ),
    actor: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Only entries by this actor: an account id, or `cli`, `system`, `anonymous`.',
      }),
    ),
    action: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'Only entries of this action, e.g. `session.sign-in-failed`.',
      }),
    ),
    target: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description:
          'Only entries about this target, e.g. `account:<id>` or `report:VD-2026-00042`.',
      }),
    ),
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'Only entries at or after this time.' }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date-time', description: 'Only entries before this time.' }),
    ),
  },
  { additionalProperties: false },
);

export const AuditEntrySchema = Type.Object({
  seq: Type.Integer({ description: 'Position in the chain: 1, 2, … without gaps.' }),
  id: Type.String({ description: 'Entry id (UUIDv7).' }),
  at: Type.String({ format: 'date-time', description: 'When it happened (UTC).' }),
  actor: Type.String({
    description: 'Who did it: an account id, or `cli`, `system`, `anonymous`.',
  }),
  actorEmail: Type.Union([Type.String({ format: 'email' }), Type.Null()], {
    description:
      'The e-mail address of the account that did it, when `actor` is an account that still exists; null otherwise. Not part of the entry or its hash: read when the page is.',
  }),
  action: Type.String({
    description:
      'What happened, e.g. `staff.enrolled`, `session.staff-signed-in`, `token.created`.',
  }),
  target: Type.String({
    description: 'What it happened to, e.g. `account:<id>`, `token:<id>`, `report:VD-2026-00042`.',
  }),
  diff: Type.Union(
    [
      Type.Record(Type.String(), Type.Array(Type.Unknown(), { minItems: 2, maxItems: 2 })),
      Type.Null(),
    ],
    {
      description:
        'What changed: `{ field: [before, after] }`. Null when the stored diff cannot be read (the entry was tampered with).',
    },
  ),
  prevHash: Type.String({ ...HASH, description: 'Hash of the entry before (64 zeros for seq 1).' }),
  hash: Type.String({
    ...HASH,
    description:
      'SHA-256 (hex) of the canonical JSON `["vulndesk-audit-v1", seq, prevHash, at, actor, action, target, diff]`.',
  }),
});

export const AuditPageSchema = Type.Object({
  items: Type.Array(AuditEntrySchema, { description: 'One page of entries, newest first.' }),
  next: Type.Union([Type.String(), Type.Null()], {
    description: 'Cursor for the next (older) page, or null.',
  }),
});
