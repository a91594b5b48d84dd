import { describe, expect, it } from 'vitest';
import { parseCvss, type CvssScore } from './cvss.js';
import {
  validateSeverityAssessment,
  type SeverityAssessment,
  type SeverityAssessmentInput,
  type SeverityAssessmentResult,
} from './assessment.js';
import {
  compareVendorSeverity,
  suggestVendorSeverity,
  VENDOR_SEVERITIES,
} from './vendor-severity.js';

const V31_CRITICAL = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'; // 9.8
const V31_HIGH = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N'; // 7.5
const V31_MEDIUM = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N'; // 6.1
const V31_LOW = 'CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:L'; // 1.6
const V31_NONE = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N'; // 0.0
const V30 = 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
const V40_CRITICAL = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'; // 9.3
const V40_HIGH = 'CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'; // 8.5
const V40_UNPROVEN = `${V40_CRITICAL}/E:U`; // base 9.3, with threat metrics 8.1

function score(vector: string): CvssScore {
  const parsed = parseCvss(vector);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

function valid(input: SeverityAssessmentInput): SeverityAssessment {
  const result = validateSeverityAssessment(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function errorsOf(result: SeverityAssessmentResult) {
  if (result.ok) throw new Error('expected a validation error');
  expect(result.error.code).toBe('validation-failed');
  return result.error.errors;
}

const invalid = (input: SeverityAssessmentInput) =>
  errorsOf(validateSeverityAssessment(input)).map((e) => e.path);

describe('suggestVendorSeverity', () => {
  it.each([
    [V31_CRITICAL, 'critical'],
    [V31_HIGH, 'important'],
    [V31_MEDIUM, 'moderate'],
    [V31_LOW, 'low'],
    [V31_NONE, null],
    [V40_CRITICAL, 'critical'],
    [V40_HIGH, 'important'],
  ])('suggests for %s: %s', (vector, expected) => {
    expect(suggestVendorSeverity([score(vector)])).toBe(expected);
  });

  it('uses the base score, not threat or environmental metrics', () => {
    expect(score(V40_UNPROVEN).score).toBe(8.1);
    expect(suggestVendorSeverity([score(V40_UNPROVEN)])).toBe('critical');
  });

  it('takes the most severe suggestion of several vectors, and none of no vector', () => {
    expect(suggestVendorSeverity([score(V31_MEDIUM), score(V40_HIGH)])).toBe('important');
    expect(suggestVendorSeverity([score(V40_HIGH), score(V31_LOW)])).toBe('important');
    expect(suggestVendorSeverity([score(V31_NONE), score(V31_LOW)])).toBe('low');
    expect(suggestVendorSeverity([])).toBeNull();
  });

  it('orders severities most severe first', () => {
    const shuffled = ['low', 'critical', 'moderate', 'important'] as const;
    expect([...shuffled].sort(compareVendorSeverity)).toEqual([...VENDOR_SEVERITIES]);
  });
});

describe('validateSeverityAssessment', () => {
  it('returns a full assessment normalised', () => {
    expect(
      valid({
        severity: ' Important ',
        impact: 'REMOTE-CODE-EXECUTION',
        exploitability: 'more-likely',
        exploited: false,
        publiclyDisclosed: true,
        cvss31: ` ${V31_CRITICAL} `,
        cvss40: V40_HIGH,
      }),
    ).toEqual({
      severity: 'important',
      suggestedSeverity: 'critical',
      overridden: true,
      impact: 'remote-code-execution',
      exploitability: 'more-likely',
      exploited: false,
      publiclyDisclosed: true,
      cvss31: score(V31_CRITICAL),
      cvss40: score(V40_HIGH),
    });
  });

  it('takes the suggested severity when staff give none', () => {
    expect(valid({ cvss31: V31_MEDIUM })).toEqual({
      severity: 'moderate',
      suggestedSeverity: 'moderate',
      overridden: false,
      impact: null,
      exploitability: null,
      exploited: false,
      publiclyDisclosed: false,
      cvss31: score(V31_MEDIUM),
      cvss40: null,
    });
    expect(valid({ severity: 'moderate', cvss31: V31_MEDIUM }).overridden).toBe(false);
    expect(valid({ severity: 'low' }).overridden).toBe(false);
  });

  it('needs a severity when no vector suggests one', () => {
    expect(invalid({})).toEqual(['severity']);
    expect(invalid({ severity: '  ', cvss31: '', cvss40: null })).toEqual(['severity']);
    expect(invalid({ cvss31: V31_NONE })).toEqual(['severity']);
    expect(valid({ severity: 'low', cvss31: V31_NONE }).suggestedSeverity).toBeNull();
  });

  it('refuses values outside the lists, naming each field', () => {
    expect(
      invalid({ severity: 'severe', impact: 'xss', exploitability: 'likely', cvss31: V31_LOW }),
    ).toEqual(['severity', 'impact', 'exploitability']);
  });

  it('refuses vectors that are malformed or of the wrong version', () => {
    const result = validateSeverityAssessment({
      severity: 'low',
      cvss31: V30,
      cvss40: 'CVSS:4.0/AV:N',
    });
    expect(errorsOf(result)).toEqual([
      { path: 'cvss31', message: 'must be a CVSS 3.1 vector (CVSS:3.1/…)', rule: 'invalid-cvss' },
      {
        path: 'cvss40',
        message: 'CVSS 4.0 vector is missing base metric(s) AC, AT, PR, UI, VC, VI, VA, SC, SI, SA',
        rule: 'invalid-cvss',
      },
    ]);
    expect(invalid({ severity: 'low', cvss40: V31_LOW })).toEqual(['cvss40']);
    expect(invalid({ cvss31: 'CVSS:3.1/AV:N/AC:L' })).toEqual(['cvss31', 'severity']);
  });

  describe('exploitation', () => {
    it('exploited implies exploitation-detected, and the reverse', () => {
      expect(valid({ severity: 'critical', exploited: true }).exploitability).toBe(
        'exploitation-detected',
      );
      expect(
        valid({ severity: 'critical', exploitability: 'exploitation-detected' }).exploited,
      ).toBe(true);
    });

    it('refuses the two when they disagree', () => {
      expect(
        invalid({ severity: 'critical', exploited: true, exploitability: 'unlikely' }),
      ).toEqual(['exploitability']);
      expect(
        invalid({
          severity: 'critical',
          exploited: false,
          exploitability: 'exploitation-detected',
        }),
      ).toEqual(['exploited']);
    });

    it('defaults both flags to false', () => {
      const value = valid({ severity: 'low', exploited: null, publiclyDisclosed: null });
      expect([value.exploited, value.publiclyDisclosed]).toEqual([false, false]);
    });
  });
});
