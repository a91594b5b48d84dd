import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.js';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';

const SCRIPT = `export const texts = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `text ${i}`))};`;

describe('serving the web app', () => {
  let base: TestApp;
  let app: App;
  let webDir: string;

  beforeAll(async () => {
    base = await buildTestApp();
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(webDir, 'assets', 'index-Ab12Cd34.js'), 'console.log(1)');
    // As the build writes them: compressed copies beside a script.
    const script = path.join(webDir, 'assets', 'page-Ef56Gh78.js');
    fs.writeFileSync(script, SCRIPT);
    fs.writeFileSync(`${script}.br`, zlib.brotliCompressSync(SCRIPT));
    fs.writeFileSync(`${script}.gz`, zlib.gzipSync(SCRIPT));
    app = await buildApp({ config: base.config, db: base.testDb.db, webDir, logger: false });
  });
  afterAll(async () => {
    await app.fastify.close();
    await base.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('caches hashed assets for a year and never caches the index', async () => {
    const asset = await app.fastify.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = await app.fastify.inject({
      method: 'GET',
      url: '/',
      headers: { accept: 'text/html' },
    });
    expect(index.statusCode).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.body).toContain('<div id="root">');
  });

  it('sends the compressed copy the browser accepts, cached like the file', async () => {
    const url = '/assets/page-Ef56Gh78.js';
    const get = (acceptEncoding?: string) =>
      app.fastify.inject({
        method: 'GET',
        url,
        headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
      });
    const br = await get('gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    const gzip = await get('gzip, deflate');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    for (const res of [br, gzip, plain]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.vary).toMatch(/accept-encoding/i);
    }
  });

  it('answers app routes with the index, so the app can route them', async () => {
    for (const url of ['/report', '/track?id=VD-2026-00001', '/account/tokens', '/no/such/page']) {
      const res = await app.fastify.inject({
        method: 'GET',
        url,
        headers: { accept: 'text/html' },
      });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
    }
  });

  it('keeps problem+json 404s under /api/, /.well-known/ and for missing assets', async () => {
    for (const url of ['/api/v1/nothing', '/.well-known/nothing', '/assets/missing-0000.js']) {
      const res = await app.fastify.inject({
        method: 'GET',
        url,
        headers: { accept: 'text/html' },
      });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
    }
    const post = await app.fastify.inject({ method: 'POST', url: '/report', payload: {} });
    expect(post.statusCode).toBe(404);
  });

  it('answers 404 problem+json for every path when the app is not built', async () => {
    const res = await base.inject({
      method: 'GET',
      url: '/report',
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
