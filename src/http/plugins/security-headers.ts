/**
 * Security headers on every response (Content-Security-Policy, HSTS, X-Content-Type-Options,
 * Referrer-Policy, …) from helmet. The header set is built once at start: helmet's Fastify
 * wrapper rebuilt it (parsing the CSP directives) on every request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** The policy of the API and the web app: same-origin everything, no framing, no plugins. */
const HEADERS = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
    },
  },
  crossOriginEmbedderPolicy: false,
} as const;

export function registerSecurityHeaders(app: FastifyInstance): void {
  const apply: (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void =
    helmet(HEADERS);
  app.addHook('onRequest', (request, reply, done) => {
    apply(request.raw, reply.raw, (err?: unknown) => {
      done(err instanceof Error ? err : undefined);
    });
  });
}
