/**
 * The report a researcher submits: the public intake contract of `POST /api/v1/reports`.
 * The HTTP schema in `src/http/routes/reports/schema.ts` mirrors this type field by field.
 */
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

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface ReportSubmission {
  title: string;
  issueType?: { cwe?: string; description?: string };
  affected?: { product?: string; version?: string; url?: string };
  updatesInstalled?: string;
  configuration?: string;
  /** One string (numbered or one step per line) or one string per step. */
  reproductionSteps: string | string[];
  proofOfConcept?: string;
  impact: { type?: ImpactType; description: string };
  analysis?: string;
  cvss?: string;
  reporter: {
    name?: string;
    email: string;
    pgpKey?: string;
    credit?: CreditPreference;
    handle?: string;
    affiliation?: string;
  };
  disclosure?: { plannedDate?: string; notes?: string };
  language?: Language;
}

/** A draft as the live quality meter sees it: every field may still be missing. */
export type ReportDraft = Partial<Omit<ReportSubmission, 'impact' | 'reporter'>> & {
  impact?: Partial<ReportSubmission['impact']>;
  reporter?: Partial<ReportSubmission['reporter']>;
};

/** True when a string holds something other than white space. */
export const filled = (value: string | undefined | null): value is string =>
  typeof value === 'string' && value.trim().length > 0;
