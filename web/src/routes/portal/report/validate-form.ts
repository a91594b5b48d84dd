/**
 * The checks the form makes before sending, so the common mistakes get a message in the
 * researcher's language at once. The server checks everything again (and more); its messages
 * are shown beside the fields too.
 */
import type { FieldError } from '../../../api/problem.js';
import type { ReportFormState } from './form-state.js';
import { normalizeCwe } from './request-body.js';

/** Keys under `report.validation` in the locale files. */
export type ValidationMessage =
  | 'required'
  | 'titleTooShort'
  | 'cweUnknownForm'
  | 'urlNotHttp'
  | 'versionNeedsProduct'
  | 'stepsRequired'
  | 'emailInvalid'
  | 'nameForCredit'
  | 'handleForCredit';

export interface FormProblem {
  path: string;
  message: ValidationMessage;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_TITLE_LENGTH = 5;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function validateForm(state: ReportFormState): FormProblem[] {
  const v = (field: keyof ReportFormState['text']) => state.text[field].trim();
  const problems: FormProblem[] = [];
  const add = (path: string, message: ValidationMessage) => problems.push({ path, message });

  if (v('title') === '') add('title', 'required');
  else if (v('title').length < MIN_TITLE_LENGTH) add('title', 'titleTooShort');
  if (v('issueType.cwe') !== '' && normalizeCwe(v('issueType.cwe')) === undefined) {
    add('issueType.cwe', 'cweUnknownForm');
  }
  if (v('affected.url') !== '' && !isHttpUrl(v('affected.url'))) add('affected.url', 'urlNotHttp');
  if (v('affected.version') !== '' && v('affected.product') === '' && v('affected.url') === '') {
    add('affected.product', 'versionNeedsProduct');
  }
  if (!state.reproductionSteps.some((s) => s.trim() !== ''))
    add('reproductionSteps', 'stepsRequired');
  if (v('impact.description') === '') add('impact.description', 'required');
  if (v('reporter.email') === '') add('reporter.email', 'required');
  else if (!EMAIL.test(v('reporter.email'))) add('reporter.email', 'emailInvalid');
  if (v('reporter.credit') === 'name' && v('reporter.name') === '')
    add('reporter.name', 'nameForCredit');
  if (v('reporter.credit') === 'handle' && v('reporter.handle') === '') {
    add('reporter.handle', 'handleForCredit');
  }
  return problems;
}

/** The problems as field errors, with their messages in the page's language. */
export function toFieldErrors(
  problems: readonly FormProblem[],
  translate: (key: string) => string,
): FieldError[] {
  return problems.map((p) => ({
    path: p.path,
    message: translate(`report.validation.${p.message}`),
  }));
}
