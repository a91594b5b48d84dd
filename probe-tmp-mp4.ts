import { buildTestApp } from './test/helpers/app.ts';
import { toDomainError } from './src/http/plugins/problem.ts';
import type { FastifyError } from 'fastify';
const app = await buildTestApp({ MAX_ATTACHMENT_MB: '1' });
for (const ct of ['multipart/form-data', 'multipart/form-data; boundary=abc', 'multipart/mixed; boundary=abc']) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: 'garbage', headers: { 'content-type': ct } });
  console.log(ct, res.statusCode, res.body.slice(0, 200));
}
// call busboy directly via request.parts in a bare fastify
import Fastify from 'fastify';
import multipart from '@fastify/multipart';
const f = Fastify();
await f.register(multipart);
f.post('/x', async (req) => { try { for await (const p of req.parts()) { void p; } } catch (e) { const err = e as FastifyError; console.log('caught', err.code, err.statusCode, err.message); throw e; } return 'ok'; });
for (const ct of ['multipart/form-data', 'multipart/form-data; boundary=abc']) {
  const r = await f.inject({ method: 'POST', url: '/x', payload: 'garbage', headers: { 'content-type': ct } });
  console.log(ct, r.statusCode, r.body.slice(0, 200));
}
await app.close();
