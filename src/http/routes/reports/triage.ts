/**
 * Staff routes on reports: the queue, the case view, lifecycle transitions, bulk rejection as
 * spam, assignment and similar reports. Researchers never reach these: a researcher naming a
 * report gets the same 404 as for one that does not exist.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { QUEUE_DUE_FILTERS } from '../../../db/repositories/queue.js';
import { MAX_AFFECTED } from '../../../domain/case/affected.js';
import { CASE_STATES, DISPOSITIONS } from '../../../domain/case/states.js';
import { TIMELINE_KINDS } from '../../../domain/case/timeline.js';
import { CASE_FACT_FIELDS } from '../../../domain/case/transitions.js';
import { HELP_DESTINATION_IDS } from '../../../domain/help/destinations.js';
import { CLOCK_STATES, SLA_CLOCKS, SLA_LEVELS } from '../../../domain/sla/clocks.js';
import { QUEUE_URGENCIES } from '../../../domain/sla/queue.js';
import { REPORTER_LABELS } from '../../../domain/reporter/signal.js';
import { problemOf } from '../../plugins/problem.js';
import type { Services } from '../../../services/index.js';
import type { CaseView, QueueItem } from '../../../services/triage.service.js';
import type { CvssScore } from '../../../domain/severity/cvss.js';
import type { SeverityAssessment } from '../../../domain/severity/assessment.js';
import { NullableStaffMember, ProblemSchema } from '../../schemas.js';
import { ReportIdParams } from './schema.js';

export interface TriageRoutesOptions {
  services: Services;
}

const security = [{ sessionCookie: [] }, { bearerAuth: [] }] as Record<string, string[]>[];
/**
 * A string or null, as a JSON-schema type list rather than `anyOf`: Fastify's serializer
 * (fast-json-stringify) writes a type list directly, but checks every `anyOf` branch against
 * the value with Ajv (formats included) for each field of each queue item it writes.
 */
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T, description: string) => {
  const { format } = t as { format?: string };
  return Type.Unsafe<string | null>({
    type: ['string', 'null'],
    ...(format === undefined ? {} : { format }),
    description,
  });
};
const Time = (description: string) => Type.String({ format: 'date-time', description });

const ReporterRecord = Type.Object(
  {
    submitted: Type.Integer({ description: 'Reports this reporter (by e-mail) has sent.' }),
    valid: Type.Integer({ description: 'Of those, reports that became a case.' }),
    invalid: Type.Integer({
      description:
        'Of those, reports rejected in triage, except duplicates (a duplicate counts neither as valid nor as invalid).',
    }),
    score: Type.Number({
      description: 'Signal between -1 (noise) and 1 (reliable); 0 for a new reporter.',
    }),
    label: Type.Enum(REPORTER_LABELS, { description: 'The signal in one word.' }),
    overLimit: Type.Unsafe<{ max: number; windowHours: number; count: number } | null>({
      // An object or null as a type list, not `anyOf`, for the same reason as `Nullable`.
      type: ['object', 'null'],
      required: ['max', 'windowHours', 'count'],
      properties: {
        max: Type.Integer({ description: 'Most reports the limit allows in its window.' }),
        windowHours: Type.Number({ description: 'The length of the window, in hours.' }),
        count: Type.Integer({
          description: 'Reports the reporter had sent in that window, this one included.',
        }),
      },
      description:
        'The submission limit (SUBMISSION_LIMITS) the reporter had exceeded when this report arrived (the first one exceeded, in the configured order), or null. A flag for triage only: the report is neither refused nor moved in the queue.',
    }),
  },
  { description: "The reporter's record, to tell noise from signal at a glance." },
);

const QueueItemView = Type.Object({
  id: Type.String({ description: 'Report reference, e.g. VD-2026-00042.' }),
  caseNumber: Nullable(Type.String(), 'Case number once triage opened a case.'),
  title: Type.String({ description: 'Title as submitted.' }),
  status: Type.Enum(CASE_STATES, { description: 'Lifecycle state.' }),
  severity: Nullable(Type.String(), 'Vendor severity, or null while unrated.'),
  qualityTier: Type.String({ description: 'Quality tier at submission.' }),
  assigneeId: Nullable(Type.String(), 'Staff account the report is assigned to.'),
  productId: Nullable(Type.String(), 'Catalogue product, once set.'),
  receivedAt: Time('When the report arrived (UTC).'),
  firstResponseDueAt: Time('When the first human answer is due (UTC).'),
  nextDueAt: Nullable(
    Type.String({ format: 'date-time' }),
    'The earliest due time of a running SLA clock (UTC); null when none runs.',
  ),
  sla: Type.Enum(QUEUE_URGENCIES, {
    description:
      'breached: a clock is past due; at-risk: less than the at-risk share is left; running; paused: waiting for the reporter; idle: no clock runs.',
  }),
  reporter: ReporterRecord,
});

