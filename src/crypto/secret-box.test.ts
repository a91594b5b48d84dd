import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.js';

const master = randomBytes(32);
const box = new SecretBox(master, 'totp');
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('SecretBox', () => {
  it('opens what it sealed for the same context', () => {
    const sealed = box.seal(SECRET, 'account:a');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(box.open(sealed, 'account:a')).toBe(SECRET);
    expect(new SecretBox(master, 'totp').open(sealed, 'account:a')).toBe(SECRET);
  });

  it('never holds the secret in clear, and seals the same secret differently each time', () => {
    const a = box.seal(SECRET, 'account:a');
    const b = box.seal(SECRET, 'account:a');
    expect(a).not.toBe(b);
    const bytes = Buffer.from(a.slice(3), 'base64url');
    expect(bytes.includes(Buffer.from(SECRET))).toBe(false);
    expect(a).not.toContain(SECRET);
  });

  it('refuses a value sealed for another context', () => {
    expect(() => box.open(box.seal(SECRET, 'account:a'), 'account:b')).toThrow();
  });

  it('refuses a value sealed under another master key or for another purpose', () => {
    const sealed = box.seal(SECRET, 'account:a');
    expect(() => new SecretBox(randomBytes(32), 'totp').open(sealed, 'account:a')).toThrow();
    expect(() => new SecretBox(master, 'other').open(sealed, 'account:a')).toThrow();
  });

  it('refuses a changed or truncated value', () => {
    const sealed = box.seal(SECRET, 'account:a');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    raw[14] = (raw[14] ?? 0) ^ 1;
    expect(() => box.open(`v1.${raw.toString('base64url')}`, 'account:a')).toThrow();
    expect(() => box.open('v1.AAAA', 'account:a')).toThrow(/truncated/);
    expect(() => box.open(SECRET, 'account:a')).toThrow(/not a sealed value/);
  });

  it('needs a 32-byte master key', () => {
    expect(() => new SecretBox(randomBytes(16), 'totp')).toThrow(/32 bytes/);
  });
});
