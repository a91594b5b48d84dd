import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.js';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { usingPostgres } from '../../../test/helpers/db.js';
import { MINIMAL_REPORT } from '../../../test/helpers/factories.js';

describe('anonymous submission rate limit', () => {
  let app: TestApp;
  let second: App;

  beforeAll(async () => {
    app = await buildTestApp({ REPORT_RATE_LIMIT: '2', REPORT_RATE_WINDOW_MINUTES: '10' });
    // A second instance on the same database, as behind a load balancer.
    second = await buildApp({
      config: app.config,
      db: app.testDb.db,
      clock: app.clock.now,
      logger: false,
    });
  });
  afterAll(async () => {
    await second.fastify.close();
    await app.close();
  });

  const submit = (target: TestApp['fastify'], ip: string) =>
    target.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: MINIMAL_REPORT,
      remoteAddress: ip,
    });

  it('answers 429 problem+json with Retry-After once an address is over the limit', async () => {
    expect((await submit(app.fastify, '192.0.2.1')).statusCode).toBe(201);
    expect((await submit(app.fastify, '192.0.2.1')).statusCode).toBe(201);
    const limited = await submit(app.fastify, '192.0.2.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ status: 429, code: 'rate-limited' });
    // Another address is not affected.
    expect((await submit(app.fastify, '192.0.2.2')).statusCode).toBe(201);
  });

  it.runIf(usingPostgres())('counts across instances sharing one PostgreSQL database', async () => {
    expect((await submit(app.fastify, '198.51.100.7')).statusCode).toBe(201);
    expect((await submit(second.fastify, '198.51.100.7')).statusCode).toBe(201);
    expect((await submit(second.fastify, '198.51.100.7')).statusCode).toBe(429);
    expect((await submit(app.fastify, '198.51.100.7')).statusCode).toBe(429);
  });

  // The in-memory store of the SQLite setup follows the real clock, not the test clock.
  it.runIf(usingPostgres())('starts a new window after the old one has passed', async () => {
    expect((await submit(app.fastify, '192.0.2.1')).statusCode).toBe(429);
    app.clock.advance(11 * 60_000);
    expect((await submit(app.fastify, '192.0.2.1')).statusCode).toBe(201);
  });
});
