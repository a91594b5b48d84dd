/** Report intake routes: submit, assess, read back. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DomainError } from '../../../domain/errors.js';
import { ProblemSchema } from '../../schemas.js';
import type { Services } from '../../../services/index.js';
import { readMultipartUpload } from './multipart.js';
import {
  QualitySchema,
  ReportCreated,
  ReportDetail,
  ReportDraftBody,
  ReportIdParams,
  ReportSubmissionBody,
} from './schema.js';

export interface ReportRoutesOptions {
  services: Services;
  publicUrl: string;
  /** Anonymous submissions per client address and window; 0 disables. */
  rateLimit: { max: number; windowMinutes: number };
}

const reportsRoutes: FastifyPluginAsyncTypebox<ReportRoutesOptions> = async (app, opts) => {
  const { reports } = opts.services;

  app.post(
    '/api/v1/reports',
    {
      schema: {
        tags: ['reports'],
        summary: 'Submit a vulnerability report',
        description:
          'Send the report as application/json, or as multipart/form-data with a part `report` holding the same JSON and up to 10 parts `attachments` (each at most MAX_ATTACHMENT_MB). Answers 201 only once the report is durably stored. Anonymous submissions are rate-limited per client address.',
        body: ReportSubmissionBody,
        security: [{}, { bearerAuth: [] }, { sessionCookie: [] }] as Record<string, string[]>[],
        response: {
          201: ReportCreated,
          400: ProblemSchema,
          401: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
          429: ProblemSchema,
        },
      },
      config: {
        rateLimit:
          opts.rateLimit.max > 0
            ? {
                max: opts.rateLimit.max,
                timeWindow: opts.rateLimit.windowMinutes * 60_000,
                hook: 'preParsing',
                // Signed-in researchers are limited per account elsewhere, not per address.
                allowList: (request) => request.actor.kind === 'account',
              }
            : false,
      },
      preValidation: async (request) => {
        if (request.credentialsInvalid) {
          throw new DomainError(
            'unauthorized',
            'the token or session is invalid or expired; send none to report anonymously',
          );
        }
        if (request.isMultipart()) {
          await readMultipartUpload(request, opts.services.attachments, 'report');
        }
      },
    },
    async (request, reply) => {
      const result = await reports.submit(request.body, request.stagedAttachments, request.actor);
      request.attachmentsCommitted = true;
      const self = `${opts.publicUrl}/api/v1/reports/${encodeURIComponent(result.ref)}`;
      return reply.code(201).header('location', self).header('cache-control', 'no-store').send({
        id: result.ref,
        status: result.status,
        trackingToken: result.trackingToken,
        receivedAt: result.receivedAt,
        firstResponseDueAt: result.firstResponseDueAt,
        quality: result.quality,
        links: { self },
      });
    },
  );

  app.post(
    '/api/v1/reports/assess',
    {
      schema: {
        tags: ['reports'],
        summary: 'Assess the quality of a report draft',
        description:
          'Same body as submitting, but every field may be missing. Answers the quality tier and what is missing for the next tier. Stores nothing.',
        body: ReportDraftBody,
        querystring: Type.Object({
          attachments: Type.Optional(
            Type.Integer({
              minimum: 0,
              maximum: 10,
              description: 'Number of files the draft will attach.',
            }),
          ),
        }),
        response: { 200: QualitySchema, 400: ProblemSchema, 415: ProblemSchema },
      },
      preValidation: async (request) => {
        if (request.isMultipart()) {
          throw new DomainError('unsupported-media-type', 'send the draft as application/json', [
            { path: '(content-type)', message: 'not supported here' },
          ]);
        }
      },
    },
    async (request) => reports.assess(request.body, request.query.attachments ?? 0),
  );

  app.get(
    '/api/v1/reports/:id',
    {
      schema: {
        tags: ['reports'],
        summary: 'Read a report',
        description:
          'With the tracking token (Authorization: Bearer), or as the owning account (session or API token). Any other caller gets 404, whether or not the report exists.',
        params: ReportIdParams,
        security: [{ bearerAuth: [] }, { sessionCookie: [] }] as Record<string, string[]>[],
        response: { 200: ReportDetail, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const view = await reports.getReport(request.params.id, request.actor);
      void reply.header('cache-control', 'no-store');
      return {
        id: view.ref,
        status: view.status,
        researcherStatus: view.researcherStatus,
        outcome: view.outcome,
        receivedAt: view.receivedAt,
        firstResponseDueAt: view.firstResponseDueAt,
        quality: view.quality,
        cvss: view.cvss,
        report: view.submission as unknown as Record<string, unknown>,
        attachments: view.attachments,
        timeline: view.timeline,
      };
    },
  );
};

export default reportsRoutes;
