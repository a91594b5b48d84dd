import type { ReportSubmission } from './submission.js';

/** Longest text kept for search: enough to find a report, bounded so the index stays small. */
export const SEARCH_TEXT_MAX = 4000;
const STEPS_EXCERPT = 1500;

/**
 * The text trigram search and similar-report ranking look at: title, product, version, URL,
 * CWE, impact, and the start of the reproduction steps — one field per line, lower-cased.
 */
export function searchText(submission: ReportSubmission): string {
  const steps = Array.isArray(submission.reproductionSteps)
    ? submission.reproductionSteps.join('\n')
    : submission.reproductionSteps;
  const parts = [
    submission.title,
    submission.affected?.product,
    submission.affected?.version,
    submission.affected?.url,
    submission.issueType?.cwe,
    submission.issueType?.description,
    submission.impact.type,
    submission.impact.description,
    steps.slice(0, STEPS_EXCERPT),
  ];
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .join('\n')
    .toLowerCase()
    .slice(0, SEARCH_TEXT_MAX);
}