/** The queue page as sent; exported for the parts benchmark, which serializes it alone. */
export const QueuePageView = Type.Object({
  items: Type.Array(QueueItemView, { description: 'What is due first comes first.' }),
  next: Nullable(Type.String(), 'Cursor of the next page, or null on the last page.'),
});

const ClockView = Type.Object({
  clock: Type.Enum(SLA_CLOCKS, { description: 'Which clock.' }),
  state: Type.Enum(CLOCK_STATES, { description: 'Where the clock stands now.' }),
  dueAt: Time('When it is due, pauses included (UTC).'),
  atRiskAt: Time('From when it counts as at risk (UTC).'),
  satisfiedAt: Nullable(Type.String({ format: 'date-time' }), 'When it was satisfied (UTC).'),
  remainingMs: Type.Number({ description: 'Time left (negative when late), in milliseconds.' }),
  level: Type.Union([Type.Enum(SLA_LEVELS), Type.Null()], {
    description: 'Warning level reached while unsatisfied, or null.',
  }),
});

const ScoreView = Type.Union(
  [
    Type.Object({
      vector: Type.String({ description: 'The vector.' }),
      score: Type.Number({ description: 'Score computed by the server.' }),
      severity: Type.String({ description: 'Qualitative rating of the score.' }),
    }),
    Type.Null(),
  ],
  { description: 'A scored CVSS vector, or null.' },
);

const SeverityView = Type.Object({
  severity: Type.String({ description: 'Vendor severity.' }),
  suggestedSeverity: Nullable(Type.String(), 'What the CVSS base scores suggest.'),
  overridden: Type.Boolean({ description: 'Staff chose other than the suggestion.' }),
  impact: Nullable(Type.String(), 'Impact type.'),
  exploitability: Nullable(Type.String(), 'Exploitability index.'),
  exploited: Type.Boolean({ description: 'Exploited in the wild.' }),
  publiclyDisclosed: Type.Boolean({ description: 'Public before the advisory.' }),
  cvss31: ScoreView,
  cvss40: ScoreView,
});

const CaseTimelineEntry = Type.Object({
  at: Time('When (UTC).'),
  kind: Type.Enum(Object.values(TIMELINE_KINDS), { description: 'What happened.' }),
  actor: Type.String({ description: 'Who acted: reporter, staff or system.' }),
  by: NullableStaffMember(
    'The member of staff who made the change; null for the reporter and the system, and for staff entries recorded without their account (a link on the original of a duplicate made before accounts were recorded).',
  ),
  assignee: NullableStaffMember(
    'For an `assigned` entry, the account the report was assigned to; null when it was unassigned, and for other kinds.',
  ),
  data: Type.Unsafe<Record<string, unknown>>({
    type: 'object',
    additionalProperties: true,
    description:
      'Details by kind. status-changed: `from` and `to` (states), for a rejection `disposition` with `reason`, `duplicateOf` (a report reference) or `helpDestination`, for a move to needs-info `reason` (the question) and `messageId` (the message that asked it); assigned: `assigneeId` (null when unassigned); severity-changed: `severity`; case-updated: each changed case fact as `[before, after]` (`fixReleaseDate`, `cvdDate`, `fixReleasedAt`, `advisoryPublishedAt`, `productId`, `affected`); duplicate-linked: `duplicate` (the reference of the report rejected as a duplicate of this one); sla-warning: `clock`, `level` and `dueAt`; follow-up-requested: `firstResponseDueAt`; message: `messageId`; received: `attachments` and `qualityTier`.',
  }),
});

