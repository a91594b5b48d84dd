import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggableError, registerProblemHandlers } from './problem.js';

describe('loggableError', () => {
  it('keeps type, code and message, and drops the values a database error carries', () => {
    const err = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: 'Key (email)=(secret@example.org) already exists.',
      parameters: ['secret report body'],
    });
    const logged = loggableError(err);
    expect(logged).toMatchObject({ type: 'Error', code: '23505', message: err.message });
    expect(JSON.stringify(logged)).not.toContain('secret');
  });
});

describe('a database that could not take a lock in time', () => {
  it.each(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', '55P03', '40001', '40P01'])(
    '%s answers 503 problem+json with Retry-After, not 500',
    async (code) => {
      const app = Fastify({ logger: false });
      registerProblemHandlers(app);
      app.post('/write', () => {
        throw Object.assign(new Error('database is locked'), { code });
      });
      const res = await app.inject({ method: 'POST', url: '/write' });
      await app.close();
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('1');
      const body = res.json<{ status: number; detail: string }>();
      expect(body.status).toBe(503);
      expect(body.detail).toMatch(/busy/);
    },
  );

  it('leaves other errors a 500 without Retry-After', async () => {
    const app = Fastify({ logger: false });
    registerProblemHandlers(app);
    app.post('/write', () => {
      throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
    });
    const res = await app.inject({ method: 'POST', url: '/write' });
    await app.close();
    expect(res.statusCode).toBe(500);
    expect(res.headers['retry-after']).toBeUndefined();
  });
});
