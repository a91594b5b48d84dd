import { Type } from 'typebox';

export const RegisterBody = Type.Object(
  {
    email: Type.String({
      format: 'email',
      maxLength: 254,
      description: 'Your e-mail address; we send a link to confirm it.',
    }),
    password: Type.String({
      minLength: 12,
      maxLength: 256,
      description: 'At least 12 characters.',
    }),
    name: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'Your name (optional).' }),
    ),
  },
  { additionalProperties: false },
);

export const VerifyBody = Type.Object(
  {
    token: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'The token from the confirmation link.',
    }),
  },
  { additionalProperties: false },
);

export const Accepted = Type.Object({
  status: Type.Literal('verification-sent', {
    description:
      'A confirmation link is on its way (or a notice, if the address already has an account).',
  }),
});

export const Verified = Type.Object({
  status: Type.Literal('verified', { description: 'The address is confirmed.' }),
});
