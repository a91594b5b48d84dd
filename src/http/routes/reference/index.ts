/**
 * Public reference data for forms and scripts: service facts, the CWE catalogue and CVSS
 * scoring. Cacheable; no authentication.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MESSAGE_BODY_MAX } from '../../../domain/message/markdown.js';
import { parseCvss } from '../../../domain/severity/cvss.js';
import { validationFailed } from '../../../domain/errors.js';
import { MAX_ATTACHMENTS } from '../../../services/attachment.service.js';
import { cweCatalogue } from '../../../services/cwe-catalogue.js';
import { ProblemSchema } from '../../schemas.js';

export interface ReferenceRoutesOptions {
  firstResponseHours: number;
  maxAttachmentMb: number;
}

const CACHE = 'public, max-age=3600';

const referenceRoutes: FastifyPluginAsyncTypebox<ReferenceRoutesOptions> = async (app, opts) => {
  app.get(
    '/api/v1/meta',
    {
      schema: {
        tags: ['reference'],
        summary: 'Facts about this response center',
        response: {
          200: Type.Object({
            firstResponseHours: Type.Integer({
              description: 'Promised time to the first human answer, in hours.',
            }),
            maxAttachmentMb: Type.Integer({ description: 'Largest attachment, in MB.' }),
            maxAttachments: Type.Integer({
              description: 'Most attachments per report and per message.',
            }),
            maxMessageLength: Type.Integer({
              description: 'Longest message on a report, in characters (after trimming).',
            }),
            languages: Type.Array(Type.String(), { description: 'Languages we answer in.' }),
          }),
        },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', CACHE);
      return {
        firstResponseHours: opts.firstResponseHours,
        maxAttachmentMb: opts.maxAttachmentMb,
        maxAttachments: MAX_ATTACHMENTS,
        maxMessageLength: MESSAGE_BODY_MAX,
        languages: ['en', 'ja'],
      };
    },
  );

  app.get(
    '/api/v1/cwe',
    {
      schema: {
        tags: ['reference'],
        summary: 'Search the CWE catalogue',
        description:
          'Matches the id (`79`, `CWE-79`) or words of the name; without `q`, the first entries by id.',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100, description: 'Search text.' })),
          limit: Type.Optional(
            Type.Integer({
              minimum: 1,
              maximum: 1000,
              default: 20,
              description: 'Most entries to answer.',
            }),
          ),
        }),
        response: {
          200: Type.Object({
            total: Type.Integer({ description: 'Number of matching entries.' }),
            items: Type.Array(
              Type.Object({
                id: Type.String({ description: 'CWE id, e.g. CWE-79.' }),
                name: Type.String({ description: 'Name of the weakness.' }),
              }),
              { description: 'Matching entries, best first.' },
            ),
          }),
          400: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', CACHE);
      const found = searchCwe(request.query.q ?? '');
      return { total: found.length, items: found.slice(0, request.query.limit ?? 20) };
    },
  );

  app.get(
    '/api/v1/cvss/score',
    {
      schema: {
        tags: ['reference'],
        summary: 'Score a CVSS vector',
        description: 'CVSS 3.0, 3.1 or 4.0; scored with the same code that scores reports.',
        querystring: Type.Object({
          vector: Type.String({ maxLength: 512, description: 'The vector, e.g. CVSS:3.1/AV:N/…' }),
        }),
        response: {
          200: Type.Object({
            version: Type.String({ description: '3.0, 3.1 or 4.0.' }),
            score: Type.Number({ description: 'Overall score.' }),
            baseScore: Type.Number({ description: 'Base score.' }),
            severity: Type.String({ description: 'none, low, medium, high or critical.' }),
          }),
          400: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const parsed = parseCvss(request.query.vector);
      if (!parsed.ok) {
        throw validationFailed([{ path: 'vector', message: parsed.message, rule: 'invalid-cvss' }]);
      }
      void reply.header('cache-control', CACHE);
      const { version, score, baseScore, severity } = parsed.value;
      return { version, score, baseScore, severity };
    },
  );
};

/** Id matches first, then names containing every word, in id order. */
export function searchCwe(query: string): { id: string; name: string }[] {
  const all = cweCatalogue().all();
  const q = query.trim().toLowerCase();
  if (q === '') return [...all].sort(byNumber);
  const idMatch = /^(?:cwe-?)?(\d+)$/.exec(q);
  if (idMatch) {
    const digits = idMatch[1] ?? '';
    return all
      .filter((e) => e.id.slice(4).startsWith(digits))
      .sort((a, b) => a.id.length - b.id.length || byNumber(a, b));
  }
  const words = q.split(/\s+/);
  return all.filter((e) => words.every((w) => e.name.toLowerCase().includes(w))).sort(byNumber);
}

const byNumber = (a: { id: string }, b: { id: string }) =>
  Number(a.id.slice(4)) - Number(b.id.slice(4));

export default referenceRoutes;
