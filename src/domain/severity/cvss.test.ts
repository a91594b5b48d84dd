import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';

import { CVSS_MAX_LENGTH, cvssSeverity, parseCvss } from './cvss.js';
import type { CvssScore } from './cvss.js';

const V31_BASE = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
const V40_BASE = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

function valid(input: string): CvssScore {
  const result = parseCvss(input);
  if (!result.ok) throw new Error(`expected ${input} to be valid, got: ${result.message}`);
  return result.value;
}

function invalid(input: string): string {
  const result = parseCvss(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.message;
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  const calls = warn.mock.calls.slice();
  warn.mockRestore();
  // Neither valid nor rejected vectors may make the library log.
  expect(calls).toEqual([]);
});

describe('parseCvss: valid CVSS 3.x vectors', () => {
  it('scores a CVSS 3.1 base vector (FIRST example CVE-2013-1937)', () => {
    expect(valid('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N')).toEqual({
      version: '3.1',
      vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N',
      baseScore: 6.1,
      temporalScore: 6.1,
      environmentalScore: 6.1,
      score: 6.1,
      severity: 'medium',
    });
  });

  it('scores a CVSS 3.0 base vector', () => {
    expect(valid('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toEqual({
      version: '3.0',
      vector: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      baseScore: 9.8,
      temporalScore: 9.8,
      environmentalScore: 9.8,
      score: 9.8,
      severity: 'critical',
    });
  });

  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5, 'high'],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:L', 1.6, 'low'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0, 'none'],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:H/A:H', 10, 'critical'],
  ] as const)('scores %s as %d (%s)', (vector, score, severity) => {
    const value = valid(vector);
    expect(value.baseScore).toBe(score);
    expect(value.score).toBe(score);
    expect(value.severity).toBe(severity);
  });

  it('accepts metrics in any order and keeps the order as given', () => {
    const vector = 'CVSS:3.1/S:U/A:H/AV:N/AC:L/PR:N/UI:N/C:H/I:H';
    const value = valid(vector);
    expect(value.vector).toBe(vector);
    expect(value.baseScore).toBe(9.8);
  });

  it('trims surrounding whitespace from the stored vector', () => {
    expect(valid(`  ${V31_BASE}\n`).vector).toBe(V31_BASE);
  });

  it('computes the temporal score from temporal metrics; score stays the base score', () => {
    const value = valid('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:N/E:U/RL:O/RC:U');
    expect(value.baseScore).toBe(7.2);
    expect(value.temporalScore).toBe(5.8);
    // Environmental metrics at their defaults still apply the temporal multipliers.
    expect(value.environmentalScore).toBe(5.8);
    expect(value.score).toBe(7.2);
    expect(value.severity).toBe('high');
  });

  it('temporal score equals base when temporal metrics are absent or not defined (X)', () => {
    expect(valid(V31_BASE).temporalScore).toBe(9.8);
    expect(valid(`${V31_BASE}/E:X/RL:X/RC:X`).temporalScore).toBe(9.8);
  });

  it('computes the environmental score from environmental metrics', () => {
    const value = valid('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:N/E:U/RL:O/RC:U/CR:H');
    expect(value.temporalScore).toBe(5.8);
    expect(value.environmentalScore).toBe(6.3);
    expect(value.score).toBe(7.2);

    const modified = valid('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:H/A:H/MS:U');
    expect(modified.baseScore).toBe(10);
    expect(modified.environmentalScore).toBe(9.4);
  });

  it('computes the environmental score with defaults when no environmental metric is given', () => {
    // CVSS 3.1 changed the modified-impact formula for a changed scope, so the environmental
    // score with all defaults can differ from the base score; 3.0 keeps them equal.
    const v31 = valid('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H');
    expect([v31.baseScore, v31.temporalScore, v31.environmentalScore]).toEqual([9.6, 9.6, 9.7]);
    expect(v31.score).toBe(9.6);

    const v30 = valid('CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H');
    expect([v30.baseScore, v30.temporalScore, v30.environmentalScore]).toEqual([9.6, 9.6, 9.6]);

    // Explicit defaults give the same result as none.
    expect(valid('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H/CR:M').environmentalScore).toBe(9.7);
    expect(valid('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H/CR:X').environmentalScore).toBe(9.7);
  });
});

