import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { MINIMAL_REPORT } from '../../../test/helpers/factories.js';
import { MULTIPART_CONTENT_TYPE, multipart } from '../../../test/helpers/multipart.js';
import { asStaff, createStaffToken } from '../../../test/helpers/staff.js';
import { DomainError } from '../../domain/errors.js';
import { parseJsonBody, prototypeKeyPaths } from './json-body.js';

describe('prototypeKeyPaths', () => {
  it('names __proto__ keys and constructor.prototype wherever they are', () => {
    const value = JSON.parse(
      '{"__proto__":{"x":1},"a":{"b":[{"__proto__":null}]},"c":{"constructor":{"prototype":{}}}}',
    ) as unknown;
    expect(prototypeKeyPaths(value)).toEqual([
      '__proto__',
      'a.b[0].__proto__',
      'c.constructor.prototype',
    ]);
  });

  it('leaves harmless keys alone', () => {
    const value = JSON.parse(
      '{"constructor":"x","proto":1,"prototype":{},"a":[1,"__proto__"]}',
    ) as unknown;
    expect(prototypeKeyPaths(value)).toEqual([]);
  });
});

describe('parseJsonBody', () => {
  const refusal = (text: string): DomainError => {
    try {
      parseJsonBody(text);
    } catch (err) {
      if (err instanceof DomainError) return err;
    }
    throw new Error(`expected ${text} to be refused`);
  };

  it('refuses forbidden keys, also when written with escapes', () => {
    for (const text of ['{"\\u005f_proto__":{"x":1}}', '{"__pr\\u006fto__":1}']) {
      const err = refusal(text);
      expect(err.code).toBe('validation-failed');
      expect(err.errors).toEqual([
        { path: '__proto__', message: expect.stringMatching(/not allowed/) as string },
      ]);
    }
  });

  it('keeps calling text that is not JSON not valid JSON', () => {
    expect(refusal('{"title":').errors).toEqual([
      { path: '(body)', message: 'is not valid JSON', rule: 'format' },
    ]);
  });

  it('parses the rest, a byte order mark included', () => {
    expect(parseJsonBody('\ufeff{"a":"\\u00e9","constructor":"x"}')).toEqual({
      a: 'é',
      constructor: 'x',
    });
  });
});

describe('a JSON body with a key that could reach a prototype', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const poisoned = `{"__proto__":{"x":1},"title":"XSS in search","reproductionSteps":"Search","impact":{"description":"Runs."},"reporter":{"email":"someone@example.net","constructor":{"prototype":{"admin":true}}}}`;

  it('is refused by the submission with a 400 naming each key, not "not valid JSON"', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { 'content-type': 'application/json' },
      payload: poisoned,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json<{
      code: string;
      detail: string;
      errors: { path: string; message: string }[];
    }>();
    expect(body.code).toBe('validation-failed');
    expect(body.detail).not.toMatch(/valid JSON/);
    expect(body.errors.map((e) => e.path)).toEqual(['__proto__', 'reporter.constructor.prototype']);
    for (const e of body.errors) expect(e.message).toMatch(/not allowed/);
  });

  it('is refused in the report part of a multipart submission', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { 'content-type': MULTIPART_CONTENT_TYPE },
      payload: multipart([{ name: 'report', data: poisoned }]),
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ errors: { path: string }[] }>();
    expect(body.errors.map((e) => e.path)).toEqual(['__proto__', 'reporter.constructor.prototype']);
  });

  it('is refused by a staff endpoint the same way', async () => {
    const triager = await createStaffToken(app, { role: 'triager' });
    const submitted = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: MINIMAL_REPORT,
    });
    expect(submitted.statusCode).toBe(201);
    const { id } = submitted.json<{ id: string }>();
    const res = await app.inject(
      asStaff(triager, {
        method: 'POST',
        url: `/api/v1/reports/${id}/transitions`,
        headers: { 'content-type': 'application/json' },
        payload: '{"to":"triage","__proto__":{"status":"closed"}}',
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors).toEqual([
      { path: '__proto__', message: expect.stringMatching(/not allowed/) as string },
    ]);
    // Nothing moved.
    const view = await app.inject(
      asStaff(triager, { method: 'GET', url: `/api/v1/reports/${id}/case` }),
    );
    expect(view.json<{ status: string }>().status).toBe('new');
  });

  it('still answers a body that is not JSON with "not valid JSON"', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: unknown[] }>().errors).toEqual([
      { path: '(body)', message: 'is not valid JSON', rule: 'format' },
    ]);
  });
});
