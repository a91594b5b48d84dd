/**
 * The quality tier of a report, shown before and after sending: bounty programs reward better
 * reports, and a complete report gets a faster answer.
 *
 *   insufficient  a required item is missing
 *   low           type, affected product and version (or URL), installed updates, configuration,
 *                 reproduction steps, proof of concept and impact are all there
 *   medium        also a proof of concept as code or an attachment, a valid CVSS vector and at
 *                 least three reproduction steps
 *   high          also a root-cause analysis
 *
 * `missing` lists the field paths that would raise the tier by one.
 */
import { countReproductionSteps, looksLikeCode } from './steps.js';
import { filled, type ReportDraft } from './submission.js';

export const QUALITY_TIERS = ['insufficient', 'low', 'medium', 'high'] as const;
export type QualityTier = (typeof QUALITY_TIERS)[number];

export interface QualityAssessment {
  tier: QualityTier;
  missing: string[];
}

export interface QualityFacts {
  /** Number of files attached (a file counts as a proof of concept). */
  attachmentCount: number;
  /** Whether `cvss` holds a valid, scorable vector (decided by the severity module). */
  cvssValid: boolean;
}

export const MIN_STEPS_FOR_MEDIUM = 3;

function missingForLow(d: ReportDraft, facts: QualityFacts): string[] {
  const missing: string[] = [];
  if (!filled(d.title)) missing.push('title');
  if (!filled(d.issueType?.cwe) && !filled(d.issueType?.description)) missing.push('issueType');
  const a = d.affected;
  if (!filled(a?.url)) {
    if (!filled(a?.product)) missing.push('affected.product');
    if (!filled(a?.version)) missing.push('affected.version');
  }
  if (!filled(d.updatesInstalled)) missing.push('updatesInstalled');
  if (!filled(d.configuration)) missing.push('configuration');
  if (countReproductionSteps(d.reproductionSteps) === 0) missing.push('reproductionSteps');
  if (!filled(d.proofOfConcept) && facts.attachmentCount === 0) missing.push('proofOfConcept');
  if (d.impact?.type === undefined) missing.push('impact.type');
  if (!filled(d.impact?.description)) missing.push('impact.description');
  if (!filled(d.reporter?.email)) missing.push('reporter.email');
  return missing;
}

function missingForMedium(d: ReportDraft, facts: QualityFacts): string[] {
  const missing: string[] = [];
  if (!looksLikeCode(d.proofOfConcept) && facts.attachmentCount === 0)
    missing.push('proofOfConcept');
  if (!facts.cvssValid) missing.push('cvss');
  if (countReproductionSteps(d.reproductionSteps) < MIN_STEPS_FOR_MEDIUM) {
    missing.push('reproductionSteps');
  }
  return missing;
}

function missingForHigh(d: ReportDraft): string[] {
  return filled(d.analysis) ? [] : ['analysis'];
}

export function assessQuality(draft: ReportDraft, facts: QualityFacts): QualityAssessment {
  const low = missingForLow(draft, facts);
  if (low.length > 0) return { tier: 'insufficient', missing: low };
  const medium = missingForMedium(draft, facts);
  if (medium.length > 0) return { tier: 'low', missing: medium };
  const high = missingForHigh(draft);
  if (high.length > 0) return { tier: 'medium', missing: high };
  return { tier: 'high', missing: [] };
}