const CaseViewSchema = Type.Object({
  id: Type.String({ description: 'Report reference.' }),
  status: Type.Enum(CASE_STATES, { description: 'Lifecycle state.' }),
  caseNumber: Nullable(Type.String(), 'Case number once triage opened a case.'),
  disposition: Type.Union([Type.Enum(DISPOSITIONS), Type.Null()], {
    description: 'Why the report was rejected, or null.',
  }),
  dispositionReason: Nullable(Type.String(), 'The explanation given with the rejection.'),
  duplicateOf: Nullable(Type.String(), 'The original report when this is a duplicate.'),
  helpDestination: Nullable(Type.String(), 'Where a not-a-vulnerability reporter was sent.'),
  assignee: NullableStaffMember('Who handles the report, or null.'),
  severity: Nullable(Type.String(), 'Vendor severity, or null while unrated.'),
  fixReleaseDate: Nullable(Type.String(), 'Planned release date of the fix (YYYY-MM-DD).'),
  cvdDate: Nullable(Type.String(), 'Agreed public disclosure date (YYYY-MM-DD).'),
  fixReleasedAt: Nullable(
    Type.String({ format: 'date-time' }),
    'When the fix was marked released (UTC), or null while it has not shipped.',
  ),
  advisoryPublishedAt: Nullable(
    Type.String({ format: 'date-time' }),
    'When the advisory was marked published (UTC), or null while it is not public.',
  ),
  productId: Nullable(
    Type.String(),
    'The primary catalogue product (GET /api/v1/products), the one the queue filter `product` matches, or null.',
  ),
  affected: Type.Array(
    Type.Object({
      productId: Type.String({ description: 'Catalogue product or online service.' }),
      productName: Type.String({ description: 'Its name.' }),
      versionId: Nullable(
        Type.String(),
        'The affected version, or null: every version (or an online service).',
      ),
      version: Nullable(Type.String(), 'The version name, or null.'),
    }),
    { description: 'Affected products and versions, in the order staff listed them.' },
  ),
  firstRespondedAt: Nullable(
    Type.String({ format: 'date-time' }),
    'When staff first answered the reporter (UTC): a message to them, the question of a move to needs-info, opening a case (review-repro) or a rejection. Taking a report into triage tells the reporter nothing and is not an answer.',
  ),
  sla: Type.Array(ClockView, { description: 'First response, triage and fix clocks.' }),
  assessment: Type.Union([SeverityView, Type.Null()], {
    description: 'The severity assessment last recorded (PUT …/severity), or null before any.',
  }),
  allowedTransitions: Type.Array(Type.Enum(CASE_STATES), {
    description: 'States you may move the report to now (the transition table and your role).',
  }),
  missingFacts: Type.Array(
    Type.Object({
      to: Type.Enum(CASE_STATES, { description: 'A state of `allowedTransitions`.' }),
      fields: Type.Array(Type.Enum(CASE_FACT_FIELDS), {
        description:
          'Case facts to set first, as fields of PATCH /api/v1/reports/{id}/case: fixReleaseDate and cvdDate for pre-release, fixReleased and advisoryPublished for complete.',
      }),
    }),
    {
      description:
        'The moves of `allowedTransitions` whose requirements are not met yet; they answer 409 until these case facts are set. Moves not listed need none.',
    },
  ),
  reporter: ReporterRecord,
  timeline: Type.Array(CaseTimelineEntry, {
    description:
      "Everything that happened to the report, oldest first, with the member of staff who did it. Staff only: the reporter's view (GET /api/v1/reports/{id}) never names the team's members.",
  }),
});

const TransitionBody = Type.Object(
  {
    to: Type.Enum(CASE_STATES, { description: 'The state to move to.' }),
    disposition: Type.Optional(
      Type.Enum(DISPOSITIONS, { description: 'Required when `to` is rejected.' }),
    ),
    reason: Type.Optional(
      Type.String({
        maxLength: 4000,
        description:
          'Why; required for not-reproducible and wont-fix and to reopen a rejected report. For a move to needs-info it is the question the reporter is asked, and required: it is posted to them as a message from you (Markdown), and their answer moves the report back to triage.',
      }),
    ),
    duplicateOf: Type.Optional(
      Type.String({
        maxLength: 40,
        description: 'Reference of the original report; required for the duplicate disposition.',
      }),
    ),
    helpDestination: Type.Optional(
      Type.Enum(HELP_DESTINATION_IDS, {
        description:
          'Where to send the reporter instead; required for the not-a-vulnerability disposition.',
      }),
    ),
  },
  { additionalProperties: false },
);

const TransitionView = Type.Object({
  id: Type.String({ description: 'Report reference.' }),
  from: Type.Enum(CASE_STATES, { description: 'State before.' }),
  status: Type.Enum(CASE_STATES, { description: 'State now.' }),
  caseNumber: Nullable(Type.String(), 'Case number (assigned when the case opened).'),
  disposition: Nullable(Type.String(), 'Disposition of a rejection, or null.'),
  at: Time('When the move was made (UTC).'),
});

