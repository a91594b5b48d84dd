/**
 * "Ask for a response": once the first-response time has passed without an answer, the reporter
 * (tracking token or owning account) can alert the team on call, at most once per 24 hours.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { FollowUpState } from '../../../domain/sla/follow-up.js';
import type { Services } from '../../../services/index.js';
import { refuseBody } from '../../no-body.js';
import { ProblemSchema } from '../../schemas.js';
import { ReportIdParams } from './schema.js';

export interface FollowUpRoutesOptions {
  services: Services;
  /** Where follow-up requests are mailed (ONCALL_EMAIL). */
  oncallEmail: string;
}

const FOLLOW_UP_REASONS = ['not-due', 'recently-requested', 'responded'] as const;

const FollowUpStatusView = Type.Object({
  available: Type.Boolean({ description: 'Whether asking for a response is possible now.' }),
  reason: Type.Union(
    [
      Type.Enum(FOLLOW_UP_REASONS, {
        description:
          'not-due: the first-response time has not passed; recently-requested: asked less than 24 hours ago; responded: the security team has answered.',
      }),
      Type.Null({ description: 'Available now.' }),
    ],
    { description: 'Why it is not possible now, or null.' },
  ),
  availableAfter: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description:
      'Once this time (UTC) has passed it becomes possible; null when it is possible now or will not be.',
  }),
  lastRequestedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When a response was last asked for (UTC), or null.',
  }),
});

const TimelineEntryView = Type.Object({
  at: Type.String({ format: 'date-time', description: 'When (UTC).' }),
  kind: Type.Literal('follow-up-requested', { description: 'What happened.' }),
  actor: Type.Literal('reporter', { description: 'Who did it.' }),
  data: Type.Object(
    {
      firstResponseDueAt: Type.String({
        format: 'date-time',
        description: 'The first-response deadline that had passed (UTC).',
      }),
    },
    { description: 'Details.' },
  ),
});

const security = [{ bearerAuth: [] }, { sessionCookie: [] }] as Record<string, string[]>[];

const followUpRoutes: FastifyPluginAsyncTypebox<FollowUpRoutesOptions> = async (app, opts) => {
  const { reports } = opts.services;

  app.get(
    '/api/v1/reports/:id/follow-up',
    {
      schema: {
        tags: ['reports'],
        summary: 'Whether the reporter may ask for a response now',
        description:
          'Same access as reading the report: the tracking token (Authorization: Bearer) or the owning account. Any other caller gets 404.',
        params: ReportIdParams,
        security,
        response: { 200: FollowUpStatusView, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const state = await reports.followUpStatus(request.params.id, request.actor);
      void reply.header('cache-control', 'no-store');
      return presentStatus(state);
    },
  );

  app.post(
    '/api/v1/reports/:id/follow-up',
    {
      schema: {
        tags: ['reports'],
        summary: 'Ask for a response after the first-response time has passed',
        description:
          'Adds a follow-up-requested entry to the timeline and alerts the team on call. Possible once the first-response time has passed without an answer from the security team, at most once per 24 hours (409 otherwise). No body (or {}). Same access as reading the report; a session cookie needs its CSRF token (X-CSRF-Token).',
        params: ReportIdParams,
        security,
        response: {
          202: TimelineEntryView,
          400: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          409: ProblemSchema,
          415: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      refuseBody(request.body);
      const entry = await reports.requestFollowUp(
        request.params.id,
        request.actor,
        opts.oncallEmail,
      );
      return reply.code(202).header('cache-control', 'no-store').send(entry);
    },
  );
};

function presentStatus(state: FollowUpState) {
  if (state.allowed) {
    return {
      available: true,
      reason: null,
      availableAfter: null,
      lastRequestedAt: state.lastRequestedAt?.toISOString() ?? null,
    };
  }
  switch (state.reason) {
    case 'not-due':
      return {
        available: false,
        reason: state.reason,
        availableAfter: state.availableAfter.toISOString(),
        lastRequestedAt: null,
      };
    case 'recently-requested':
      return {
        available: false,
        reason: state.reason,
        availableAfter: state.availableAfter.toISOString(),
        lastRequestedAt: state.lastRequestedAt.toISOString(),
      };
    case 'responded':
      return {
        available: false,
        reason: state.reason,
        availableAfter: null,
        lastRequestedAt: null,
      };
  }
}

export default followUpRoutes;
