/**
 * The report form's state: what the researcher typed, keyed by API field path, plus the parts
 * that are not plain text (steps, the CVSS calculator's choices). Files are kept apart: they
 * never go into the saved draft.
 */
import type { ReportLanguage, ReportSubmissionBody } from '../../../api/report-body.js';
import type { CvssCalculatorState } from '../../../components/report/cvss-vector.js';
import { EMPTY_CVSS_CALCULATOR } from '../../../components/report/cvss-vector.js';

/** `a`, `a.b`, …: the path of every field of `T` that holds one string. */
type StringFieldPath<T, Prefix extends string = ''> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends string
    ? `${Prefix}${K}`
    : NonNullable<T[K]> extends readonly unknown[]
      ? never
      : NonNullable<T[K]> extends object
        ? StringFieldPath<NonNullable<T[K]>, `${Prefix}${K}.`>
        : never;
}[keyof T & string];

/** Text fields, by API field path (also each control's `name`); the server's field names. */
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
] as const satisfies readonly StringFieldPath<ReportSubmissionBody>[];
export type TextField = (typeof TEXT_FIELDS)[number];

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
