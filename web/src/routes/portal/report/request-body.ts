/**
 * The request body sent to `POST /api/v1/reports` and `/assess`, built from the form state:
 * empty fields are left out (the server treats a present field as given), single-line fields are
 * trimmed, and the reproduction steps are sent as an array without empty steps.
 */
import { isMemberOf } from '../../../api/enum-members.js';
import {
  CREDIT_PREFERENCES,
  IMPACT_TYPES,
  type ReportDraftBody,
  type ReportLanguage,
  type ReportSubmissionBody,
} from '../../../api/report-body.js';
import type { ReportFormState, TextField } from './form-state.js';

export type { ReportDraftBody, ReportSubmissionBody } from '../../../api/report-body.js';

/** Multi-line fields keep their white space (code, key blocks); the others are trimmed. */
const MULTI_LINE: ReadonlySet<TextField> = new Set<TextField>([
  'issueType.description',
  'updatesInstalled',
  'configuration',
  'proofOfConcept',
  'impact.description',
  'analysis',
  'reporter.pgpKey',
  'disclosure.notes',
]);

const CWE_INPUT = /^(?:CWE)?[-\s]?0*([1-9][0-9]{0,5})$/i;

/** `79`, `cwe79`, `CWE-079` → `CWE-79`; undefined when the text is not a CWE id. */
export function normalizeCwe(text: string): string | undefined {
  const m = CWE_INPUT.exec(text.trim());
  return m === null ? undefined : `CWE-${m[1]}`;
}

export interface BuiltBody {
  body: ReportDraftBody;
  /** For each step sent, its index in the form (empty steps are not sent). */
  stepIndexes: number[];
}

/** Drops keys whose value is undefined; undefined when nothing is left. */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

export function buildReportBody(state: ReportFormState, pageLanguage: ReportLanguage): BuiltBody {
  const v = (field: TextField): string | undefined => {
    const raw = state.text[field];
    if (raw.trim() === '') return undefined;
    return MULTI_LINE.has(field) ? raw : raw.trim();
  };
  const stepIndexes: number[] = [];
  const steps: string[] = [];
  state.reproductionSteps.forEach((step, i) => {
    if (step.trim() === '') return;
    stepIndexes.push(i);
    steps.push(step);
  });
  const impactType = v('impact.type');
  const credit = v('reporter.credit');

  const body =
    compact<ReportDraftBody>({
      title: v('title'),
      issueType: compact({
        cwe: normalizeCwe(state.text['issueType.cwe']),
        description: v('issueType.description'),
      }),
      affected: compact({
        product: v('affected.product'),
        version: v('affected.version'),
        url: v('affected.url'),
      }),
      updatesInstalled: v('updatesInstalled'),
      configuration: v('configuration'),
      reproductionSteps: steps.length > 0 ? steps : undefined,
      proofOfConcept: v('proofOfConcept'),
      impact: compact({
        type: isMemberOf(IMPACT_TYPES, impactType) ? impactType : undefined,
        description: v('impact.description'),
      }),
      analysis: v('analysis'),
      cvss: v('cvss'),
      reporter: compact({
        name: v('reporter.name'),
        email: v('reporter.email'),
        handle: v('reporter.handle'),
        affiliation: v('reporter.affiliation'),
        credit: isMemberOf(CREDIT_PREFERENCES, credit) ? credit : undefined,
        pgpKey: v('reporter.pgpKey'),
      }),
      disclosure: compact({
        plannedDate: v('disclosure.plannedDate'),
        notes: v('disclosure.notes'),
      }),
      language: state.language ?? pageLanguage,
    }) ?? {};
  return { body, stepIndexes };
}

/** True when the body has what a submission requires (the server checks the rest). */
export function isSubmittable(body: ReportDraftBody): body is ReportSubmissionBody {
  return (
    body.title !== undefined &&
    body.reproductionSteps !== undefined &&
    body.impact?.description !== undefined &&
    body.reporter?.email !== undefined
  );
}

/**
 * Server error paths name the steps as sent; the form shows them at the step's own position.
 * `reproductionSteps[1]` → `reproductionSteps[2]` when the form's second step was empty.
 */
export function formPathOf(path: string, stepIndexes: readonly number[]): string {
  const m = /^reproductionSteps\[(\d+)\]$/.exec(path);
  if (m === null) return path;
  const formIndex = stepIndexes[Number(m[1])];
  return formIndex === undefined ? path : `reproductionSteps[${formIndex}]`;
}
