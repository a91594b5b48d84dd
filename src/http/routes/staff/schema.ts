import { Type } from 'typebox';
import { TOTP_CODE_PATTERN } from '../../../crypto/totp.js';
import { STAFF_ROLES } from '../../../domain/staff/roles.js';
import { MIN_PASSWORD_LENGTH } from '../../../services/account.service.js';

/** The header that carries the enrolment token (never a query string, which logs keep). */
export const ENROLMENT_TOKEN_HEADER = 'x-enrolment-token';

export const StaffRoleSchema = Type.Enum(STAFF_ROLES, {
  description: `The staff role: ${STAFF_ROLES.join(', ')}.`,
});

export const EnrolmentHeaders = Type.Object({
  [ENROLMENT_TOKEN_HEADER]: Type.String({
    minLength: 1,
    maxLength: 200,
    description:
      'The token from the enrolment link (the part after `#` in `/console/enrol#vde_…`).',
  }),
});

export const EnrolmentView = Type.Object({
  email: Type.String({ description: 'The e-mail address of the staff account being enrolled.' }),
  role: StaffRoleSchema,
  otpauthUri: Type.String({
    description:
      'The authenticator secret as an `otpauth://totp/vulndesk:<email>?secret=…&issuer=vulndesk` URI (RFC 6238: SHA-1, 6 digits, 30 s), for apps that take a link or for typing the secret in.',
  }),
  qrSvg: Type.String({
    description: 'The same URI as a QR code: an SVG document to show for scanning.',
  }),
  expiresAt: Type.String({
    format: 'date-time',
    description: 'When the enrolment link stops working.',
  }),
});

export const CompleteEnrolmentBody = Type.Object(
  {
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'The token from the enrolment link.',
    }),
    password: Type.String({
      minLength: MIN_PASSWORD_LENGTH,
      maxLength: 256,
      description: `The new password: at least ${MIN_PASSWORD_LENGTH} characters.`,
    }),
    totp: Type.String({
      pattern: TOTP_CODE_PATTERN,
      description:
        'The current 6-digit code the authenticator app shows after adding the secret: proves the app was set up.',
    }),
  },
  { additionalProperties: false },
);

export const EnrolledView = Type.Object({
  account: Type.Object(
    {
      id: Type.String({ description: 'Account id.' }),
      email: Type.String({ description: 'Account e-mail address.' }),
      role: StaffRoleSchema,
    },
    { description: 'The staff account, now able to sign in.' },
  ),
});
