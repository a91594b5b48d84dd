/**
 * Time-based one-time passwords for staff sign-in (RFC 6238 through otplib: HMAC-SHA-1, 6 digits,
 * 30-second steps). A code is accepted one step early or late (clock drift), and only for a time
 * step after the last one accepted for the account, so a code cannot be used twice.
 */
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

export const TOTP_ISSUER = 'vulndesk';
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted before and after the current one. */
export const TOTP_WINDOW_STEPS = 1;
export const TOTP_CODE_PATTERN = '^[0-9]{6}$';

/** A new random secret (160 bits), base32 as authenticator apps expect it. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** `otpauth://totp/vulndesk:<email>?secret=…&issuer=vulndesk`, for the authenticator app. */
export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** The URI as a QR code, an SVG document the console shows inline. */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The time step a moment falls in. */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

export type TotpCheck = { ok: true; step: number } | { ok: false };

/**
 * Checks a code at `now`. `lastStep` is the step of the last code accepted for the account
 * (null before the first): codes of that step or earlier are refused.
 */
export async function checkTotp(input: {
  secret: string;
  code: string;
  now: Date;
  lastStep: number | null;
}): Promise<TotpCheck> {
  if (!new RegExp(TOTP_CODE_PATTERN).test(input.code)) return { ok: false };
  const current = totpStep(input.now);
  const lastStep = input.lastStep ?? -1;
  // Every step of the window has been used already (otplib refuses such a bound outright).
  if (lastStep >= current + TOTP_WINDOW_STEPS) return { ok: false };
  const result = await verify({
    secret: input.secret,
    token: input.code,
    epoch: Math.floor(input.now.getTime() / 1000),
    period: TOTP_PERIOD_SECONDS,
    digits: TOTP_DIGITS,
    algorithm: 'sha1',
    epochTolerance: TOTP_WINDOW_STEPS * TOTP_PERIOD_SECONDS,
    ...(lastStep >= 0 ? { afterTimeStep: lastStep } : {}),
  });
  return result.valid && 'timeStep' in result ? { ok: true, step: result.timeStep } : { ok: false };
}
