import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { MINIMAL_REPORT } from '../../../test/helpers/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

// PostgreSQL cannot store U+0000 in text: every route must answer 400, never 500, on both databases.
describe('NUL characters in request bodies', () => {
  it.each([
    [
      '/api/v1/reports',
      { ...MINIMAL_REPORT, impact: { description: 'a\u0000b' } },
      'impact.description',
    ],
    ['/api/v1/reports/assess', { title: 'XSS \u0000 in search' }, 'title'],
    [
      '/api/v1/accounts',
      { email: 'nul@example.org', password: 'long enough password', name: '\u0000' },
      'name',
    ],
    ['/api/v1/session', { email: 'nul\u0000@example.org', password: 'x' }, 'email'],
  ])('%s answers 400 naming the field', async (url, payload, path) => {
    const res = await app.inject({ method: 'POST', url, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([path]);
  });
});
