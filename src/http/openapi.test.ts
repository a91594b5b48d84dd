import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { BOUNDED_FIELD_RULES, FIELD_RULES } from '../domain/field-rules.js';

type Json = { [key: string]: unknown };
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every property of every schema under `node`, with its path, that has no description. */
function undescribed(node: unknown, path: string, out: string[]): string[] {
  if (!isObject(node)) return out;
  const props = node.properties;
  if (isObject(props)) {
    for (const [name, schema] of Object.entries(props)) {
      const p = `${path}.${name}`;
      if (isObject(schema) && typeof schema.description !== 'string' && schema.$ref === undefined) {
        out.push(p);
      }
      undescribed(schema, p, out);
    }
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'properties') continue;
    if (Array.isArray(child)) child.forEach((c, i) => undescribed(c, `${path}.${key}[${i}]`, out));
    else undescribed(child, `${path}.${key}`, out);
  }
  return out;
}

describe('OpenAPI document', () => {
  let app: TestApp;
  let doc: Json;

  beforeAll(async () => {
    app = await buildTestApp();
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json<Json>();
  });
  afterAll(async () => {
    await app.close();
  });

  it('is OpenAPI 3.1 and lists the public intake contract', () => {
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths as Json);
    for (const p of [
      '/api/v1/reports',
      '/api/v1/reports/assess',
      '/api/v1/reports/{id}',
      '/api/v1/accounts',
      '/api/v1/session',
      '/api/v1/me/reports',
      '/api/v1/staff/enrolment',
      '/api/v1/audit',
      '/healthz',
    ]) {
      expect(paths).toContain(p);
    }
  });

  it('describes every field of every request and response', () => {
    const missing: string[] = [];
    for (const [route, item] of Object.entries(doc.paths as Json)) {
      for (const [method, op] of Object.entries(item as Json)) {
        undescribed(op, `${method.toUpperCase()} ${route}`, missing);
      }
    }
    // The shared schemas the routes reference (the problem details).
    const shared = (doc.components as { schemas?: Json }).schemas ?? {};
    for (const [name, schema] of Object.entries(shared)) {
      if (isObject(schema) && typeof schema.description !== 'string') missing.push(name);
      undescribed(schema, `components.schemas.${name}`, missing);
    }
    expect(Object.keys(shared)).toContain('Problem');
    expect(missing).toEqual([]);
    // The walk must have seen the submission body's fields, or it proves nothing.
    expect(JSON.stringify(doc.paths)).toContain('reproductionSteps');
  });

  it('lists and explains every rule a field error may name, and the rules with a limit', () => {
    const problem = (doc.components as { schemas: Record<string, Json> }).schemas.Problem;
    const errors = (problem?.properties as Record<string, Json>).errors;
    const item = (errors?.items as Json).properties as Record<string, Json>;
    expect(item.rule?.enum).toEqual([...FIELD_RULES]);
    const named = (text: unknown, rule: string) =>
      new RegExp(`(?<![\\w-])${rule}(?![\\w-])`).test(String(text));
    expect(FIELD_RULES.filter((r) => !named(item.rule?.description, r))).toEqual([]);
    expect(BOUNDED_FIELD_RULES.filter((r) => !named(item.limit?.description, r))).toEqual([]);
  });

  it('documents the multipart form of the submission', () => {
    const post = (doc.paths as Record<string, Record<string, Json>>)['/api/v1/reports']?.post;
    const content = (post?.requestBody as { content: Json }).content;
    expect(Object.keys(content).sort()).toEqual(['application/json', 'multipart/form-data']);
  });

  it('serves the interactive documentation at /api/docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
