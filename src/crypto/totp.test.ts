import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import {
  checkTotp,
  newTotpSecret,
  totpQrSvg,
  totpStep,
  totpUri,
  TOTP_PERIOD_SECONDS,
} from './totp.js';

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" in base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const NOW = new Date('2026-03-02T09:00:10.000Z');
const STEP_MS = TOTP_PERIOD_SECONDS * 1000;

/** The code an authenticator app shows at `at` (computed with otplib, as the app would). */
const codeAt = (secret: string, at: Date): Promise<string> =>
  generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const shifted = (steps: number): Date => new Date(NOW.getTime() + steps * STEP_MS);

describe('TOTP', () => {
  it('computes the RFC 6238 test vectors (SHA-1, last 6 digits)', async () => {
    expect(await codeAt(RFC_SECRET, new Date(59_000))).toBe('287082');
    expect(await codeAt(RFC_SECRET, new Date(1_111_111_109_000))).toBe('081804');
    expect(await codeAt(RFC_SECRET, new Date(2_000_000_000_000))).toBe('279037');
  });

  it('accepts the current code and answers its time step', async () => {
    const secret = newTotpSecret();
    const code = await codeAt(secret, NOW);
    expect(await checkTotp({ secret, code, now: NOW, lastStep: null })).toEqual({
      ok: true,
      step: totpStep(NOW),
    });
  });

  it('accepts codes one step early or late, and refuses two steps', async () => {
    const secret = newTotpSecret();
    for (const steps of [-1, 1]) {
      const code = await codeAt(secret, shifted(steps));
      expect(await checkTotp({ secret, code, now: NOW, lastStep: null })).toEqual({
        ok: true,
        step: totpStep(NOW) + steps,
      });
    }
    for (const steps of [-2, 2, -10]) {
      const code = await codeAt(secret, shifted(steps));
      // Skip the rare case where the farther step happens to give the same digits.
      if (code === (await codeAt(secret, NOW))) continue;
      expect(await checkTotp({ secret, code, now: NOW, lastStep: null })).toEqual({ ok: false });
    }
  });

  it('refuses a code replayed in the same step, and older codes after a newer one', async () => {
    const secret = newTotpSecret();
    const code = await codeAt(secret, NOW);
    const first = await checkTotp({ secret, code, now: NOW, lastStep: null });
    expect(first.ok).toBe(true);
    const step = first.ok ? first.step : -1;
    expect(await checkTotp({ secret, code, now: NOW, lastStep: step })).toEqual({ ok: false });
    // The previous step's code is still in the window, but older than the one used.
    const earlier = await codeAt(secret, shifted(-1));
    expect(await checkTotp({ secret, code: earlier, now: NOW, lastStep: step })).toEqual({
      ok: false,
    });
    // The next step's code is new.
    const next = await codeAt(secret, shifted(1));
    expect(await checkTotp({ secret, code: next, now: NOW, lastStep: step })).toEqual({
      ok: true,
      step: step + 1,
    });
    // With the window's last step used, nothing is left (and nothing throws).
    expect(await checkTotp({ secret, code: next, now: NOW, lastStep: step + 1 })).toEqual({
      ok: false,
    });
    expect(await checkTotp({ secret, code: next, now: NOW, lastStep: step + 5 })).toEqual({
      ok: false,
    });
  });

  it('refuses malformed and wrong codes without throwing', async () => {
    const secret = newTotpSecret();
    const right = await codeAt(secret, NOW);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    for (const code of [wrong, '', '12345', '1234567', 'abcdef', ` ${right}`]) {
      expect(await checkTotp({ secret, code, now: NOW, lastStep: null })).toEqual({ ok: false });
    }
  });

  it('makes 160-bit base32 secrets, never the same twice', () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
  });

  it('builds the otpauth URI and its QR code as SVG', async () => {
    const uri = totpUri('ana+staff@example.com', RFC_SECRET);
    expect(uri).toBe(
      `otpauth://totp/vulndesk:ana%2Bstaff%40example.com?secret=${RFC_SECRET}&issuer=vulndesk`,
    );
    const svg = await totpQrSvg(uri);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toContain(RFC_SECRET);
  });
});
