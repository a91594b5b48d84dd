/**
 * The report form's state: what the researcher typed, keyed by API field path, plus the parts
 * that are not plain text (steps, the CVSS calculator's choices). Files are kept apart: they
 * never go into the saved draft.
 */
import type { CvssCalculatorState } from '../../../components/report/cvss-vector.js';
import { EMPTY_CVSS_CALCULATOR } from '../../../components/report/cvss-vector.js';

/** Text fields, by API field path (also each control's `name`). */
export const TEXT_FIELDS = [
  'title',
  'issueType.cwe',
  'issueType.description',
  'affected.product',
  'affected.version',
  'affected.url',
  'updatesInstalled',
  'configuration',
  'proofOfConcept',
  'impact.type',
  'impact.description',
  'analysis',
  'cvss',
  'reporter.name',
  'reporter.email',
  'reporter.handle',
  'reporter.affiliation',
  'reporter.credit',
  'reporter.pgpKey',
  'disclosure.plannedDate',
  'disclosure.notes',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const IMPACT_TYPES = [
  'remote-code-execution',
  'elevation-of-privilege',
  'information-disclosure',
  'denial-of-service',
  'spoofing',
  'tampering',
  'security-feature-bypass',
  'other',
] as const;
export type ImpactType = (typeof IMPACT_TYPES)[number];

export const CREDIT_PREFERENCES = ['name', 'handle', 'anonymous'] as const;
export type CreditPreference = (typeof CREDIT_PREFERENCES)[number];

export const REPORT_LANGUAGES = ['en', 'ja'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export const MAX_STEPS = 100;

export interface ReportFormState {
  text: Record<TextField, string>;
  /** One entry per step, in order; empty entries are dropped when sending. */
  reproductionSteps: string[];
  /** The name of the CWE entry picked from the list, for the preview. */
  cweName: string;
  cvssCalculator: CvssCalculatorState;
  /** Undefined: follow the language of the page. */
  language: ReportLanguage | undefined;
}

export function emptyFormState(): ReportFormState {
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>;
  return {
    text,
    reproductionSteps: [''],
    cweName: '',
    cvssCalculator: EMPTY_CVSS_CALCULATOR,
    language: undefined,
  };
}

export function isImpactType(value: string): value is ImpactType {
  return (IMPACT_TYPES as readonly string[]).includes(value);
}

export function isCreditPreference(value: string): value is CreditPreference {
  return (CREDIT_PREFERENCES as readonly string[]).includes(value);
}

/** The server's length limits, so a control never takes more than the server accepts. */
export const MAX_LENGTH: Readonly<Record<TextField, number>> = {
  title: 200,
  'issueType.cwe': 40,
  'issueType.description': 2000,
  'affected.product': 200,
  'affected.version': 100,
  'affected.url': 2000,
  updatesInstalled: 5000,
  configuration: 10000,
  proofOfConcept: 200000,
  'impact.type': 40,
  'impact.description': 20000,
  analysis: 50000,
  cvss: 512,
  'reporter.name': 200,
  'reporter.email': 254,
  'reporter.handle': 100,
  'reporter.affiliation': 200,
  'reporter.credit': 20,
  'reporter.pgpKey': 65536,
  'disclosure.plannedDate': 10,
  'disclosure.notes': 5000,
};
export const MAX_STEP_LENGTH = 5000;
