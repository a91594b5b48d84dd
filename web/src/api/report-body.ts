/**
 * The report a researcher sends, as the generated API types describe it (`schema.d.ts`), and the
 * choices of its enums as runtime lists for the form. The server owns these enums: each list is
 * checked against its type (`membersOf`), so a change on the server is a type error here.
 */
import { membersOf } from './enum-members.js';
import type { paths } from './schema.js';

/** `POST /api/v1/reports`. */
export type ReportSubmissionBody =
  paths['/api/v1/reports']['post']['requestBody']['content']['application/json'];
/** `POST /api/v1/reports/assess`: a draft, every field optional. */
export type ReportDraftBody =
  paths['/api/v1/reports/assess']['post']['requestBody']['content']['application/json'];

export type ImpactType = NonNullable<ReportSubmissionBody['impact']['type']>;
export type CreditPreference = NonNullable<ReportSubmissionBody['reporter']['credit']>;
export type ReportLanguage = NonNullable<ReportSubmissionBody['language']>;

/** In the order the form offers them. */
export const IMPACT_TYPES = membersOf<ImpactType>({
  'remote-code-execution': true,
  'elevation-of-privilege': true,
  'information-disclosure': true,
  'denial-of-service': true,
  spoofing: true,
  tampering: true,
  'security-feature-bypass': true,
  other: true,
});

export const CREDIT_PREFERENCES = membersOf<CreditPreference>({
  name: true,
  handle: true,
  anonymous: true,
});

export const REPORT_LANGUAGES = membersOf<ReportLanguage>({ en: true, ja: true });
