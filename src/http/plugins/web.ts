/**
 * Serves the built web app (dist/web): hashed assets cached for a year, index.html never cached,
 * and index.html for any other GET that is not under /api/ or /.well-known/ (the app routes it).
 * Scripts and stylesheets go out brotli- or gzip-compressed when the browser accepts it, from the
 * copies the build writes beside them (`x.js.br`, `x.js.gz`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** dist/web beside src/ and dist/ alike (both are one level below the project root). */
export const DEFAULT_WEB_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../dist/web',
);

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';

export function hasWebBuild(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'index.html'));
}

export async function registerWeb(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: false,
    wildcard: false,
    etag: true,
    lastModified: true,
    preCompressed: true,
    setHeaders(res, filePath) {
      // The compressed copy of a file is cached like the file.
      const rel = path.relative(dir, filePath).replace(/\.(br|gz)$/, '');
      if (rel.startsWith(`assets${path.sep}`)) res.header('cache-control', IMMUTABLE);
      else if (rel === 'index.html') res.header('cache-control', NO_CACHE);
      else res.header('cache-control', 'public, max-age=3600');
    },
  });
}

/** True for a request the single-page app should answer with index.html. */
export function isAppRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = request.url;
  if (url.startsWith('/api/') || url === '/api' || url.startsWith('/.well-known/')) return false;
  if (url.startsWith('/assets/')) return false; // a missing hashed asset is a real 404
  const accept = request.headers.accept ?? '';
  return accept === '' || accept.includes('text/html') || accept.includes('*/*');
}

export function sendAppIndex(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', NO_CACHE)
    .type('text/html; charset=utf-8')
    .sendFile('index.html');
}
