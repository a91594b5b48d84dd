/** Reading researchers' OpenPGP public keys (OpenPGP.js; v4 keys interoperate with GnuPG 2.2). */
import * as openpgp from 'openpgp';
import type { FieldProblem } from '../domain/errors.js';

export interface PublicKeyInfo {
  fingerprint: string;
  userIds: string[];
  algorithm: string;
  /** ISO time or null when the key does not expire. */
  expiresAt: string | null;
}

/** A key that cannot be used says why as a field error of the key's field would. */
export type PublicKeyResult =
  { ok: true; key: PublicKeyInfo } | { ok: false; problem: FieldProblem };

export const MAX_ARMORED_KEY_BYTES = 64 * 1024;

/** A key made a moment ago on a machine whose clock runs ahead is still accepted. */
export const CLOCK_SKEW_MS = 15 * 60_000;

/** Parses an armored public key and checks that it can encrypt to its owner today. */
export async function readPublicKey(armored: string, now: Date): Promise<PublicKeyResult> {
  if (Buffer.byteLength(armored, 'utf8') > MAX_ARMORED_KEY_BYTES) {
    return { ok: false, problem: { message: 'the key is larger than 64 KiB' } };
  }
  if (!armored.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----')) {
    return {
      ok: false,
      problem: {
        message: 'must be an ASCII-armored OpenPGP public key block',
        rule: 'pgp-key-unreadable',
      },
    };
  }
  let key: openpgp.Key;
  try {
    key = await openpgp.readKey({ armoredKey: armored });
  } catch {
    return {
      ok: false,
      problem: { message: 'is not a readable OpenPGP public key', rule: 'pgp-key-unreadable' },
    };
  }
  if (key.isPrivate()) {
    return {
      ok: false,
      problem: { message: 'is a private key: send only your public key', rule: 'pgp-key-private' },
    };
  }
  const at = new Date(now.getTime() + CLOCK_SKEW_MS);
  try {
    await key.verifyPrimaryKey(at);
  } catch {
    return {
      ok: false,
      problem: { message: 'is revoked, expired or not self-signed', rule: 'pgp-key-unusable' },
    };
  }
  try {
    await key.getEncryptionKey(undefined, at);
  } catch {
    return {
      ok: false,
      problem: { message: 'has no valid encryption subkey', rule: 'pgp-key-unusable' },
    };
  }
  const expiration = await key.getExpirationTime();
  return {
    ok: true,
    key: {
      fingerprint: key.getFingerprint().toUpperCase(),
      userIds: key.getUserIDs(),
      algorithm: key.getAlgorithmInfo().algorithm,
      expiresAt: expiration instanceof Date ? expiration.toISOString() : null,
    },
  };
}
