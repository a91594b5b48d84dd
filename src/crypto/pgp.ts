/** Reading researchers' OpenPGP public keys (OpenPGP.js; v4 keys interoperate with GnuPG 2.2). */
import * as openpgp from 'openpgp';

export interface PublicKeyInfo {
  fingerprint: string;
  userIds: string[];
  algorithm: string;
  /** ISO time or null when the key does not expire. */
  expiresAt: string | null;
}

export type PublicKeyResult = { ok: true; key: PublicKeyInfo } | { ok: false; message: string };

export const MAX_ARMORED_KEY_BYTES = 64 * 1024;

/** A key made a moment ago on a machine whose clock runs ahead is still accepted. */
export const CLOCK_SKEW_MS = 15 * 60_000;

/** Parses an armored public key and checks that it can encrypt to its owner today. */
export async function readPublicKey(armored: string, now: Date): Promise<PublicKeyResult> {
  if (Buffer.byteLength(armored, 'utf8') > MAX_ARMORED_KEY_BYTES) {
    return { ok: false, message: 'the key is larger than 64 KiB' };
  }
  if (!armored.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----')) {
    return { ok: false, message: 'must be an ASCII-armored OpenPGP public key block' };
  }
  let key: openpgp.Key;
  try {
    key = await openpgp.readKey({ armoredKey: armored });
  } catch {
    return { ok: false, message: 'is not a readable OpenPGP public key' };
  }
  if (key.isPrivate()) {
    return { ok: false, message: 'is a private key: send only your public key' };
  }
  const at = new Date(now.getTime() + CLOCK_SKEW_MS);
  try {
    await key.verifyPrimaryKey(at);
  } catch {
    return { ok: false, message: 'is revoked, expired or not self-signed' };
  }
  try {
    await key.getEncryptionKey(undefined, at);
  } catch {
    return { ok: false, message: 'has no valid encryption subkey' };
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
