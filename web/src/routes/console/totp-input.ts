import type { AccountField } from '../account/account-form.js';

/** The input for an authenticator's 6-digit code (RFC 6238), as phones offer to fill it in. */
export const TOTP_INPUT: AccountField<'totp'>['input'] = {
  type: 'text',
  autoComplete: 'one-time-code',
  inputMode: 'numeric',
  maxLength: 6,
  pattern: '[0-9]{6}',
  spellCheck: false,
};

/** Six digits, spaces around them ignored. */
export function isTotpCode(value: string): boolean {
  return /^[0-9]{6}$/.test(value.trim());
}
