import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, issueToken, safeEqual, tokenKindOf, type TokenKind } from './tokens.js';

const KINDS: [TokenKind, string][] = [
  ['tracking', 'vdt_'],
  ['api', 'vdp_'],
  ['session', 'vds_'],
  ['verify', 'vdv_'],
  ['csrf', 'vdc_'],
  ['enrol', 'vde_'],
];

describe('issueToken', () => {
  it.each(KINDS)('gives a %s token the prefix %s', (kind, prefix) => {
    const { token } = issueToken(kind);
    expect(token.startsWith(prefix)).toBe(true);
  });

  it('carries 256 random bits as 43 base64url characters after the prefix', () => {
    const { token } = issueToken('api');
    const body = token.slice(4);
    expect(body).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(body, 'base64url')).toHaveLength(32);
  });

  it('never repeats a token', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => issueToken('session').token));
    expect(seen.size).toBe(1000);
  });

  it('answers the SHA-256 of the token as its hash, never the token itself', () => {
    const { token, hash } = issueToken('tracking');
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token.slice(4));
  });
});

describe('hashToken', () => {
  it('is deterministic and distinguishes tokens', () => {
    expect(hashToken('vdp_abc')).toBe(hashToken('vdp_abc'));
    expect(hashToken('vdp_abc')).not.toBe(hashToken('vdp_abd'));
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('tokenKindOf', () => {
  it.each(KINDS)('recognises a %s token', (kind) => {
    expect(tokenKindOf(issueToken(kind).token)).toBe(kind);
  });

  it('answers undefined for strings without a known prefix', () => {
    expect(tokenKindOf('garbage')).toBeUndefined();
    expect(tokenKindOf('')).toBeUndefined();
    expect(tokenKindOf('VDP_abc')).toBeUndefined();
    expect(tokenKindOf('vdx_abc')).toBeUndefined();
  });
});

describe('safeEqual', () => {
  it('is true only for identical strings', () => {
    expect(safeEqual('vdc_same', 'vdc_same')).toBe(true);
    expect(safeEqual('vdc_same', 'vdc_samf')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });

  it('is false for strings of different length without throwing', () => {
    expect(safeEqual('vdc_short', 'vdc_shorter')).toBe(false);
    expect(safeEqual('', 'x')).toBe(false);
  });

  it('compares bytes, so look-alike Unicode does not match', () => {
    expect(safeEqual('é', 'e\u0301')).toBe(false);
  });
});
