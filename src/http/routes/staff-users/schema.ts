import { Type } from 'typebox';
import { STAFF_ACCOUNT_STATUSES } from '../../../domain/staff/account-status.js';
import { MAX_TOKEN_NAME_LENGTH } from '../../../services/staff.service.js';
import { TokenView } from '../../schemas.js';
import { StaffRoleSchema } from '../staff/schema.js';

const Id = (description: string) => Type.String({ minLength: 1, maxLength: 64, description });

export const UserParams = Type.Object({ id: Id('Staff account id.') });

export const TokenParams = Type.Object({
  id: Id('Staff account id.'),
  tokenId: Id('Token id.'),
});

const Time = (description: string) => Type.String({ format: 'date-time', description });
const TimeOrNull = (description: string) =>
  Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description });

export const StaffUserView = Type.Object(
  {
    id: Type.String({ description: 'Account id.' }),
    email: Type.String({ description: 'E-mail address (lower case).' }),
    role: StaffRoleSchema,
    status: Type.Enum(STAFF_ACCOUNT_STATUSES, {
      description:
        '`enrolment-pending` until the enrolment link has been used (new accounts, and after a reset), `active` once password and authenticator are set, `disabled` while an admin has disabled it.',
    }),
    createdAt: Time('When the account was created (UTC).'),
    lastSignInAt: TimeOrNull('When the account last signed in (UTC), or null if not known.'),
    disabledAt: TimeOrNull('When an admin disabled the account (UTC), or null while enabled.'),
    tokenCount: Type.Integer({ minimum: 0, description: 'Number of API tokens not revoked.' }),
    enrolmentExpiresAt: TimeOrNull(
      'When the open enrolment link stops working (UTC), or null when none is open (used, expired or closed by a reset or by disabling).',
    ),
  },
  { description: 'A staff account as admins see it.' },
);

export const StaffUserList = Type.Object({
  items: Type.Array(StaffUserView, { description: 'Every staff account, by e-mail address.' }),
});

export const EnrolmentLinkView = Type.Object(
  {
    url: Type.String({
      description:
        'The one-time enrolment link `PUBLIC_URL/console/enrol#vde_…`: give it to the person it is for. Shown once; only its hash is stored.',
    }),
    expiresAt: Time('When the link stops working (UTC).'),
  },
  { description: 'The enrolment link (password and authenticator are set there).' },
);

export const AddUserBody = Type.Object(
  {
    email: Type.String({
      minLength: 1,
      maxLength: 254,
      description: 'E-mail address of the new staff member; no other account may have it.',
    }),
    role: StaffRoleSchema,
  },
  { additionalProperties: false },
);

export const UserWithLink = Type.Object({
  user: StaffUserView,
  enrolment: EnrolmentLinkView,
});

export const ResetView = Type.Object({
  user: StaffUserView,
  enrolment: EnrolmentLinkView,
  sessionsEnded: Type.Integer({
    minimum: 0,
    description: 'How many sessions of the account were ended.',
  }),
});

export const UpdateUserBody = Type.Object(
  {
    role: Type.Optional(StaffRoleSchema),
    disabled: Type.Optional(
      Type.Boolean({
        description:
          'true disables the account (its sessions end, its API tokens and sign-ins are refused, open enrolment links close); false enables it again (its tokens work again).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CreateTokenBody = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: MAX_TOKEN_NAME_LENGTH,
      description: 'What the token is for.',
    }),
  },
  { additionalProperties: false },
);

export const TokenList = Type.Object({
  items: Type.Array(TokenView, { description: 'Active tokens, newest first.' }),
});

export const CreatedToken = Type.Intersect([
  TokenView,
  Type.Object({ token: Type.String({ description: 'The secret: shown once.' }) }),
]);
