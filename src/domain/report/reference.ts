/** Human-readable report references: short, unique, sortable within a year. */
export const REPORT_REF_PREFIX = 'VD';

export function formatReportRef(year: number, sequence: number): string {
  return `${REPORT_REF_PREFIX}-${year}-${String(sequence).padStart(5, '0')}`;
}

const REF = /^VD-(\d{4})-(\d{5,})$/;

export function isReportRef(value: string): boolean {
  return REF.test(value);
}

/** Case numbers, given when triage accepts a report as a case: e.g. `CASE-2026-00007`. */
export const CASE_NUMBER_PREFIX = 'CASE';

export function formatCaseNumber(year: number, sequence: number): string {
  return `${CASE_NUMBER_PREFIX}-${year}-${String(sequence).padStart(5, '0')}`;
}

const CASE_NUMBER = /^CASE-(\d{4})-(\d{5,})$/;

export function isCaseNumber(value: string): boolean {
  return CASE_NUMBER.test(value);
}
