/**
 * The product catalogue: families, products or online services and their versions. On SQLite,
 * and on PostgreSQL with DATABASE_URL.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { asStaff, createStaffToken, type StaffToken } from '../../../../test/helpers/staff.js';

interface Problem {
  code: string;
  errors: { path: string; message: string; rule?: string }[];
}
interface Catalogue {
  products: { id: string; url: string | null; versions: { name: string }[] }[];
}

let app: TestApp;
let manager: StaffToken;
let triager: StaffToken;
let serial = 0;

beforeAll(async () => {
  app = await buildTestApp();
  manager = await createStaffToken(app, { role: 'case-manager' });
  triager = await createStaffToken(app, { role: 'triager' });
});
afterAll(async () => {
  await app.close();
});

function as(who: StaffToken, request: InjectOptions): Promise<LightMyRequestResponse> {
  return app.inject(asStaff(who, request));
}

const addProduct = (payload: Record<string, unknown>) =>
  as(manager, {
    method: 'POST',
    url: '/api/v1/products',
    payload: { name: `Entry ${(serial += 1)}`, ...payload },
  });

async function idOf(res: LightMyRequestResponse): Promise<string> {
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function catalogue(): Promise<Catalogue> {
  const res = await as(manager, { method: 'GET', url: '/api/v1/products' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Catalogue>();
}

function expectProblem(res: LightMyRequestResponse, path: string, rule: string): void {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const problem = res.json<Problem>();
  expect(problem.code).toBe('validation-failed');
  expect(problem.errors).toEqual([expect.objectContaining({ path, rule })]);
}

describe('the product catalogue', () => {
  it('requires authentication', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/products' });
    expect(res.statusCode).toBe(401);
  });

  it('lets only roles that keep the catalogue change it', async () => {
    const res = await as(triager, {
      method: 'POST',
      url: '/api/v1/products',
      payload: { name: 'Not mine', kind: 'product' },
    });
    expect(res.statusCode).toBe(403);
  });

  describe('addresses', () => {
    it('keeps an https address, and an http one on the local host', async () => {
      const https = await idOf(
        await addProduct({ kind: 'online-service', url: 'https://cloud.example.com/' }),
      );
      const local = await idOf(
        await addProduct({ kind: 'product', url: 'http://localhost:8080/demo' }),
      );
      const urls = new Map((await catalogue()).products.map((p) => [p.id, p.url]));
      expect(urls.get(https)).toBe('https://cloud.example.com/');
      expect(urls.get(local)).toBe('http://localhost:8080/demo');
    });

    it('refuses an http address elsewhere, naming the field and its rule', async () => {
      expectProblem(
        await addProduct({ kind: 'online-service', url: 'http://cloud.example.com/' }),
        'url',
        'https-required',
      );
      const id = await idOf(await addProduct({ kind: 'product' }));
      expectProblem(
        await as(manager, {
          method: 'PATCH',
          url: `/api/v1/products/${id}`,
          payload: { url: 'http://forum.example.com/' },
        }),
        'url',
        'https-required',
      );
      expect((await catalogue()).products.find((p) => p.id === id)?.url).toBeNull();
    });
  });

  describe('versions', () => {
    const addVersion = (productId: string, name: string) =>
      as(manager, {
        method: 'POST',
        url: `/api/v1/products/${productId}/versions`,
        payload: { name },
      });

    it('adds versions to a product', async () => {
      const id = await idOf(await addProduct({ kind: 'product' }));
      await idOf(await addVersion(id, '4.2'));
      const product = (await catalogue()).products.find((p) => p.id === id);
      expect(product?.versions.map((v) => v.name)).toEqual(['4.2']);
    });

    it('refuses a version of an online service, naming the product', async () => {
      const id = await idOf(await addProduct({ kind: 'online-service' }));
      expectProblem(await addVersion(id, '2026 H1'), 'productId', 'not-allowed');
      expect((await catalogue()).products.find((p) => p.id === id)?.versions).toEqual([]);
    });

    it('answers 404 for a product that does not exist', async () => {
      const res = await addVersion('0190a1b2-0000-7000-8000-000000000000', '1.0');
      expect(res.statusCode).toBe(404);
    });
  });
});
