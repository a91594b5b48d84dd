/**
 * Rules on a report that a JSON schema cannot express. The HTTP schema has already checked
 * types, lengths and unknown fields; this checks meaning. Pure: the CWE catalogue is passed in.
 */
import type { FieldError } from '../errors.js';
import { parseCvss, type CvssScore } from '../severity/cvss.js';
import { filled, type ReportDraft } from './submission.js';

export interface ValidationContext {
  /** True when the id (`CWE-787`) is in the CWE catalogue. */
  isKnownCwe(id: string): boolean;
}

export interface ValidatedFacts {
  errors: FieldError[];
  /** The scored vector when `cvss` was given and valid. */
  cvss: CvssScore | undefined;
}

export const MIN_TITLE_LENGTH = 5;
const CWE_ID = /^CWE-[1-9][0-9]{0,5}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

export function validateReport(draft: ReportDraft, ctx: ValidationContext): ValidatedFacts {
  const errors: FieldError[] = [];

  if (draft.title !== undefined && draft.title.trim().length < MIN_TITLE_LENGTH) {
    errors.push({
      path: 'title',
      message: `needs at least ${MIN_TITLE_LENGTH} characters besides spaces`,
      rule: 'too-short',
      limit: MIN_TITLE_LENGTH,
    });
  }

  if (draft.issueType !== undefined) {
    const { cwe, description } = draft.issueType;
    if (!filled(cwe) && !filled(description)) {
      errors.push({
        path: 'issueType',
        message: 'give a CWE id, a description, or both',
        rule: 'required',
      });
    }
    if (cwe !== undefined) {
      if (!CWE_ID.test(cwe)) {
        errors.push({
          path: 'issueType.cwe',
          message: 'must look like CWE-787',
          rule: 'unknown-cwe',
        });
      } else if (!ctx.isKnownCwe(cwe)) {
        errors.push({
          path: 'issueType.cwe',
          message: `${cwe} is not in the CWE catalogue`,
          rule: 'unknown-cwe',
        });
      }
    }
  }

  if (draft.affected !== undefined) {
    const { product, url, version } = draft.affected;
    if (!filled(product) && !filled(url)) {
      errors.push({
        path: 'affected',
        message: 'give the product (with its version) or the URL of the online service',
        rule: 'required',
      });
    }
    if (filled(version) && !filled(product)) {
      errors.push({
        path: 'affected.product',
        message: 'a version needs the product it belongs to',
        rule: 'required',
      });
    }
    if (url !== undefined && !isHttpUrl(url)) {
      errors.push({
        path: 'affected.url',
        message: 'must be an http or https URL',
        rule: 'invalid-url',
      });
    }
  }

  if (Array.isArray(draft.reproductionSteps)) {
    draft.reproductionSteps.forEach((step, i) => {
      if (!filled(step)) {
        errors.push({ path: `reproductionSteps[${i}]`, message: 'is empty', rule: 'required' });
      }
    });
  } else if (draft.reproductionSteps !== undefined && !filled(draft.reproductionSteps)) {
    errors.push({ path: 'reproductionSteps', message: 'is empty', rule: 'required' });
  }

  let cvss: CvssScore | undefined;
  if (draft.cvss !== undefined) {
    const parsed = parseCvss(draft.cvss);
    if (parsed.ok) cvss = parsed.value;
    else errors.push({ path: 'cvss', message: parsed.message, rule: 'invalid-cvss' });
  }

  const reporter = draft.reporter;
  if (reporter !== undefined) {
    if (reporter.credit === 'name' && !filled(reporter.name)) {
      errors.push({
        path: 'reporter.name',
        message: 'is needed to credit you by name',
        rule: 'required',
      });
    }
    if (reporter.credit === 'handle' && !filled(reporter.handle)) {
      errors.push({
        path: 'reporter.handle',
        message: 'is needed to credit you by handle',
        rule: 'required',
      });
    }
  }

  const planned = draft.disclosure?.plannedDate;
  if (planned !== undefined && !isCalendarDate(planned)) {
    errors.push({
      path: 'disclosure.plannedDate',
      message: 'must be a real date YYYY-MM-DD',
      rule: 'invalid-date',
    });
  }

  return { errors, cvss };
}
