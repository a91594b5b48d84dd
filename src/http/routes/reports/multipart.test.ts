import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { buildReport, without } from '../../../../test/helpers/factories.js';
import {
  BOUNDARY,
  attachment,
  blobsDir,
  filesUnder,
  multipart,
  sha256,
  storedBlobs,
  tmpDir,
  type Part,
} from '../../../../test/helpers/multipart.js';
import { LocalBlobStore } from '../../../blobs/local-blob-store.js';
import { loadMasterKey } from '../../../crypto/master-key.js';

interface ProblemBody {
  status: number;
  code: string;
  errors: { path: string; message: string }[];
}

interface CreatedBody {
  id: string;
  trackingToken: string;
  quality: { tier: string; missing: string[] };
}

interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

interface DetailBody {
  report: Record<string, unknown>;
  attachments: AttachmentView[];
  timeline: { kind: string; data: Record<string, unknown> }[];
}

const REPORTS = '/api/v1/reports';
const MiB = 1_048_576;
const MARKER = 'PLAINTEXT-MARKER-d41d8cd98f00b204';

function postMultipart(
  app: TestApp,
  parts: Part[] | Buffer,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: REPORTS,
    payload: Buffer.isBuffer(parts) ? parts : multipart(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
  });
}

const reportPart = (report: unknown = buildReport()): Part => ({
  name: 'report',
  data: JSON.stringify(report),
});

function problem(res: LightMyRequestResponse, status: number, code: string): ProblemBody {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const body = res.json<ProblemBody>();
  expect(body).toMatchObject({ status, code });
  return body;
}

function created(res: LightMyRequestResponse): CreatedBody {
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CreatedBody>();
}

/** Staged files are deleted in onResponse, which may finish just after inject resolves. */
async function expectNoBlobFiles(app: TestApp): Promise<void> {
  await vi.waitFor(
    () => {
      expect(filesUnder(blobsDir(app))).toEqual([]);
    },
    { timeout: 2000, interval: 20 },
  );
}

