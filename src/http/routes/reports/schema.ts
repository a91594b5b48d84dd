/**
 * The public intake contract. Every field is described; the OpenAPI document is generated from
 * these schemas. `reportBody(true)` is the submission (required fields enforced);
 * `reportBody(false)` is the same shape for the live quality meter, where anything may be missing.
 */
import { Type, type TSchema } from 'typebox';
import { CREDIT_PREFERENCES, IMPACT_TYPES, LANGUAGES } from '../../../domain/report/submission.js';
import { QUALITY_TIERS } from '../../../domain/report/quality.js';
import { RESEARCHER_STATUSES } from '../../../domain/case/researcher-status.js';
import { DISPOSITIONS } from '../../../domain/case/states.js';
import { HELP_DESTINATION_IDS } from '../../../domain/help/destinations.js';

const text = (description: string, maxLength: number, minLength = 1) =>
  Type.String({ description, minLength, maxLength });

const opt = <T extends TSchema>(schema: T, required: boolean) =>
  required ? schema : Type.Optional(schema);

export function reportBody(strict: boolean) {
  return Type.Object(
    {
      title: opt(
        Type.String({
          description: 'One line naming the vulnerability and where it is (5–200 characters).',
          minLength: 5,
          maxLength: 200,
        }),
        strict,
      ),
      issueType: Type.Optional(
        Type.Object(
          {
            cwe: Type.Optional(
              Type.String({
                description:
                  'CWE id of the weakness, e.g. "CWE-787"; must be in the CWE catalogue.',
                pattern: '^CWE-[1-9][0-9]{0,5}$',
                examples: ['CWE-79'],
              }),
            ),
            description: Type.Optional(text('The kind of vulnerability in your own words.', 2000)),
          },
          {
            additionalProperties: false,
            description:
              'The kind of vulnerability: a CWE id, a description, or both (at least one).',
          },
        ),
      ),
      affected: Type.Optional(
        Type.Object(
          {
            product: Type.Optional(text('Affected product name.', 200)),
            version: Type.Optional(text('Affected product version or build.', 100)),
            url: Type.Optional(
              Type.String({
                description: 'URL of the affected online service (instead of product and version).',
                format: 'uri',
                maxLength: 2000,
              }),
            ),
          },
          {
            additionalProperties: false,
            description:
              'What is affected: a product with its version, or the URL of an online service.',
          },
        ),
      ),
      updatesInstalled: Type.Optional(
        text(
          'Service packs, security updates and other updates installed on the test system.',
          5000,
        ),
      ),
      configuration: Type.Optional(
        text(
          'Any special configuration needed to reproduce the issue ("none" if a default install).',
          10000,
        ),
      ),
      reproductionSteps: opt(
        // One schema with a type list rather than a union: a union would report the failure of
        // every branch ("must be string" for an array with one empty step); here the keywords
        // apply by type, so the error names exactly the bad step.
        Type.Unsafe<string | string[]>({
          type: ['string', 'array'],
          minLength: 1,
          maxLength: 50000,
          items: Type.String({ description: 'One step.', minLength: 1, maxLength: 5000 }),
          minItems: 1,
          maxItems: 100,
          description:
            'Step-by-step instructions to reproduce on a fresh install: one text (numbered lines, at most 50,000 characters) or one string per step (1–100 steps, each at most 5,000 characters).',
        }),
        strict,
      ),
      proofOfConcept: Type.Optional(
        text(
          'Proof of concept: code, a request, or a description. Files go in attachments.',
          200000,
        ),
      ),
      impact: opt(
        Type.Object(
          {
            type: Type.Optional(Type.Enum(IMPACT_TYPES, { description: 'The kind of impact.' })),
            description: opt(text('What an attacker gains and how (required).', 20000), strict),
          },
          { additionalProperties: false, description: 'The impact of the vulnerability.' },
        ),
        strict,
      ),
      analysis: Type.Optional(
        text('Root-cause analysis (optional; raises the quality tier to high).', 50000),
      ),
      cvss: Type.Optional(
        Type.String({
          description:
            'CVSS vector, version 3.0, 3.1 or 4.0, e.g. "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H".',
          maxLength: 512,
        }),
      ),
      reporter: opt(
        Type.Object(
          {
            name: Type.Optional(text('Your name.', 200)),
            email: opt(
              Type.String({
                description: 'Where we answer you (required).',
                format: 'email',
                maxLength: 254,
              }),
              strict,
            ),
            pgpKey: Type.Optional(
              Type.String({
                description:
                  'Your ASCII-armored OpenPGP public key; we encrypt mail to you with it.',
                maxLength: 65536,
              }),
            ),
            credit: Type.Optional(
              Type.Enum(CREDIT_PREFERENCES, {
                description:
                  'How to credit you in the advisory: by name, by handle, or not at all.',
              }),
            ),
            handle: Type.Optional(text('Your handle (for credit by handle).', 100)),
            affiliation: Type.Optional(text('Your company or organisation, if any.', 200)),
          },
          { additionalProperties: false, description: 'Who you are and how to reach you.' },
        ),
        strict,
      ),
      disclosure: Type.Optional(
        Type.Object(
          {
            plannedDate: Type.Optional(
              Type.String({
                description: 'The date you plan to disclose publicly (YYYY-MM-DD).',
                pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
              }),
            ),
            notes: Type.Optional(text('Anything about disclosure we should know.', 5000)),
          },
          { additionalProperties: false, description: 'Your disclosure plans.' },
        ),
      ),
      language: Type.Optional(
        Type.Enum(LANGUAGES, {
          description: 'Language for our answers: "en" (default) or "ja".',
          default: 'en',
        }),
      ),
    },
    { additionalProperties: false, description: 'A vulnerability report.' },
  );
}

