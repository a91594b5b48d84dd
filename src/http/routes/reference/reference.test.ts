import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { searchCwe } from './index.js';

let app: TestApp;
beforeAll(async () => {
  app = await buildTestApp({ FIRST_RESPONSE_HOURS: '36', MAX_ATTACHMENT_MB: '50' });
});
afterAll(async () => {
  await app.close();
});

describe('authentication', () => {
  it('needs none: reference data is public and cacheable', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/meta' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });
});

describe('bad input', () => {
  it('names the vector when it is invalid', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/cvss/score?vector=CVSS:3.1/AV:Q' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'vector',
    ]);
  });

  it('needs a vector, and limits the CWE page size', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/cvss/score' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/cwe?limit=0' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/cwe?limit=1001' })).statusCode).toBe(
      400,
    );
  });
});

describe('happy path', () => {
  it('tells the configured promise and limits', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/meta' });
    expect(res.json()).toEqual({
      firstResponseHours: 36,
      maxAttachmentMb: 50,
      maxAttachments: 10,
      maxMessageLength: 50_000,
      languages: ['en', 'ja'],
    });
  });

  it('scores CVSS 3.1 and 4.0 vectors', async () => {
    const v31 = await app.inject({
      method: 'GET',
      url: `/api/v1/cvss/score?vector=${encodeURIComponent('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')}`,
    });
    expect(v31.json()).toEqual({
      version: '3.1',
      score: 9.8,
      baseScore: 9.8,
      severity: 'critical',
    });
    const v40 = await app.inject({
      method: 'GET',
      url: `/api/v1/cvss/score?vector=${encodeURIComponent('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:H/SA:L')}`,
    });
    expect(v40.json()).toMatchObject({ version: '4.0', score: 9.2, severity: 'critical' });
  });

  it('searches the CWE catalogue by id and by words of the name', async () => {
    const byId = await app.inject({ method: 'GET', url: '/api/v1/cwe?q=CWE-79&limit=3' });
    expect(byId.json<{ items: { id: string }[] }>().items[0]).toEqual({
      id: 'CWE-79',
      name: "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
    });
    const byWords = await app.inject({ method: 'GET', url: '/api/v1/cwe?q=buffer%20heap' });
    expect(byWords.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain('CWE-122');
    const all = await app.inject({ method: 'GET', url: '/api/v1/cwe?limit=1000' });
    expect(all.json<{ total: number }>().total).toBe(968);
  });
});

describe('searchCwe', () => {
  it('ranks exact ids before longer ids with the same digits', () => {
    expect(
      searchCwe('79')
        .slice(0, 2)
        .map((e) => e.id),
    ).toEqual(['CWE-79', 'CWE-790']);
    expect(searchCwe('cwe79')[0]?.id).toBe('CWE-79');
    expect(searchCwe('no such weakness at all')).toEqual([]);
  });
});
