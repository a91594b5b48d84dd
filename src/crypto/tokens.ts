/**
 * Bearer secrets (tracking tokens, API tokens, session ids, verification and staff enrolment
 * links): 256 random bits, base64url, with a short prefix that tells what a leaked string is.
 * Only the SHA-256 is stored; a fast hash is right for 256-bit random secrets (no dictionary to
 * attack).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type TokenKind = 'tracking' | 'api' | 'session' | 'verify' | 'csrf' | 'enrol';

const PREFIX: Record<TokenKind, string> = {
  tracking: 'vdt_',
  api: 'vdp_',
  session: 'vds_',
  verify: 'vdv_',
  csrf: 'vdc_',
  enrol: 'vde_',
};

export interface IssuedToken {
  token: string;
  hash: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function issueToken(kind: TokenKind): IssuedToken {
  const token = PREFIX[kind] + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function tokenKindOf(token: string): TokenKind | undefined {
  return (Object.keys(PREFIX) as TokenKind[]).find((k) => token.startsWith(PREFIX[k]));
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