async function countReports(app: TestApp): Promise<number> {
  const row = await app.testDb.db.kysely
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('POST /api/v1/reports (multipart)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp({ MAX_ATTACHMENT_MB: '1' });
  });
  afterAll(async () => {
    await app.close();
  });

  describe('authentication', () => {
    it('answers 401 to an unknown token without storing the attachments', async () => {
      const res = await postMultipart(app, [reportPart(), attachment('poc.txt', MARKER)], {
        authorization: 'Bearer vdt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      });
      problem(res, 401, 'unauthorized');
      await expectNoBlobFiles(app);
      expect(await countReports(app)).toBe(0);
    });
  });

  describe('bad input', () => {
    it('answers 413 naming attachments[0] for a file over MAX_ATTACHMENT_MB, keeping nothing', async () => {
      const res = await postMultipart(app, [
        reportPart(),
        attachment('big.bin', randomBytes(1.5 * MiB), 'application/octet-stream'),
      ]);
      const body = problem(res, 413, 'payload-too-large');
      expect(body.errors).toEqual([
        { path: 'attachments[0]', message: 'larger than 1 MB', rule: 'file-too-large', limit: 1 },
      ]);
      await expectNoBlobFiles(app);
      expect(await countReports(app)).toBe(0);
    });

    it('answers 413 naming attachments[1] and deletes the first file, already stored', async () => {
      const res = await postMultipart(app, [
        reportPart(),
        attachment('small.txt', MARKER),
        attachment('big.bin', randomBytes(MiB + 1)),
      ]);
      const body = problem(res, 413, 'payload-too-large');
      expect(body.errors.map((e) => e.path)).toEqual(['attachments[1]']);
      await expectNoBlobFiles(app);
      expect(await countReports(app)).toBe(0);
    });

    it('answers 413 to 11 attachments and deletes the 10 already stored', async () => {
      const files = Array.from({ length: 11 }, (_, i) => attachment(`f${i}.txt`, `file ${i}`));
      const res = await postMultipart(app, [reportPart(), ...files]);
      const body = problem(res, 413, 'payload-too-large');
      expect(body.errors.map((e) => e.path)).toEqual(['attachments']);
      await expectNoBlobFiles(app);
      expect(await countReports(app)).toBe(0);
    });

    it('answers 400 naming report when the report part is missing', async () => {
      const res = await postMultipart(app, [attachment('poc.txt', MARKER)]);
      const body = problem(res, 400, 'validation-failed');
      expect(body.errors).toEqual([{ path: 'report', message: 'is required', rule: 'required' }]);
      await expectNoBlobFiles(app);
    });

    it('answers 400 naming report for an empty multipart body', async () => {
      const body = problem(await postMultipart(app, []), 400, 'validation-failed');
      expect(body.errors.map((e) => e.path)).toEqual(['report']);
    });

    it.each<[string, Part]>([
      ['a text part', { name: 'report', data: '{"title": ' }],
      ['a part declared as JSON', { name: 'report', contentType: 'application/json', data: '{' }],
      ['a file part', { name: 'report', filename: 'r.json', data: 'not json' }],
    ])('answers 400 naming report for invalid JSON in %s', async (_name, part) => {
      const res = await postMultipart(app, [part, attachment('poc.txt', MARKER)]);
      const body = problem(res, 400, 'validation-failed');
      expect(body.errors.map((e) => e.path)).toEqual(['report']);
      await expectNoBlobFiles(app);
    });

    it('answers 413 naming report for a report part over 1 MiB', async () => {
      const report = buildReport({ proofOfConcept: 'A'.repeat(MiB) });
      const body = problem(
        await postMultipart(app, [reportPart(report)]),
        413,
        'payload-too-large',
      );
      expect(body.errors.map((e) => e.path)).toEqual(['report']);
    });

    it('answers 400 when the report part comes twice', async () => {
      const body = problem(
        await postMultipart(app, [reportPart(), reportPart()]),
        400,
        'validation-failed',
      );
      expect(body.errors).toEqual([{ path: 'report', message: 'sent more than once' }]);
    });

    it.each<[string, Part]>([
      ['a text part', { name: 'note', data: 'hello' }],
      ['a file part', { name: 'file', filename: 'poc.txt', data: MARKER }],
    ])('answers 400 unknown-field naming an unknown %s', async (_name, part) => {
      const res = await postMultipart(app, [reportPart(), attachment('a.txt', 'a'), part]);
      const body = problem(res, 400, 'unknown-field');
      expect(body.errors.map((e) => e.path)).toEqual([part.name]);
      await expectNoBlobFiles(app);
    });

    it('answers 400 to an invalid report and deletes its staged attachments', async () => {
      const res = await postMultipart(app, [
        attachment('poc.txt', MARKER),
        attachment('crash.bin', randomBytes(200_000)),
        reportPart(buildReport({ title: 42, reporter: { phone: '1' } })),
      ]);
      const body = problem(res, 400, 'validation-failed');
      expect(body.errors.map((e) => e.path).sort()).toEqual(['reporter.phone', 'title']);
      await expectNoBlobFiles(app);
      expect(await countReports(app)).toBe(0);
    });

    it('answers 400 to a report that fails a rule after the schema, deleting the files', async () => {
      const res = await postMultipart(app, [
        reportPart(buildReport({ reporter: { pgpKey: 'not a key' } })),
        attachment('poc.txt', MARKER),
      ]);
      const body = problem(res, 400, 'validation-failed');
      expect(body.errors.map((e) => e.path)).toEqual(['reporter.pgpKey']);
      await expectNoBlobFiles(app);
      expect(await countReports(app)).toBe(0);
    });

    it.each([
      ['no boundary', 'multipart/form-data'],
      ['a boundary that is not in the body', 'multipart/form-data; boundary=elsewhere'],
    ])('answers 400, not 500, to a multipart body with %s', async (_name, contentType) => {
      const res = await app.inject({
        method: 'POST',
        url: REPORTS,
        payload: multipart([reportPart()]),
        headers: { 'content-type': contentType },
      });
      const body = problem(res, 400, 'validation-failed');
      expect(body.errors.map((e) => e.path)).toEqual(['(body)']);
    });

    it('answers 400 to a body cut off in the middle of a file', async () => {
      const full = multipart([reportPart(), attachment('poc.bin', randomBytes(300_000))]);
      const res = await postMultipart(app, full.subarray(0, full.length - 100_000));
      const body = problem(res, 400, 'validation-failed');
      expect(body.errors.map((e) => e.path)).toEqual(['(body)']);
      await expectNoBlobFiles(app);
    });

    it('stored no report for any of the above', async () => {
      expect(await countReports(app)).toBe(0);
    });
  });

  describe('happy path', () => {
    it('stores two attachments encrypted and lists them with size and SHA-256', async () => {
      const binary = randomBytes(Math.floor(0.9 * MiB));
      const text = `${MARKER}\nGET /search?q=<script>alert(1)</script> HTTP/1.1\n`.repeat(50);
      const res = await postMultipart(app, [
        reportPart(),
        attachment('crash.bin', binary, 'application/octet-stream'),
        attachment('notes.txt', text, 'text/plain'),
      ]);
      const body = created(res);

      const detail = await app.inject({
        method: 'GET',
        url: `${REPORTS}/${body.id}`,
        headers: { authorization: `Bearer ${body.trackingToken}` },
      });
      expect(detail.statusCode).toBe(200);
      const view = detail.json<DetailBody>();
      expect(view.report).toEqual(buildReport());
      expect(view.attachments).toEqual([
        {
          id: expect.any(String) as string,
          filename: 'crash.bin',
          contentType: 'application/octet-stream',
          size: binary.length,
          sha256: sha256(binary),
        },
        {
          id: expect.any(String) as string,
          filename: 'notes.txt',
          contentType: 'text/plain',
          size: Buffer.byteLength(text),
          sha256: sha256(text),
        },
      ]);
      expect(view.timeline).toEqual([
        expect.objectContaining({
          kind: 'received',
          data: { attachments: 2, qualityTier: 'high' },
        }) as unknown,
      ]);

      // On disk: exactly two blobs, nothing left in staging, no plaintext.
      const files = storedBlobs(app);
      expect(files).toHaveLength(2);
      expect(filesUnder(tmpDir(app))).toEqual([]);
      for (const file of files) {
        const raw = fs.readFileSync(file);
        expect(raw.includes(Buffer.from(MARKER))).toBe(false);
        expect(raw.includes(binary.subarray(1000, 1064))).toBe(false);
      }

      // The rows point at the blobs, and the blobs decrypt to what was sent.
      const rows = await app.testDb.db.kysely
        .selectFrom('attachments')
        .innerJoin('reports', 'reports.id', 'attachments.reportId')
        .select(['attachments.blobKey', 'attachments.position', 'attachments.size'])
        .where('reports.ref', '=', body.id)
        .orderBy('attachments.position')
        .execute();
      expect(rows.map((r) => [r.position, r.size])).toEqual([
        [0, binary.length],
        [1, Buffer.byteLength(text)],
      ]);
      const store = new LocalBlobStore(blobsDir(app), loadMasterKey(undefined, app.testDb.dataDir));
      const contents: Buffer[] = [];
      for (const row of rows) {
        expect(files.map((f) => path.basename(f))).toContain(row.blobKey);
        const chunks: Buffer[] = [];
        for await (const chunk of await store.get(row.blobKey)) chunks.push(chunk as Buffer);
        contents.push(Buffer.concat(chunks));
      }
      expect(contents[0]?.equals(binary)).toBe(true);
      expect(contents[1]?.toString('utf8')).toBe(text);
    });

    it('accepts a file of exactly MAX_ATTACHMENT_MB', async () => {
      const data = randomBytes(MiB);
      const body = created(await postMultipart(app, [reportPart(), attachment('max.bin', data)]));
      const row = await app.testDb.db.kysely
        .selectFrom('attachments')
        .innerJoin('reports', 'reports.id', 'attachments.reportId')
        .select(['attachments.size', 'attachments.sha256'])
        .where('reports.ref', '=', body.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ size: MiB, sha256: sha256(data) });
    });

    it('accepts ten attachments, and an empty file', async () => {
      const files = Array.from({ length: 10 }, (_, i) =>
        attachment(`f${i}.txt`, i === 0 ? '' : `${i}`),
      );
      const body = created(await postMultipart(app, [reportPart(), ...files]));
      const view = (
        await app.inject({
          method: 'GET',
          url: `${REPORTS}/${body.id}`,
          headers: { authorization: `Bearer ${body.trackingToken}` },
        })
      ).json<DetailBody>();
      expect(view.attachments.map((a) => [a.filename, a.size])).toEqual(
        files.map((f, i) => [f.filename, i === 0 ? 0 : 1]),
      );
    });

    it('takes the report part as JSON-typed text or as a file', async () => {
      for (const part of [
        { name: 'report', contentType: 'application/json', data: JSON.stringify(buildReport()) },
        {
          name: 'report',
          filename: 'report.json',
          contentType: 'application/json',
          data: JSON.stringify(buildReport()),
        },
      ]) {
        expect(created(await postMultipart(app, [part])).quality.tier).toBe('high');
      }
    });

    it('counts an attachment as the proof of concept', async () => {
      const report = without(buildReport(), 'proofOfConcept');
      const withoutFile = created(await postMultipart(app, [reportPart(report)]));
      expect(withoutFile.quality).toEqual({ tier: 'insufficient', missing: ['proofOfConcept'] });
      const withFile = created(
        await postMultipart(app, [reportPart(report), attachment('poc.py', 'print(1)')]),
      );
      expect(withFile.quality).toEqual({ tier: 'high', missing: [] });
    });

    it('keeps only the base name of a file name', async () => {
      const body = created(
        await postMultipart(app, [reportPart(), attachment('..\\..\\secret\\poc.txt', 'x')]),
      );
      const row = await app.testDb.db.kysely
        .selectFrom('attachments')
        .innerJoin('reports', 'reports.id', 'attachments.reportId')
        .select('attachments.filename')
        .where('reports.ref', '=', body.id)
        .executeTakeFirstOrThrow();
      expect(row.filename).toBe('poc.txt');
    });
  });
});

