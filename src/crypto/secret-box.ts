/**
 * Small secrets kept in the database (TOTP secrets), encrypted with AES-256-GCM under a key
 * derived from the master key with HKDF-SHA256 for one purpose, so a key for one kind of secret
 * opens no other. Each value is bound to its context (e.g. the account id) as additional
 * authenticated data: a sealed value copied to another row does not open there.
 *
 * Sealed form: `v1.` + base64url(iv(12) | ciphertext | tag(16)).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBox {
  private readonly key: Buffer;

  constructor(masterKey: Buffer, purpose: string) {
    if (masterKey.length !== 32) throw new Error('the master key must be 32 bytes');
    this.key = Buffer.from(
      hkdfSync('sha256', masterKey, Buffer.alloc(0), `vulndesk:${purpose}`, 32),
    );
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return VERSION + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
  }

  /** Throws when the value was changed, sealed for another context or under another key. */
  open(sealed: string, context: string): string {
    if (!sealed.startsWith(VERSION)) throw new Error('not a sealed value');
    const raw = Buffer.from(sealed.slice(VERSION.length), 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('sealed value is truncated');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const body = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}

/** The box for staff TOTP secrets. */
export function totpSecretBox(masterKey: Buffer): SecretBox {
  return new SecretBox(masterKey, 'totp-secret');
}