export const ReportSubmissionBody = reportBody(true);
export const ReportDraftBody = reportBody(false);

export const QualitySchema = Type.Object(
  {
    tier: Type.Enum(QUALITY_TIERS, { description: 'insufficient, low, medium or high.' }),
    missing: Type.Array(Type.String(), {
      description: 'Field paths that would raise the tier by one.',
    }),
  },
  { description: 'How complete the report is.' },
);

export const ReportCreated = Type.Object({
  id: Type.String({ description: 'Report reference, e.g. VD-2026-00042.' }),
  status: Type.Literal('new', { description: 'Status of the report.' }),
  trackingToken: Type.String({
    description:
      'Secret to follow the report with (Authorization: Bearer). Shown only this once; we store only its hash.',
  }),
  receivedAt: Type.String({
    format: 'date-time',
    description: 'When we received the report (UTC).',
  }),
  firstResponseDueAt: Type.String({
    format: 'date-time',
    description: 'When a human will have answered at the latest (UTC).',
  }),
  quality: QualitySchema,
  links: Type.Object(
    { self: Type.String({ description: 'URL of the report.' }) },
    { description: 'Related URLs.' },
  ),
});

/** A stored file as the API lists it (the report's own files and those of messages). */
export const AttachmentViewSchema = Type.Object(
  {
    id: Type.String({ description: 'Attachment id.' }),
    filename: Type.String({
      description: 'File name as sent (base name only, control characters removed).',
    }),
    contentType: Type.String({
      description: 'Media type as sent; downloads are always application/octet-stream.',
    }),
    size: Type.Integer({ description: 'Size in bytes.' }),
    sha256: Type.String({ description: 'Hex SHA-256 of the content.' }),
  },
  { description: 'A file stored encrypted with its size and SHA-256.' },
);

export const ReportIdParams = Type.Object({
  id: Type.String({ description: 'Report reference, e.g. VD-2026-00042.', maxLength: 40 }),
});

/** The status a reporter sees; shared by every view of a report meant for its reporter. */
export const ResearcherStatusSchema = Type.Enum(RESEARCHER_STATUSES, {
  description:
    "The status in the reporter's terms: received, in-review, more-info-needed (the team waits for an answer to its message), accepted (a case: being reproduced and rated), fix-in-progress, fixed, closed or not-accepted (see `outcome`).",
});

export const ReportOutcomeSchema = Type.Union(
  [
    Type.Null(),
    Type.Object(
      {
        disposition: Type.Enum(DISPOSITIONS, {
          description:
            'Why: not-a-vulnerability, duplicate, out-of-scope, spam, informative, not-reproducible or wont-fix.',
        }),
        reason: Type.Union([Type.String(), Type.Null()], {
          description:
            "The team's explanation, given for not-reproducible and wont-fix; null otherwise.",
        }),
        helpDestination: Type.Union(
          [Type.Enum(HELP_DESTINATION_IDS, { description: 'Help destination id.' }), Type.Null()],
          {
            description:
              'For not-a-vulnerability: where to go instead, an id of GET /api/v1/help/destinations; null otherwise.',
          },
        ),
      },
      { description: 'Why the report was not accepted.' },
    ),
  ],
  {
    description: 'Set when the report was not accepted (researcherStatus not-accepted); else null.',
  },
);

export const ReportDetail = Type.Object({
  id: Type.String({ description: 'Report reference.' }),
  status: Type.String({
    description:
      "The team's lifecycle state (new, triage, needs-info, review-repro, develop, pre-release, complete, closed, rejected); show reporters `researcherStatus` instead.",
  }),
  researcherStatus: ResearcherStatusSchema,
  outcome: ReportOutcomeSchema,
  receivedAt: Type.String({ format: 'date-time', description: 'When we received it (UTC).' }),
  firstResponseDueAt: Type.String({
    format: 'date-time',
    description: 'First-response deadline (UTC).',
  }),
  quality: QualitySchema,
  cvss: Type.Union(
    [
      Type.Null(),
      Type.Object(
        {
          vector: Type.String({ description: 'The vector as submitted.' }),
          score: Type.Number({ description: 'Score computed from the vector.' }),
          severity: Type.String({ description: 'Qualitative rating of the score.' }),
        },
        { description: 'The submitted CVSS vector, scored.' },
      ),
    ],
    { description: 'The submitted CVSS vector with its score, or null.' },
  ),
  report: Type.Unsafe<Record<string, unknown>>({
    type: 'object',
    additionalProperties: true,
    description: 'The report as submitted (the fields of the submission body).',
  }),
  attachments: Type.Array(AttachmentViewSchema, {
    description:
      'Files sent with the report; download each at GET /api/v1/reports/{id}/attachments/{attachmentId}.',
  }),
  timeline: Type.Array(
    Type.Object({
      at: Type.String({ format: 'date-time', description: 'When (UTC).' }),
      kind: Type.String({ description: 'What happened, e.g. "received".' }),
      actor: Type.String({ description: 'Who did it: reporter, staff or system.' }),
      data: Type.Unsafe<Record<string, unknown>>({
        type: 'object',
        additionalProperties: true,
        description:
          'Details. For the reporter, a status-changed entry holds `status` (a researcherStatus) and, for a rejection, `disposition` and the `reason` or `helpDestination` owed to them; a message entry holds `messageId`.',
      }),
    }),
    {
      description:
        'What happened to the report, oldest first. The reporter sees received, follow-up-requested, message and the status changes that change their status; staff see every entry.',
    },
  ),
});