const QueueQuery = Type.Object(
  {
    status: Type.Optional(
      Type.String({
        maxLength: 200,
        description: `Comma-separated states (${CASE_STATES.join(', ')}); default: all but closed and rejected.`,
      }),
    ),
    assignee: Type.Optional(
      Type.String({
        maxLength: 40,
        description: 'An account id, `me`, or `none` for unassigned reports.',
      }),
    ),
    product: Type.Optional(Type.String({ maxLength: 40, description: 'Catalogue product id.' })),
    due: Type.Optional(
      Type.Enum(QUEUE_DUE_FILTERS, {
        description:
          'breached: past due; at-risk: close to due; on-track: running with time left; paused: waiting for the reporter; none: no clock running.',
      }),
    ),
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          'Text in the title, product, CWE, impact or steps (trigram search), or a report reference or case number.',
      }),
    ),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, description: 'Page size (default 50).' }),
    ),
    cursor: Type.Optional(
      Type.String({ maxLength: 200, description: 'The `next` value of the previous page.' }),
    ),
  },
  { additionalProperties: false },
);

const DateOrNull = (description: string) =>
  Type.Optional(
    Type.Union([Type.String({ format: 'date', description: 'YYYY-MM-DD' }), Type.Null()], {
      description,
    }),
  );

