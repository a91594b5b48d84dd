import v8 from 'node:v8';
import vm from 'node:vm';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buildTestApp } from './test/helpers/app.ts';
import { buildReport } from './test/helpers/factories.ts';
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const app = await buildTestApp({ MAX_ATTACHMENT_MB: '60' });
const B = 'XbOuNdArY123';
const head = Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="report"\r\n\r\n${JSON.stringify(buildReport())}\r\n--${B}\r\nContent-Disposition: form-data; name="attachments"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);
const tail = Buffer.from(`\r\n--${B}--\r\n`);
const mem = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
for (const mode of ['buffer', 'stream', 'buffer', 'stream']) {
  let payload: Buffer | Readable;
  if (mode === 'buffer') payload = Buffer.concat([head, randomBytes(50 * 1048576), tail]);
  else { let left = 50 * 16; payload = new Readable({ read() { if (left === 0 && this.readableLength === 0) { if (left === 0) { this.push(tail); this.push(null); left = -1; } return; } if (left > 0) { if (left === 800) this.push(head); this.push(randomBytes(65536)); left -= 1; } } }); }
  gc(); gc();
  const before = mem();
  let peak = before;
  let samples = 0; const timer = setInterval(() => { gc(); samples++; peak = Math.max(peak, mem()); }, 20);
  const t0 = Date.now();
  const res = await app.inject({ method: 'POST', url: '/api/v1/reports', payload, headers: { 'content-type': `multipart/form-data; boundary=${B}` } });
  clearInterval(timer);
  peak = Math.max(peak, mem());
  gc();
  console.log(mode, samples, res.statusCode, 'peak+', ((peak - before) / 1048576).toFixed(1), 'MB', 'after+', ((mem() - before) / 1048576).toFixed(1), Date.now() - t0, 'ms');
}
await app.close();
