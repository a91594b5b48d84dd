import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';

/** The policy's directives, name → sources, whatever order helmet writes them in. */
function directives(csp: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (csp ?? '').split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(' ');
      return [name, sources.join(' ')];
    }),
  );
}

const CSP = {
  'default-src': "'self'",
  'script-src': "'self'",
  'script-src-attr': "'none'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self' https: data:",
  'connect-src': "'self'",
  'frame-ancestors': "'none'",
  'form-action': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'upgrade-insecure-requests': '',
};

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['an answer', 'GET', '/healthz', 200],
    ['a problem', 'GET', '/api/v1/reports/VULN-2026-0001', 404],
    ['a refused body', 'POST', '/api/v1/reports', 415],
  ] as const)('are on %s', async (_, method, url, status) => {
    const res = await t.inject({
      method,
      url,
      ...(method === 'POST' ? { headers: { 'content-type': 'text/plain' }, payload: 'x' } : {}),
    });
    expect(res.statusCode).toBe(status);
    expect(directives(res.headers['content-security-policy'] as string)).toEqual(CSP);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['cross-origin-embedder-policy']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
