/**
 * The vendor's own rating of a vulnerability, in the style of the big vendors' security update
 * guides: a four-level severity, an exploitability index and two flags. Staff set them; a CVSS
 * base score only suggests the severity.
 */
import { cvssSeverity, type CvssScore, type CvssSeverity } from './cvss.js';

/** Most severe first. */
export const VENDOR_SEVERITIES = ['critical', 'important', 'moderate', 'low'] as const;
export type VendorSeverity = (typeof VENDOR_SEVERITIES)[number];

/**
 * How likely exploitation is, most likely first. `exploitation-detected` means exploitation
 * has been seen in the wild; it goes with the `exploited` flag.
 */
export const EXPLOITABILITY_INDEX = [
  'exploitation-detected',
  'more-likely',
  'less-likely',
  'unlikely',
] as const;
export type Exploitability = (typeof EXPLOITABILITY_INDEX)[number];

export function isVendorSeverity(value: string): value is VendorSeverity {
  return (VENDOR_SEVERITIES as readonly string[]).includes(value);
}

export function isExploitability(value: string): value is Exploitability {
  return (EXPLOITABILITY_INDEX as readonly string[]).includes(value);
}

/**
 * The suggestion for a CVSS base score, by FIRST's qualitative bands:
 *
 * | base score | CVSS rating | suggested vendor severity |
 * |------------|-------------|---------------------------|
 * | 9.0–10.0   | critical    | critical                  |
 * | 7.0–8.9    | high        | important                 |
 * | 4.0–6.9    | medium      | moderate                  |
 * | 0.1–3.9    | low         | low                       |
 * | 0.0        | none        | none (no suggestion)      |
 */
const BY_CVSS_RATING: Readonly<Record<CvssSeverity, VendorSeverity | null>> = {
  critical: 'critical',
  high: 'important',
  medium: 'moderate',
  low: 'low',
  none: null,
};

/**
 * The vendor severity suggested by the base scores of the given vectors (CVSS 3.x base score,
 * CVSS 4.0 CVSS-B score): the most severe suggestion when several are given, so a suggestion
 * never understates; null when no vector is given or every score is 0.0. Staff may override it.
 */
export function suggestVendorSeverity(scores: readonly CvssScore[]): VendorSeverity | null {
  let best: VendorSeverity | null = null;
  for (const score of scores) {
    // FIRST's banding from the CVSS module, so the two can never disagree.
    const rating = BY_CVSS_RATING[cvssSeverity(score.baseScore)];
    if (rating !== null && (best === null || compareVendorSeverity(rating, best) < 0)) {
      best = rating;
    }
  }
  return best;
}

/** Negative when `a` is more severe than `b`, for sorting most severe first. */
export function compareVendorSeverity(a: VendorSeverity, b: VendorSeverity): number {
  return VENDOR_SEVERITIES.indexOf(a) - VENDOR_SEVERITIES.indexOf(b);
}
