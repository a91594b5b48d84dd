/**
 * The SLA targets an operator promises: how long triage may take and how long until a fix
 * ships, per vendor severity, and when a clock counts as at risk. The first-response target is
 * not here: it is fixed on each report at receipt (`firstResponseDueAt`, from
 * `FIRST_RESPONSE_HOURS`), before anyone has rated it.
 */
import { validationFailed, type DomainError, type FieldError } from '../errors.js';
import { VENDOR_SEVERITIES, type VendorSeverity } from '../severity/vendor-severity.js';

/** The vendor severities plus `unrated`, for reports nobody has rated yet. */
export const SLA_SEVERITY_KEYS = [...VENDOR_SEVERITIES, 'unrated'] as const;
export type SlaSeverityKey = (typeof SLA_SEVERITY_KEYS)[number];

export type SeverityTargets = Readonly<Record<SlaSeverityKey, number>>;

export interface SlaPolicy {
  /** Hours from receipt until the triage decision (accepted as a case, or rejected). */
  readonly triageHours: SeverityTargets;
  /** Days from receipt until the case is `complete`: the coordinated-disclosure deadline. */
  readonly fixDays: SeverityTargets;
  /** A running clock is at risk once less than this share of its period remains (0 < x < 1). */
  readonly atRiskShare: number;
}

/**
 * Defaults: triage within a day for critical reports and within five days for unrated ones;
 * the customary 90-day disclosure deadline for every fix; at risk with a quarter left.
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = Object.freeze({
  triageHours: Object.freeze({
    critical: 24,
    important: 72,
    moderate: 120,
    low: 240,
    unrated: 120,
  }),
  fixDays: Object.freeze({ critical: 90, important: 90, moderate: 90, low: 90, unrated: 90 }),
  atRiskShare: 0.25,
});

/** Longest target accepted, in days (for hours as well): ten years. */
const MAX_TARGET_DAYS = 3650;

export type SlaPolicyResult = { ok: true; policy: SlaPolicy } | { ok: false; error: DomainError };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function targets(
  name: 'triageHours' | 'fixDays',
  value: unknown,
  max: number,
  errors: FieldError[],
): SeverityTargets {
  const defaults = DEFAULT_SLA_POLICY[name];
  if (value === undefined) return defaults;
  if (!isRecord(value)) {
    errors.push({
      path: name,
      message: `must be an object keyed by ${SLA_SEVERITY_KEYS.join(', ')}`,
    });
    return defaults;
  }
  for (const key of Object.keys(value)) {
    if (!(SLA_SEVERITY_KEYS as readonly string[]).includes(key)) {
      errors.push({
        path: `${name}.${key}`,
        message: `is not one of ${SLA_SEVERITY_KEYS.join(', ')}`,
      });
    }
  }
  const result = { ...defaults };
  for (const key of SLA_SEVERITY_KEYS) {
    const target = value[key];
    if (target === undefined) continue;
    if (typeof target !== 'number' || !Number.isFinite(target) || target <= 0 || target > max) {
      errors.push({
        path: `${name}.${key}`,
        message: `must be a number above 0 and at most ${max}`,
      });
    } else {
      result[key] = target;
    }
  }
  return Object.freeze(result);
}

/**
 * The operator's settings (e.g. parsed JSON: `{ "triageHours": { "critical": 12 },
 * "fixDays": { "low": 120 }, "atRiskShare": 0.2 }`) merged over the defaults. Every problem is
 * named by its path, so a configuration error can be fixed from the message alone.
 */
export function parseSlaPolicy(value: unknown): SlaPolicyResult {
  if (value === undefined || value === null) return { ok: true, policy: DEFAULT_SLA_POLICY };
  if (!isRecord(value)) {
    return {
      ok: false,
      error: validationFailed([{ path: '(policy)', message: 'must be an object' }]),
    };
  }
  const errors: FieldError[] = [];
  for (const key of Object.keys(value)) {
    if (!['triageHours', 'fixDays', 'atRiskShare'].includes(key)) {
      errors.push({ path: key, message: 'is not an SLA setting' });
    }
  }
  const triageHours = targets('triageHours', value.triageHours, MAX_TARGET_DAYS * 24, errors);
  const fixDays = targets('fixDays', value.fixDays, MAX_TARGET_DAYS, errors);
  let atRiskShare = DEFAULT_SLA_POLICY.atRiskShare;
  if (value.atRiskShare !== undefined) {
    const share = value.atRiskShare;
    if (typeof share !== 'number' || !(share > 0 && share < 1)) {
      errors.push({ path: 'atRiskShare', message: 'must be a number between 0 and 1 (exclusive)' });
    } else {
      atRiskShare = share;
    }
  }
  if (errors.length > 0) return { ok: false, error: validationFailed(errors) };
  return { ok: true, policy: Object.freeze({ triageHours, fixDays, atRiskShare }) };
}

/** The key of a severity in the policy's tables. */
export function slaSeverityKey(severity: VendorSeverity | null): SlaSeverityKey {
  return severity ?? 'unrated';
}
