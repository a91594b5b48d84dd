/**
 * Every 401 carries a WWW-Authenticate challenge (RFC 9110 §11.6.1), with RFC 6750's
 * `invalid_token` when the request sent a bearer token that does not resolve.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { asStaff, createStaffToken } from '../../../test/helpers/staff.js';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const BARE = 'Bearer realm="vulndesk"';
const INVALID_TOKEN =
  'Bearer realm="vulndesk", error="invalid_token", error_description="the token is invalid or expired"';

const endpoints: InjectOptions[] = [
  { method: 'GET', url: '/api/v1/reports' },
  { method: 'GET', url: '/api/v1/metrics' },
  { method: 'GET', url: '/api/v1/me/reports' },
  { method: 'GET', url: '/api/v1/session' },
  {
    method: 'POST',
    url: '/api/v1/reports/VD-2026-00001/transitions',
    payload: { to: 'triage' },
  },
];

const withHeaders = (opts: InjectOptions, headers: Record<string, string>): InjectOptions => ({
  ...opts,
  headers: { ...opts.headers, ...headers },
});

describe('WWW-Authenticate on 401 answers', () => {
  it.each(endpoints)(
    '$method $url without credentials: the bare Bearer challenge',
    async (opts) => {
      const res = await app.inject(opts);
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['www-authenticate']).toBe(BARE);
    },
  );

  it.each(endpoints)('$method $url with a wrong bearer token: invalid_token', async (opts) => {
    for (const token of ['vdp_' + 'A'.repeat(43), 'vdt_' + 'A'.repeat(43), 'garbage']) {
      const res = await app.inject(withHeaders(opts, { authorization: `Bearer ${token}` }));
      expect(res.statusCode, token).toBe(401);
      expect(res.headers['www-authenticate'], token).toBe(INVALID_TOKEN);
    }
  });

  it('names no error for another scheme or an expired session cookie (RFC 6750 §3.1)', async () => {
    const basic = await app.inject(
      withHeaders(endpoints[0]!, { authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' }),
    );
    expect(basic.statusCode).toBe(401);
    expect(basic.headers['www-authenticate']).toBe(BARE);
    const cookie = await app.inject(withHeaders(endpoints[2]!, { cookie: 'vd_session=gone' }));
    expect(cookie.statusCode).toBe(401);
    expect(cookie.headers['www-authenticate']).toBe(BARE);
  });

  it('answers a submission with a wrong token with invalid_token', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { authorization: `Bearer vdp_${'B'.repeat(43)}` },
      payload: {},
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe(INVALID_TOKEN);
  });

  it('challenges a failed sign-in too', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'nobody@example.org', password: 'not the password' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe(BARE);
  });

  it('sends no challenge with answers other than 401', async () => {
    const auditor = await createStaffToken(app, { role: 'auditor' });
    const forbidden = await app.inject(asStaff(auditor, endpoints[4]!));
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.headers['www-authenticate']).toBeUndefined();
    const ok = await app.inject(asStaff(auditor, { method: 'GET', url: '/api/v1/metrics' }));
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['www-authenticate']).toBeUndefined();
  });
});

describe('the OpenAPI document', () => {
  it('names the challenge header on every 401 response', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    type Responses = Record<string, { headers?: Record<string, unknown> }>;
    const doc = res.json<{ paths: Record<string, Record<string, { responses?: Responses }>> }>();
    const unauthorized = Object.values(doc.paths)
      .flatMap((item) => Object.values(item))
      .flatMap((op) => (op.responses?.['401'] !== undefined ? [op.responses['401']] : []));
    expect(unauthorized.length).toBeGreaterThan(10);
    for (const response of unauthorized) {
      expect(response.headers).toHaveProperty('WWW-Authenticate');
    }
  });
});