const CasePatchBody = Type.Object(
  {
    fixReleaseDate: DateOrNull('Planned release date of the fix; null clears it.'),
    cvdDate: DateOrNull('Public disclosure date agreed with the reporter; null clears it.'),
    fixReleased: Type.Optional(Type.Boolean({ description: 'The fix has shipped.' })),
    advisoryPublished: Type.Optional(Type.Boolean({ description: 'The advisory is public.' })),
    productId: Type.Optional(
      Type.Union([Type.String({ maxLength: 40 }), Type.Null()], {
        description:
          'The primary catalogue product (what the queue filter `product` matches); null clears it, or makes the first `affected` product primary when `affected` is sent too.',
      }),
    ),
    affected: Type.Optional(
      Type.Array(
        Type.Object(
          {
            productId: Type.String({
              maxLength: 40,
              description: 'Catalogue product or online service.',
            }),
            versionId: Type.Optional(
              Type.Union([Type.String({ maxLength: 40 }), Type.Null()], {
                description:
                  'A version of that product; omitted or null: every version. An online service has none.',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        {
          maxItems: MAX_AFFECTED,
          description: `Affected products and versions; replaces the whole list ([] clears it). At most ${MAX_AFFECTED}. When the report has no primary product, the first entry becomes it.`,
        },
      ),
    ),
  },
  { additionalProperties: false },
);

const Text = (description: string, maxLength = 100) =>
  Type.Optional(Type.Union([Type.String({ maxLength }), Type.Null()], { description }));

const SeverityBody = Type.Object(
  {
    severity: Text('Vendor severity: critical, important, moderate or low; omitted: suggested.'),
    impact: Text('Impact type, e.g. remote-code-execution.'),
    exploitability: Text(
      'Exploitability index: exploitation-detected, more-likely, less-likely or unlikely.',
    ),
    exploited: Type.Optional(
      Type.Union([Type.Boolean(), Type.Null()], { description: 'Exploited in the wild.' }),
    ),
    publiclyDisclosed: Type.Optional(
      Type.Union([Type.Boolean(), Type.Null()], {
        description: 'Public before the advisory.',
      }),
    ),
    cvss31: Text('CVSS 3.1 vector (CVSS:3.1/…).', 512),
    cvss40: Text('CVSS 4.0 vector (CVSS:4.0/…).', 512),
  },
  { additionalProperties: false },
);

function presentQueueItem({ row, nextDueAt, urgency, reporter }: QueueItem) {
  return {
    id: row.ref,
    caseNumber: row.caseNumber,
    title: row.title,
    status: row.status as (typeof CASE_STATES)[number],
    severity: row.severity,
    qualityTier: row.qualityTier,
    assigneeId: row.assigneeId,
    productId: row.productId,
    receivedAt: row.receivedAt,
    firstResponseDueAt: row.firstResponseDueAt,
    nextDueAt,
    sla: urgency,
    reporter,
  };
}

function presentScore(c: CvssScore | null) {
  return c === null ? null : { vector: c.vector, score: c.score, severity: c.severity };
}

function presentAssessment(a: SeverityAssessment) {
  return { ...a, cvss31: presentScore(a.cvss31), cvss40: presentScore(a.cvss40) };
}

function presentCase(id: string, view: CaseView) {
  return {
    id,
    ...view,
    assessment: view.assessment === null ? null : presentAssessment(view.assessment),
    disposition: view.disposition as (typeof DISPOSITIONS)[number] | null,
    sla: SLA_CLOCKS.map((clock) => {
      const c = view.sla[clock];
      return {
        clock,
        state: c.state,
        dueAt: c.dueAt.toISOString(),
        atRiskAt: c.atRiskAt.toISOString(),
        satisfiedAt: c.satisfiedAt?.toISOString() ?? null,
        remainingMs: c.remainingMs,
        level: c.level,
      };
    }),
  };
}

const triageRoutes: FastifyPluginAsyncTypebox<TriageRoutesOptions> = async (app, opts) => {
  const { triage } = opts.services;

  app.get(
    '/api/v1/reports',
    {
      schema: {
        tags: ['triage'],
        summary: 'The triage queue (staff)',
        description:
          'Reports ordered by what is due first: the earliest due time of a running SLA clock, so breached reports lead; reports waiting on the reporter and those with no running clock come last. Keyset-paged.',
        querystring: QueueQuery,
        security,
        response: {
          200: QueuePageView,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { status, assignee, product, due, q, limit, cursor } = request.query;
      const page = await triage.queue(
        request.actor,
        {
          ...(status !== undefined
            ? {
                statuses: status
                  .split(',')
                  .map((s) => s.trim())
                  .filter((s) => s !== ''),
              }
            : {}),
          ...(assignee !== undefined ? { assignee } : {}),
          ...(product !== undefined ? { productId: product } : {}),
          ...(due !== undefined ? { due } : {}),
          ...(q !== undefined ? { q } : {}),
        },
        limit ?? 50,
        cursor,
      );
      void reply.header('cache-control', 'no-store');
      return { items: page.items.map(presentQueueItem), next: page.next };
    },
  );

  app.get(
    '/api/v1/reports/:id/case',
    {
      schema: {
        tags: ['triage'],
        summary: 'The case side of a report (staff)',
        description:
          'Lifecycle state, case number, disposition, assignee, case facts (dates, release, advisory, product), SLA clocks, the moves you may make now with the case facts each still needs, the reporter record, and the timeline with the member of staff behind each change. Researchers get 404.',
        params: ReportIdParams,
        security,
        response: {
          200: CaseViewSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const view = await triage.caseView(request.actor, request.params.id);
      void reply.header('cache-control', 'no-store');
      return presentCase(request.params.id, view);
    },
  );

  app.post(
    '/api/v1/reports/:id/transitions',
    {
      schema: {
        tags: ['triage'],
        summary: 'Move a report through its lifecycle (staff)',
        description:
          'An illegal move, or one whose requirements are not met yet, is 409 problem+json (unmet requirements are named by the case-fact field that meets them: fixReleaseDate, cvdDate, fixReleased, advisoryPublished of PATCH /api/v1/reports/{id}/case); a move your role may not make is 403; missing or surplus fields (disposition, reason, duplicateOf, helpDestination) are 400 naming them. A move to needs-info needs `reason`, the question posted to the reporter.',
        params: ReportIdParams,
        body: TransitionBody,
        security,
        response: {
          200: TransitionView,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request) => {
      const { to, disposition, reason, duplicateOf, helpDestination } = request.body;
      const outcome = await triage.transition(request.actor, request.params.id, {
        to,
        ...(disposition !== undefined ? { disposition } : {}),
        ...(reason !== undefined ? { reason } : {}),
        ...(duplicateOf !== undefined ? { duplicateOf } : {}),
        ...(helpDestination !== undefined ? { helpDestination } : {}),
      });
      return { id: outcome.ref, ...outcome };
    },
  );

  app.post(
    '/api/v1/reports/bulk-reject',
    {
      schema: {
        tags: ['triage'],
        summary: 'Reject many reports as spam (staff)',
        description:
          'Each report is moved to rejected with the spam disposition in its own transaction; the answer lists each outcome, so one report that cannot move stops none of the others.',
        body: Type.Object(
          {
            ids: Type.Array(Type.String({ maxLength: 40 }), {
              minItems: 1,
              maxItems: 100,
              description: 'Report references.',
            }),
          },
          { additionalProperties: false },
        ),
        security,
        response: {
          200: Type.Object({
            results: Type.Array(
              Type.Object({
                id: Type.String({ description: 'Report reference.' }),
                status: Nullable(Type.String(), 'The state now, when the move succeeded.'),
                problem: Type.Union([ProblemSchema, Type.Null()], {
                  description: 'Why this report was not moved, or null.',
                }),
              }),
              { description: 'One outcome per report, in the order given.' },
            ),
          }),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request) => {
      const outcomes = await triage.bulkReject(request.actor, request.body.ids);
      return {
        results: outcomes.map(({ id, outcome }) => ({
          id,
          status: outcome.ok ? outcome.status : null,
          problem: outcome.ok ? null : problemOf(outcome.error, request.url),
        })),
      };
    },
  );

  app.post(
    '/api/v1/reports/:id/assignee',
    {
      schema: {
        tags: ['triage'],
        summary: 'Assign a report to a staff member, or unassign it (staff)',
        params: ReportIdParams,
        body: Type.Object(
          {
            assigneeId: Type.Union([Type.String({ maxLength: 40 }), Type.Null()], {
              description: 'Account id of a staff member who handles reports, or null.',
            }),
          },
          { additionalProperties: false },
        ),
        security,
        response: {
          200: Type.Object({
            id: Type.String({ description: 'Report reference.' }),
            assigneeId: Nullable(Type.String(), 'The assignee now, or null.'),
          }),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request) => {
      const result = await triage.assign(request.actor, request.params.id, request.body.assigneeId);
      return { id: result.ref, assigneeId: result.assignee?.id ?? null };
    },
  );

  app.put(
    '/api/v1/reports/:id/severity',
    {
      schema: {
        tags: ['triage'],
        summary: 'Record the severity assessment (staff)',
        description:
          'Vendor severity (suggested from the CVSS base score when omitted), impact type, exploitability index, exploited and publicly disclosed flags, CVSS 3.1 and 4.0 vectors (scored by the server). The SLA targets follow the vendor severity.',
        params: ReportIdParams,
        body: SeverityBody,
        security,
        response: {
          200: SeverityView,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request) => {
      return presentAssessment(
        await triage.assessSeverity(request.actor, request.params.id, request.body),
      );
    },
  );

  app.patch(
    '/api/v1/reports/:id/case',
    {
      schema: {
        tags: ['triage'],
        summary: 'Set case dates and facts (staff)',
        description:
          'The planned fix release date and the agreed disclosure date (both needed for pre-release), whether the fix has shipped and the advisory is public (both needed for complete), the primary catalogue product and the affected products and versions. Omitted fields stay as they are; null clears a date or the product; `affected` replaces the whole list. Staff with `report.case.edit`; an unknown product is 400 naming `productId`; in `affected`, an unknown product, a version of another product or of an online service, or the same entry twice (or a product listed both whole and by version) is 400 naming `affected[i].productId` or `affected[i].versionId`. Changes are audited and appear in the timeline.',
        params: ReportIdParams,
        body: CasePatchBody,
        security,
        response: {
          204: Type.Null({ description: 'Saved.' }),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      await triage.updateCase(request.actor, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/reports/:id/similar',
    {
      schema: {
        tags: ['triage'],
        summary: 'Reports that may describe the same issue (staff)',
        description:
          'Candidates found by trigram search on title and product, ranked by title, description and product similarity with a bonus for the same CWE.',
        params: ReportIdParams,
        querystring: Type.Object(
          {
            limit: Type.Optional(
              Type.Integer({ minimum: 1, maximum: 50, description: 'How many (default 10).' }),
            ),
          },
          { additionalProperties: false },
        ),
        security,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String({ description: 'Report reference.' }),
                title: Type.String({ description: 'Title.' }),
                status: Type.String({ description: 'Lifecycle state.' }),
                receivedAt: Time('When it arrived (UTC).'),
                score: Type.Number({ description: 'Similarity from 0 to 1.' }),
                matched: Type.Array(Type.String(), {
                  description: 'Fields that matched: title, description, product, cwe.',
                }),
              }),
              { description: 'Most similar first.' },
            ),
          }),
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request) => {
      const items = await triage.similar(
        request.actor,
        request.params.id,
        request.query.limit ?? 10,
      );
      return {
        items: items.map((s) => ({
          id: s.ref,
          title: s.title,
          status: s.status,
          receivedAt: s.receivedAt,
          score: Math.round(s.score * 1000) / 1000,
          matched: s.matched,
        })),
      };
    },
  );
};

export default triageRoutes;
