/**
 * The application as a Fastify instance: external plugins → app plugins → routes.
 * `main.ts` starts it; tests build it per file and call it through `inject`.
 */
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import { LocalBlobStore } from './blobs/local-blob-store.js';
import type { BlobStore } from './blobs/blob-store.js';
import { loadMasterKey } from './crypto/master-key.js';
import { DomainError } from './domain/errors.js';
import { addChallengeHeaders } from './http/openapi-challenge.js';
import { addMultipartBodies } from './http/openapi-multipart.js';
import { registerAuth } from './http/plugins/auth.js';
import { registerJsonBody } from './http/plugins/json-body.js';
import { registerProblemHandlers } from './http/plugins/problem.js';
import { registerSecurityHeaders } from './http/plugins/security-headers.js';
import { databaseRateLimitStore } from './http/plugins/rate-limit-store.js';
import { registerValidation } from './http/plugins/validation.js';
import { ProblemBody, StaffMemberBody } from './http/schemas.js';
import {
  DEFAULT_WEB_DIR,
  hasWebBuild,
  isAppRoute,
  registerWeb,
  sendAppIndex,
} from './http/plugins/web.js';
import accountsRoutes from './http/routes/accounts/index.js';
import healthRoutes from './http/routes/health/index.js';
import helpRoutes from './http/routes/help/index.js';
import meRoutes from './http/routes/me/index.js';
import metricsRoutes from './http/routes/metrics/index.js';
import referenceRoutes from './http/routes/reference/index.js';
import reportsRoutes from './http/routes/reports/index.js';
import attachmentRoutes from './http/routes/reports/attachments.js';
import followUpRoutes from './http/routes/reports/follow-up.js';
import {
  multipartLimits,
  registerStagedAttachmentCleanup,
} from './http/routes/reports/multipart.js';
import productRoutes from './http/routes/products/index.js';
import messageRoutes from './http/routes/reports/messages.js';
import triageRoutes from './http/routes/reports/triage.js';
import sessionRoutes from './http/routes/session/index.js';
import staffRoutes from './http/routes/staff/index.js';
import staffUserRoutes from './http/routes/staff-users/index.js';
import auditRoutes from './http/routes/audit/index.js';
import { createServices, type Services } from './services/index.js';

export const JSON_BODY_LIMIT = 1_048_576;

export interface AppOptions {
  config: Config;
  db: Db;
  clock?: () => Date;
  blobs?: BlobStore;
  /** The built web app; defaults to dist/web. Not served when it has no index.html. */
  webDir?: string;
  /** Pino logger options; `false` silences logs (tests). */
  logger?: boolean | object;
}

export interface App {
  fastify: FastifyInstance;
  services: Services;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const { config, db } = options;
  const clock = options.clock ?? (() => new Date());
  const masterKey = loadMasterKey(config.masterKey, config.dataDir);
  const blobs = options.blobs ?? new LocalBlobStore(path.join(config.dataDir, 'blobs'), masterKey);
  const services = createServices({ config, db, blobs, clock, masterKey });

  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // Report contents, tokens and keys never reach the log: only method, path and status.
            serializers: {
              req: (req: { method: string; url: string; id: string }) => ({
                method: req.method,
                url: req.url.split('?')[0],
                id: req.id,
              }),
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: config.trustProxy,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const webDir = options.webDir ?? DEFAULT_WEB_DIR;
  const web = hasWebBuild(webDir);
  registerValidation(app);
  registerJsonBody(app);
  registerProblemHandlers(app, web ? { appIndex: { isAppRoute, send: sendAppIndex } } : {});
  // The API speaks JSON (and multipart where files are accepted); anything else is a 415.
  app.removeContentTypeParser('text/plain');

  // external plugins
  registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    // Shared counters on PostgreSQL (many instances); in memory for the single SQLite process.
    ...(db.dialect === 'postgres'
      ? { store: databaseRateLimitStore(db, clock) as unknown as FastifyRateLimitStoreCtor }
      : {}),
    errorResponseBuilder: (_req, ctx) =>
      new DomainError(
        'rate-limited',
        `too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s`,
      ),
  });
  await app.register(multipart, { limits: multipartLimits(config.maxAttachmentMb * 1_048_576) });
  app.addSchema(ProblemBody);
  app.addSchema(StaffMemberBody);
  await app.register(swagger, {
    // Shared schemas keep their $id as their name under components.schemas.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
    transformObject: (document) =>
      'openapiObject' in document
        ? addChallengeHeaders(addMultipartBodies(document.openapiObject))
        : document.swaggerObject,
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'vulndesk API',
        version: '1',
        description:
          'Report vulnerabilities, follow them, and manage your researcher account; staff sign in with a password and a TOTP code, and auditors read the hash-chained audit log. Errors are RFC 9457 application/problem+json with the offending fields in `errors`.',
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description:
              'A report tracking token (vdt_…) or an account API token (vdp_…) of a researcher or a staff member.',
          },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'vd_session' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  // app plugins
  registerAuth(app, services.accounts);
  // Reports in flight are written before the server (and then the database) closes.
  app.addHook('onClose', () => services.reports.close());
  registerStagedAttachmentCleanup(app, services.attachments);

  // routes
  await app.register(healthRoutes, { db });
  await app.register(reportsRoutes, {
    services,
    publicUrl: config.publicUrl,
    rateLimit: { max: config.reportRateLimit, windowMinutes: config.reportRateWindowMinutes },
  });
  await app.register(referenceRoutes, {
    firstResponseHours: config.firstResponseHours,
    maxAttachmentMb: config.maxAttachmentMb,
  });
  await app.register(accountsRoutes, { services });
  await app.register(sessionRoutes, { services, cookieSecure: config.cookieSecure });
  await app.register(meRoutes, { services });
  await app.register(staffRoutes, { services });
  await app.register(staffUserRoutes, { services });
  await app.register(auditRoutes, { services });
  await app.register(followUpRoutes, { services, oncallEmail: config.oncallEmail });
  await app.register(helpRoutes, { help: services.help });
  await app.register(triageRoutes, { services });
  await app.register(messageRoutes, { services });
  await app.register(attachmentRoutes, { services });
  await app.register(productRoutes, { services });
  await app.register(metricsRoutes, { services });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  if (web) await registerWeb(app, webDir);

  await app.ready();
  return { fastify: app, services };
}
