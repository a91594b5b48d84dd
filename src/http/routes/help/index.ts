/**
 * "My problem is something else": the destinations for problems that are not vulnerabilities.
 * Public and the same for everyone, so answers are cacheable and carry an ETag.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { HelpLanguage } from '../../../domain/help/destinations.js';
import type { HelpService } from '../../../services/help.service.js';
import { ProblemSchema } from '../../schemas.js';
import { HelpDestinationsQuery, HelpDestinationsView } from './schema.js';

export interface HelpRoutesOptions {
  help: HelpService;
}

const CACHE = 'public, max-age=300';

const helpRoutes: FastifyPluginAsyncTypebox<HelpRoutesOptions> = async (app, { help }) => {
  /** Each language's answer and its ETag; the settings do not change while the process runs. */
  const answers = new Map<HelpLanguage, { body: HelpDestinationsBody; etag: string }>();
  const answer = (language: HelpLanguage) => {
    let found = answers.get(language);
    if (found === undefined) {
      const body = present(language, help);
      const hash = createHash('sha256').update(JSON.stringify(body)).digest('base64url');
      found = { body, etag: `"${hash.slice(0, 27)}"` };
      answers.set(language, found);
    }
    return found;
  };

  app.get(
    '/api/v1/help/destinations',
    {
      schema: {
        tags: ['help'],
        summary: 'Where to get help with problems that are not vulnerabilities',
        description:
          'Account recovery, sign-in problems, malware, phishing and scams, fraud, update installation and technical information, support, community, feedback and piracy: each with what to do and where to go. Configured by the operator (HELP_DESTINATIONS_FILE). Public and cacheable (ETag, If-None-Match).',
        querystring: HelpDestinationsQuery,
        response: {
          200: HelpDestinationsView,
          304: Type.Null({
            description: 'Not modified: the copy named in If-None-Match is current.',
          }),
          400: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { body, etag } = answer(request.query.lang ?? 'en');
      void reply.header('cache-control', CACHE).header('etag', etag);
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      return body;
    },
  );
};

type HelpDestinationsBody = Static<typeof HelpDestinationsView>;

/** RFC 9110 If-None-Match: a list of (possibly weak) tags, or `*`. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

function present(language: HelpLanguage, help: HelpService): HelpDestinationsBody {
  return {
    language,
    items: help.listDestinations(language).map((d) => ({
      id: d.id,
      group: d.group,
      title: d.title,
      text: d.text,
      ...(d.target.kind === 'url' ? { url: d.target.url } : { email: d.target.email }),
    })),
  };
}

export default helpRoutes;