describe('POST /api/v1/reports (multipart): memory', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await buildTestApp({ MAX_ATTACHMENT_MB: '40' });
  });
  afterAll(async () => {
    await app.close();
  });

  /*
   * heapUsed + arrayBuffers also counts garbage until the collector runs, and V8 frees the
   * memory behind dead Buffers a little after a collection, so a plain peak mostly measures GC
   * timing (20–40 MB of noise in trials). So every reading forces two full collections, the
   * baseline is the lowest of a few settled readings, and a sampler reads what is still alive
   * every 500 ms while the request streams. A handler that held the file or its ciphertext whole
   * shows about +32 MB; streaming holds a few 64 KiB slices (trials: +0–2 MB). The bound of
   * 16 MB leaves room for the collector without letting a whole copy through. The payload is
   * allocated, and kept referenced, before the baseline: inject needs it in memory.
   */
  it('streams a 32 MB attachment without holding it in memory', { timeout: 180_000 }, async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const file = randomBytes(32 * MiB);
    const payload = multipart([reportPart(), attachment('video.bin', file)]);
    const expectedSha = sha256(file);
    const live = () => {
      gc();
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    let baseline = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      baseline = Math.min(baseline, live());
    }

    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, live());
    }, 500);
    let res: LightMyRequestResponse;
    try {
      res = await postMultipart(app, payload);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, live());

    const body = created(res);
    expect(payload.length).toBeGreaterThan(32 * MiB); // keeps the payload alive until here
    const growthMb = (peak - baseline) / MiB;
    expect(growthMb).toBeLessThan(16);

    const row = await app.testDb.db.kysely
      .selectFrom('attachments')
      .innerJoin('reports', 'reports.id', 'attachments.reportId')
      .select(['attachments.size', 'attachments.sha256'])
      .where('reports.ref', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ size: file.length, sha256: expectedSha });
  });
});