describe('parseCvss: valid CVSS 4.0 vectors', () => {
  it('scores a base vector', () => {
    expect(valid(V40_BASE)).toEqual({
      version: '4.0',
      vector: V40_BASE,
      baseScore: 9.3,
      temporalScore: null,
      environmentalScore: null,
      score: 9.3,
      severity: 'critical',
    });
  });

  it.each([
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 10, 'critical'],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 8.5, 'high'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', 0, 'none'],
  ] as const)('scores %s as %d (%s)', (vector, score, severity) => {
    const value = valid(vector);
    expect(value.baseScore).toBe(score);
    expect(value.score).toBe(score);
    expect(value.severity).toBe(severity);
  });

  it('threat metrics lower the overall score, not the base score', () => {
    const unreported = valid(`${V40_BASE}/E:U`);
    expect([unreported.baseScore, unreported.score, unreported.severity]).toEqual([
      9.3,
      8.1,
      'high',
    ]);
    expect(valid(`${V40_BASE}/E:P`).score).toBe(8.9);
    expect(valid(`${V40_BASE}/E:A`).score).toBe(9.3);
    expect(valid(`${V40_BASE}/E:X`).score).toBe(9.3);
  });

  it('environmental metrics change the overall score', () => {
    const base = 'CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
    const value = valid(`${base}/CR:L/IR:L/AR:L`);
    expect([value.baseScore, value.score]).toEqual([8.5, 7]);
    // Safety (S) is a modified value for MSI/MSA only.
    expect(valid(`${V40_BASE}/MSI:S`).score).toBe(10);
  });

  it('supplemental metrics are accepted and do not change the score', () => {
    const value = valid(`${V40_BASE}/S:P/AU:Y/R:I/V:C/RE:H/U:Red`);
    expect([value.baseScore, value.score]).toEqual([9.3, 9.3]);
  });
});

