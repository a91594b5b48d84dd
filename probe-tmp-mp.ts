import fs from 'node:fs';
import { buildTestApp } from './test/helpers/app.ts';
import { buildReport } from './test/helpers/factories.ts';
const app = await buildTestApp({ MAX_ATTACHMENT_MB: '1' });
const B = 'XbOuNdArY123';
type Part = { name: string; filename?: string; type?: string; data: string | Buffer };
function mp(parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    let h = `--${B}\r\nContent-Disposition: form-data; name="${p.name}"`;
    if (p.filename !== undefined) h += `; filename="${p.filename}"`;
    h += '\r\n';
    if (p.type) h += `Content-Type: ${p.type}\r\n`;
    chunks.push(Buffer.from(h + '\r\n'), Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${B}--\r\n`));
  return Buffer.concat(chunks);
}
const rep = JSON.stringify(buildReport());
const cases: [string, Part[]][] = [
  ['ok', [{ name: 'report', data: rep }, { name: 'attachments', filename: 'a.txt', type: 'text/plain', data: 'hello' }]],
  ['jsonpart', [{ name: 'report', type: 'application/json', data: rep }]],
  ['jsonpartbad', [{ name: 'report', type: 'application/json', data: '{bad' }]],
  ['reportfile', [{ name: 'report', filename: 'r.json', type: 'application/json', data: rep }]],
  ['toolarge', [{ name: 'report', data: rep }, { name: 'attachments', filename: 'big.bin', data: Buffer.alloc(1_500_000, 1) }]],
  ['exact', [{ name: 'report', data: rep }, { name: 'attachments', filename: 'big.bin', data: Buffer.alloc(1_048_576, 1) }]],
  ['exact+1', [{ name: 'report', data: rep }, { name: 'attachments', filename: 'big.bin', data: Buffer.alloc(1_048_577, 1) }]],
  ['eleven', [{ name: 'report', data: rep }, ...Array.from({ length: 11 }, (_, i) => ({ name: 'attachments', filename: `f${i}.txt`, data: 'x' }))]],
  ['noreport', [{ name: 'attachments', filename: 'a.txt', data: 'x' }]],
  ['badjson', [{ name: 'report', data: '{bad' }]],
  ['unknownfield', [{ name: 'report', data: rep }, { name: 'note', data: 'x' }]],
  ['unknownfile', [{ name: 'report', data: rep }, { name: 'file', filename: 'a', data: 'x' }]],
  ['invalid', [{ name: 'attachments', filename: 'a.txt', data: 'x' }, { name: 'report', data: JSON.stringify(buildReport({ title: 1 })) }]],
  ['twice', [{ name: 'report', data: rep }, { name: 'report', data: rep }]],
  ['bigreport', [{ name: 'report', data: JSON.stringify(buildReport({ proofOfConcept: 'x'.repeat(1_100_000) })) }]],
  ['empty', []],
];
for (const [name, parts] of cases) {
  const t = setTimeout(() => console.log('waiting on', name), 5000);
  const res = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: mp(parts), headers: { 'content-type': `multipart/form-data; boundary=${B}` } });
  clearTimeout(t);
  await new Promise((r) => setTimeout(r, 50));
  const files = fs.existsSync(app.testDb.dataDir + '/blobs') ? fs.readdirSync(app.testDb.dataDir + '/blobs', { recursive: true }) : [];
  console.log(name, res.statusCode, res.body.slice(0, 400), JSON.stringify(files).length);
}
const res = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: 'garbage', headers: { 'content-type': `multipart/form-data` } });
console.log('noboundary', res.statusCode, res.body);
const res2 = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: 'garbage', headers: { 'content-type': `multipart/form-data; boundary=${B}` } });
console.log('garbage', res2.statusCode, res2.body);
await app.close();
