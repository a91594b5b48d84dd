/**
 * The severity assessment staff record on a case: vendor severity, impact type, exploitability
 * index, the `exploited` and `publiclyDisclosed` flags and up to two CVSS vectors (3.1 and 4.0).
 * `validateSeverityAssessment` checks a submitted assessment and returns it normalised, or a
 * `validation-failed` error naming every wrong field.
 */
import { validationFailed, type DomainError, type FieldError } from '../errors.js';
import { IMPACT_TYPES, type ImpactType } from '../report/submission.js';
import { parseCvss, type CvssScore, type CvssVersion } from './cvss.js';
import {
  EXPLOITABILITY_INDEX,
  VENDOR_SEVERITIES,
  isExploitability,
  isVendorSeverity,
  suggestVendorSeverity,
  type Exploitability,
  type VendorSeverity,
} from './vendor-severity.js';

/** What staff submit. Enum values are matched ignoring case and surrounding spaces. */
export interface SeverityAssessmentInput {
  /** The vendor severity; when omitted, the one suggested by the CVSS vectors is taken. */
  severity?: string | null;
  impact?: string | null;
  exploitability?: string | null;
  exploited?: boolean | null;
  publiclyDisclosed?: boolean | null;
  /** A CVSS 3.1 vector (`CVSS:3.1/…`). */
  cvss31?: string | null;
  /** A CVSS 4.0 vector (`CVSS:4.0/…`). */
  cvss40?: string | null;
}

export interface SeverityAssessment {
  severity: VendorSeverity;
  /** What the CVSS base scores suggest (see `suggestVendorSeverity`); null without vectors. */
  suggestedSeverity: VendorSeverity | null;
  /** True when staff chose a severity other than the suggestion. */
  overridden: boolean;
  impact: ImpactType | null;
  exploitability: Exploitability | null;
  /** Exploitation seen in the wild; always together with `exploitation-detected`. */
  exploited: boolean;
  /** The vulnerability was public before the advisory. */
  publiclyDisclosed: boolean;
  cvss31: CvssScore | null;
  cvss40: CvssScore | null;
}

export type SeverityAssessmentResult =
  { ok: true; value: SeverityAssessment } | { ok: false; error: DomainError };

/** Trims and lower-cases an enum value; blank and missing become null. */
function enumValue(value: string | null | undefined): string | null {
  const normalised = value?.trim().toLowerCase() ?? '';
  return normalised.length === 0 ? null : normalised;
}

function oneOf<T extends string>(
  path: string,
  raw: string | null | undefined,
  allowed: readonly T[],
  is: (value: string) => value is T,
  errors: FieldError[],
): T | null {
  const value = enumValue(raw);
  if (value === null) return null;
  if (is(value)) return value;
  errors.push({ path, message: `must be one of ${allowed.join(', ')}`, rule: 'not-allowed' });
  return null;
}

function vector(
  path: string,
  raw: string | null | undefined,
  version: CvssVersion,
  errors: FieldError[],
): CvssScore | null {
  const trimmed = raw?.trim() ?? '';
  if (trimmed.length === 0) return null;
  const parsed = parseCvss(trimmed);
  if (!parsed.ok) {
    errors.push({ path, message: parsed.message, rule: 'invalid-cvss' });
    return null;
  }
  if (parsed.value.version !== version) {
    errors.push({
      path,
      message: `must be a CVSS ${version} vector (CVSS:${version}/…)`,
      rule: 'invalid-cvss',
    });
    return null;
  }
  return parsed.value;
}

const isImpactType = (value: string): value is ImpactType =>
  (IMPACT_TYPES as readonly string[]).includes(value);

export function validateSeverityAssessment(
  input: SeverityAssessmentInput,
): SeverityAssessmentResult {
  const errors: FieldError[] = [];
  const chosen = oneOf('severity', input.severity, VENDOR_SEVERITIES, isVendorSeverity, errors);
  const impact = oneOf('impact', input.impact, IMPACT_TYPES, isImpactType, errors);
  let exploitability = oneOf(
    'exploitability',
    input.exploitability,
    EXPLOITABILITY_INDEX,
    isExploitability,
    errors,
  );
  const cvss31 = vector('cvss31', input.cvss31, '3.1', errors);
  const cvss40 = vector('cvss40', input.cvss40, '4.0', errors);

  // Exploitation in the wild is one fact recorded in two places; they must agree, and either
  // one implies the other when the other is not given.
  let exploited = input.exploited ?? null;
  if (exploited === true) {
    if (exploitability === null) exploitability = 'exploitation-detected';
    else if (exploitability !== 'exploitation-detected') {
      errors.push({
        path: 'exploitability',
        message: 'must be exploitation-detected when the vulnerability is exploited',
        rule: 'exploitation-mismatch',
      });
    }
  } else if (exploitability === 'exploitation-detected') {
    if (exploited === null) exploited = true;
    else {
      errors.push({
        path: 'exploited',
        message: 'must be true when the exploitability index is exploitation-detected',
        rule: 'exploitation-mismatch',
      });
    }
  }

  const suggestedSeverity = suggestVendorSeverity(
    [cvss31, cvss40].filter((s): s is CvssScore => s !== null),
  );
  const severity = chosen ?? suggestedSeverity;
  if (severity === null && enumValue(input.severity) === null) {
    errors.push({
      path: 'severity',
      message: 'is required unless a CVSS vector with a score above 0 suggests one',
      rule: 'required',
    });
  }

  if (errors.length > 0 || severity === null) return { ok: false, error: validationFailed(errors) };
  return {
    ok: true,
    value: {
      severity,
      suggestedSeverity,
      overridden: suggestedSeverity !== null && severity !== suggestedSeverity,
      impact,
      exploitability,
      exploited: exploited ?? false,
      publiclyDisclosed: input.publiclyDisclosed ?? false,
      cvss31,
      cvss40,
    },
  };
}