describe('parseCvss: rejected input', () => {
  it('rejects CVSS 2.0 vectors, saying which versions are accepted', () => {
    const message = invalid('AV:N/AC:L/Au:N/C:P/I:P/A:P');
    expect(message).toContain('only CVSS 3.0, 3.1 and 4.0 are accepted');
    expect(message).toContain('2.0');
    expect(invalid('CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBe(
      'CVSS version 2.0 is not supported; only CVSS 3.0, 3.1 and 4.0 are accepted (prefix CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/)',
    );
  });

  it.each([
    ['a 3.x vector without prefix', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['an unknown version', 'CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['a lower-case prefix', 'cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['a version without minor number', 'CVSS:3/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['a prefix after a slash', '/CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
  ])('rejects %s', (_label, input) => {
    expect(invalid(input)).toMatch(/only CVSS 3\.0, 3\.1 and 4\.0 are accepted/);
  });

  it('rejects a prefix that is not followed by a slash', () => {
    expect(invalid('CVSS:3.1')).toBe(
      'CVSS 3.1 vector must continue with "/" and its metrics after "CVSS:3.1"',
    );
    expect(invalid('CVSS:4.0AV:N')).toMatch(/must continue with "\/"/);
  });

  it('rejects empty input and a prefix without metrics', () => {
    expect(invalid('')).toBe('CVSS vector is empty');
    expect(invalid('   ')).toBe('CVSS vector is empty');
    expect(invalid('CVSS:3.1/')).toBe('CVSS 3.1 vector has no metrics');
  });

  it('rejects whitespace inside the vector', () => {
    expect(invalid('CVSS:3.1/AV:N /AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(
      'CVSS vector must not contain whitespace',
    );
    expect(invalid('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:\tH')).toBe(
      'CVSS vector must not contain whitespace',
    );
  });

  it('rejects input longer than the limit', () => {
    const long = `${V31_BASE}/${'E:X/'.repeat(200)}E:X`;
    expect(long.length).toBeGreaterThan(CVSS_MAX_LENGTH);
    expect(invalid(long)).toBe('CVSS vector is longer than 512 characters');
  });

  it('rejects empty components', () => {
    expect(invalid('CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(
      'CVSS vector has an empty component at position 2 (check for "//" or a trailing "/")',
    );
    expect(invalid(`${V31_BASE}/`)).toMatch(/empty component at position 9/);
    expect(invalid('CVSS:3.1//AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toMatch(
      /empty component at position 1/,
    );
  });

  it.each(['AV', 'AV:', ':N', 'AV:N:L', 'AV=N', 'AV:N(', 'CVSS:3.1'])(
    'rejects the malformed component %s',
    (component) => {
      const input = `CVSS:3.1/${component}/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H`;
      expect(invalid(input)).toBe(
        `CVSS vector component "${component}" is not of the form METRIC:VALUE`,
      );
    },
  );

  it('rejects duplicate metrics, also with the same value', () => {
    expect(invalid('CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(
      'CVSS vector defines AV more than once ("AV:N" and "AV:L")',
    );
    expect(invalid(`${V31_BASE}/A:H`)).toBe(
      'CVSS vector defines A more than once ("A:H" and "A:H")',
    );
    expect(invalid(`${V40_BASE}/E:U/E:U`)).toMatch(/defines E more than once/);
  });

  it('rejects unknown metrics, naming the component', () => {
    expect(invalid(`${V31_BASE}/FOO:B`)).toBe(
      'CVSS vector component "FOO:B": "FOO" is not a CVSS 3.1 metric',
    );
    // 4.0-only metric in a 3.1 vector, 3.x-only metric in a 4.0 vector, lower-case key.
    expect(invalid(`${V31_BASE}/AT:N`)).toBe(
      'CVSS vector component "AT:N": "AT" is not a CVSS 3.1 metric',
    );
    expect(invalid(`${V40_BASE}/RL:O`)).toBe(
      'CVSS vector component "RL:O": "RL" is not a CVSS 4.0 metric',
    );
    expect(invalid('CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toMatch(
      /"av" is not a CVSS 3\.1 metric/,
    );
    // A CVSS 2.0 metric behind a 3.0 prefix.
    expect(invalid('CVSS:3.0/AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBe(
      'CVSS vector component "Au:N": "Au" is not a CVSS 3.0 metric',
    );
  });

  it('rejects unknown values, naming the component and the allowed values', () => {
    expect(invalid('CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(
      'CVSS vector component "AV:Q": "Q" is not a valid value for AV in CVSS 3.1 (allowed: N, A, L, P)',
    );
    // Lower-case and spelled-out values are not vector syntax (the library would accept names).
    expect(invalid('CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toMatch(/"AV:n"/);
    expect(invalid('CVSS:3.1/AV:NETWORK/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toMatch(/"AV:NETWORK"/);
    expect(invalid(`${V40_BASE}/U:clear`)).toMatch(/"clear" is not a valid value for U/);
    // In 4.0, S (Safety) means Safety only for MSI/MSA; MSC:S and SI:S do not exist.
    expect(invalid(`${V40_BASE}/MSC:S`)).toMatch(/"S" is not a valid value for MSC/);
    expect(invalid('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N')).toBe(
      'CVSS vector component "SI:S": "S" is not a valid value for SI in CVSS 4.0 (allowed: H, L, N)',
    );
    // In 4.0, S is the Safety metric, whose values are X, N and P.
    expect(invalid(`${V40_BASE}/S:U`)).toMatch(/"U" is not a valid value for S in CVSS 4\.0/);
  });

  it('rejects "not defined" (X) for base metrics', () => {
    expect(invalid('CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(
      'CVSS vector component "AV:X": "X" is not a valid value for AV in CVSS 3.1 (allowed: N, A, L, P)',
    );
    expect(invalid(V40_BASE.replace('VA:H', 'VA:X'))).toMatch(/"VA:X"/);
  });

  it('rejects vectors missing mandatory base metrics, naming them', () => {
    expect(invalid('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H')).toBe(
      'CVSS 3.1 vector is missing base metric(s) A',
    );
    expect(invalid('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H/E:F')).toBe(
      'CVSS 3.0 vector is missing base metric(s) S',
    );
    expect(invalid('CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SI:N')).toBe(
      'CVSS 4.0 vector is missing base metric(s) AT, SC, SA',
    );
    // A 3.1 vector labelled as 4.0.
    expect(invalid('CVSS:4.0/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H')).toMatch(/"C" is not a CVSS 4\.0/);
  });

  it('does not throw for input that is not a string', () => {
    expect(parseCvss(undefined as unknown as string)).toEqual({
      ok: false,
      message: 'CVSS vector must be a string',
    });
  });
});

describe('cvssSeverity', () => {
  it.each([
    [0, 'none'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4.0, 'medium'],
    [6.9, 'medium'],
    [7.0, 'high'],
    [8.9, 'high'],
    [9.0, 'critical'],
    [10, 'critical'],
  ] as const)('rates %d as %s', (score, severity) => {
    expect(cvssSeverity(score)).toBe(severity);
  });

  it.each([-0.1, 10.1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (score) => {
    expect(() => cvssSeverity(score)).toThrow(RangeError);
  });
});
