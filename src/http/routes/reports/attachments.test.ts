/**
 * Files sent with messages (multipart POST …/messages), listed in the message views, and the
 * download of any file of a report (GET …/attachments/{attachmentId}) for whoever may see it.
 * On SQLite, and on PostgreSQL with DATABASE_URL.
 */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { buildReport } from '../../../../test/helpers/factories.js';
import {
  MULTIPART_CONTENT_TYPE,
  attachment,
  multipart,
  sha256,
  storedBlobs,
  tmpDir,
  filesUnder,
  type Part,
} from '../../../../test/helpers/multipart.js';
import { registerVerifiedResearcher } from '../../../../test/helpers/researchers.js';
import { asStaff, createStaffToken, type StaffToken } from '../../../../test/helpers/staff.js';

const MiB = 1_048_576;
const MARKER = 'PLAINTEXT-MARKER-7a1f03c9e2b84d56';

interface Created {
  id: string;
  trackingToken: string;
}

interface FileView {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

interface MessageView {
  id: string;
  body: string;
  internal: boolean;
  attachments: FileView[];
}

interface Problem {
  status: number;
  code: string;
  detail: string;
  errors: { path: string; message: string }[];
}

let app: TestApp;
let triager: StaffToken;
let auditor: StaffToken;

beforeAll(async () => {
  app = await buildTestApp({ MAX_ATTACHMENT_MB: '1' });
  triager = await createStaffToken(app, { role: 'triager' });
  auditor = await createStaffToken(app, { role: 'auditor' });
});
afterAll(async () => {
  await app.close();
});

async function submit(parts: Part[] = []): Promise<Created> {
  const res =
    parts.length === 0
      ? await app.inject({ method: 'POST', url: '/api/v1/reports', payload: buildReport() })
      : await app.inject({
          method: 'POST',
          url: '/api/v1/reports',
          payload: multipart([{ name: 'report', data: JSON.stringify(buildReport()) }, ...parts]),
          headers: { 'content-type': MULTIPART_CONTENT_TYPE },
        });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Created>();
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const messagePart = (message: unknown): Part => ({
  name: 'message',
  data: JSON.stringify(message),
});

function postMessage(
  ref: string,
  parts: Part[] | Buffer,
  headers: Record<string, string>,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/v1/reports/${ref}/messages`,
    payload: Buffer.isBuffer(parts) ? parts : multipart(parts),
    headers: { 'content-type': MULTIPART_CONTENT_TYPE, ...headers },
  });
}

const staffHeaders = (who: StaffToken): Record<string, string> => bearer(who.token);

function download(ref: string, id: string, request: InjectOptions = {}) {
  return app.inject({
    ...request,
    method: 'GET',
    url: `/api/v1/reports/${ref}/attachments/${id}`,
  });
}

async function messagesAs(ref: string, headers: Record<string, string>): Promise<MessageView[]> {
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/reports/${ref}/messages`,
    headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: MessageView[] }>().items;
}

function problem(res: LightMyRequestResponse, status: number, code: string): Problem {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = res.json<Problem>();
  expect(body.code).toBe(code);
  return body;
}

const blobCount = (): number => storedBlobs(app).length;

/** Staged files are deleted in onResponse, which may finish just after inject resolves. */
async function expectBlobCount(n: number): Promise<void> {
  await vi.waitFor(
    () => {
      expect(storedBlobs(app)).toHaveLength(n);
      expect(filesUnder(tmpDir(app))).toEqual([]);
    },
    { timeout: 2000, interval: 20 },
  );
}

async function messageCount(): Promise<number> {
  const row = await app.testDb.db.kysely
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('POST /api/v1/reports/{id}/messages with files', () => {
  it('stores the files encrypted and lists them on the message for staff and the reporter', async () => {
    const report = await submit();
    const binary = randomBytes(200_000);
    const text = `${MARKER}\nlog line <script>alert(1)</script>\n`.repeat(40);
    const res = await postMessage(
      report.id,
      [
        messagePart({ body: 'Here is the **patched** build and its log.' }),
        attachment('build.bin', binary, 'application/octet-stream'),
        attachment('log.txt', text, 'text/plain'),
      ],
      staffHeaders(triager),
    );
    expect(res.statusCode, res.body).toBe(201);
    const posted = res.json<MessageView>();
    const expected = [
      {
        id: expect.any(String) as string,
        filename: 'build.bin',
        contentType: 'application/octet-stream',
        size: binary.length,
        sha256: sha256(binary),
      },
      {
        id: expect.any(String) as string,
        filename: 'log.txt',
        contentType: 'text/plain',
        size: Buffer.byteLength(text),
        sha256: sha256(text),
      },
    ];
    expect(posted).toMatchObject({ internal: false, attachments: expected });

    for (const headers of [bearer(report.trackingToken), staffHeaders(triager)]) {
      const [message] = await messagesAs(report.id, headers);
      expect(message?.attachments).toEqual(posted.attachments);
    }

    // On disk: the files are there, but never in clear text.
    const rows = await app.testDb.db.kysely
      .selectFrom('attachments')
      .select(['blobKey', 'messageId', 'position'])
      .where('messageId', '=', posted.id)
      .orderBy('position')
      .execute();
    expect(rows.map((r) => r.position)).toEqual([0, 1]);
    const files = storedBlobs(app);
    for (const row of rows) {
      const file = files.find((f) => f.endsWith(row.blobKey));
      expect(file).toBeDefined();
      const raw = fs.readFileSync(file ?? '');
      expect(raw.includes(Buffer.from(MARKER))).toBe(false);
      expect(raw.includes(binary.subarray(5000, 5064))).toBe(false);
    }
    // The message files are not the report's own files.
    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${report.id}`,
      headers: bearer(report.trackingToken),
    });
    expect(detail.json<{ attachments: unknown[] }>().attachments).toEqual([]);
  });

  it('lets the reporter send files, and takes the message part as a file too', async () => {
    const report = await submit();
    const res = await postMessage(
      report.id,
      [
        {
          name: 'message',
          filename: 'message.json',
          contentType: 'application/json',
          data: JSON.stringify({ body: 'Video of the crash attached.' }),
        },
        attachment('crash.mp4', 'not really a video'),
      ],
      bearer(report.trackingToken),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<MessageView>().attachments.map((a) => a.filename)).toEqual(['crash.mp4']);
  });

  it('answers 413 naming attachments[1] for a file over MAX_ATTACHMENT_MB, keeping nothing', async () => {
    const report = await submit();
    const [blobs, messages] = [blobCount(), await messageCount()];
    const res = await postMessage(
      report.id,
      [
        messagePart({ body: 'Two files' }),
        attachment('small.txt', 'small'),
        attachment('big.bin', randomBytes(MiB + 1)),
      ],
      staffHeaders(triager),
    );
    const body = problem(res, 413, 'payload-too-large');
    expect(body.errors).toEqual([
      { path: 'attachments[1]', message: 'larger than 1 MB', rule: 'file-too-large', limit: 1 },
    ]);
    await expectBlobCount(blobs);
    expect(await messageCount()).toBe(messages);
  });

  it('answers 413 naming attachments to eleven files, keeping nothing', async () => {
    const report = await submit();
    const blobs = blobCount();
    const files = Array.from({ length: 11 }, (_, i) => attachment(`f${i}.txt`, `${i}`));
    const res = await postMessage(
      report.id,
      [messagePart({ body: 'Many files' }), ...files],
      staffHeaders(triager),
    );
    expect(problem(res, 413, 'payload-too-large').errors).toEqual([
      { path: 'attachments', message: 'at most 10 files', rule: 'too-many-files', limit: 10 },
    ]);
    await expectBlobCount(blobs);
  });

  it('answers 400 naming the field for a missing, broken or invalid message part', async () => {
    const report = await submit();
    const blobs = blobCount();
    const cases: [Part[], string][] = [
      [[attachment('a.txt', 'a')], 'message'],
      [[{ name: 'message', data: '{ not json' }, attachment('a.txt', 'a')], 'message'],
      [[messagePart({ body: '' }), attachment('a.txt', 'a')], 'body'],
      [[messagePart({ body: 'x', extra: 1 }), attachment('a.txt', 'a')], 'extra'],
      [[messagePart({ body: 'x' }), { name: 'report', data: '{}' }], 'report'],
      [
        [messagePart({ body: 'x' }), attachment('a.txt', 'a'), messagePart({ body: 'y' })],
        'message',
      ],
    ];
    for (const [parts, path] of cases) {
      const res = await postMessage(report.id, parts, staffHeaders(triager));
      expect(res.statusCode, res.body).toBe(400);
      expect(
        res.json<Problem>().errors.map((e) => e.path),
        res.body,
      ).toContain(path);
    }
    await expectBlobCount(blobs);
  });

  it('answers 415 to a content type other than JSON or multipart', async () => {
    const report = await submit();
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/reports/${report.id}/messages`,
      payload: 'body=hello',
      headers: { 'content-type': 'text/plain', ...staffHeaders(triager) },
    });
    problem(res, 415, 'unsupported-media-type');
  });

  it('stores nothing for a caller who may not write on the report', async () => {
    const report = await submit();
    const other = await submit();
    const blobs = blobCount();
    // Refused before the files are read, not stored and deleted again.
    const stage = vi.spyOn(app.services.attachments, 'stage');
    const parts = [messagePart({ body: 'hello' }), attachment('a.txt', MARKER)];
    problem(await postMessage(report.id, parts, bearer(other.trackingToken)), 404, 'not-found');
    problem(await postMessage(report.id, parts, {}), 404, 'not-found');
    problem(await postMessage(report.id, parts, staffHeaders(auditor)), 403, 'forbidden');
    problem(await postMessage('VD-2026-99999', parts, staffHeaders(triager)), 404, 'not-found');
    // The reporter may not write an internal note, files or not.
    problem(
      await postMessage(
        report.id,
        [messagePart({ body: 'x', internal: true }), attachment('a.txt', 'a')],
        bearer(report.trackingToken),
      ),
      403,
      'forbidden',
    );
    expect(stage.mock.calls.map(([file]) => file.filename)).toEqual(['a.txt']);
    stage.mockRestore();
    await expectBlobCount(blobs);
  });
});

describe('GET /api/v1/reports/{id}/attachments/{attachmentId}', () => {
  it('sends the file as a download, byte for byte as uploaded', async () => {
    const data = randomBytes(300_000);
    const report = await submit([attachment('résumé;poc%.bin', data)]);
    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${report.id}`,
      headers: bearer(report.trackingToken),
    });
    const [file] = detail.json<{ attachments: FileView[] }>().attachments;
    expect(file).toBeDefined();
    for (const request of [
      { headers: bearer(report.trackingToken) },
      asStaff(triager, {}),
      asStaff(auditor, {}),
    ]) {
      const res = await download(report.id, file?.id ?? '', request);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="r_sum__poc_.bin"; filename*=UTF-8''r%C3%A9sum%C3%A9%3Bpoc%25.bin`,
      );
      expect(res.headers['content-length']).toBe(String(data.length));
      expect(res.headers['repr-digest']).toBe(
        `sha-256=:${Buffer.from(sha256(data), 'hex').toString('base64')}:`,
      );
      expect(sha256(res.rawPayload)).toBe(sha256(data));
    }
  });

  it('gives the reporter files of messages but not of internal notes: the same 404 as none', async () => {
    const report = await submit();
    const reporter = bearer(report.trackingToken);
    const shared = await postMessage(
      report.id,
      [messagePart({ body: 'For you' }), attachment('fix.patch', 'diff --git')],
      staffHeaders(triager),
    );
    const note = await postMessage(
      report.id,
      [messagePart({ body: 'Internal', internal: true }), attachment('exploit.py', MARKER)],
      staffHeaders(triager),
    );
    expect(shared.statusCode, shared.body).toBe(201);
    expect(note.statusCode, note.body).toBe(201);
    const sharedFile = shared.json<MessageView>().attachments[0]?.id ?? '';
    const noteFile = note.json<MessageView>().attachments[0]?.id ?? '';

    // The reporter's view has the message and its file, and no trace of the note.
    const theirs = await messagesAs(report.id, reporter);
    expect(theirs.map((m) => m.body)).toEqual(['For you']);
    expect(JSON.stringify(theirs)).not.toContain(noteFile);

    expect((await download(report.id, sharedFile, { headers: reporter })).body).toBe('diff --git');
    const hidden = problem(
      await download(report.id, noteFile, { headers: reporter }),
      404,
      'not-found',
    );
    const missing = problem(
      await download(report.id, uuidv7(), { headers: reporter }),
      404,
      'not-found',
    );
    expect(hidden.detail).toBe(missing.detail);

    // Staff see the note's file.
    const staffView = await messagesAs(report.id, staffHeaders(triager));
    expect(staffView.find((m) => m.internal)?.attachments.map((a) => a.id)).toEqual([noteFile]);
    const staffDownload = await download(report.id, noteFile, asStaff(triager, {}));
    expect(staffDownload.statusCode).toBe(200);
    expect(staffDownload.body).toBe(MARKER);
  });

  it('answers 404 to anyone else, and for a file of another report', async () => {
    const report = await submit([attachment('a.txt', 'secret a')]);
    const other = await submit([attachment('b.txt', 'secret b')]);
    const fileOf = async (r: Created) => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/reports/${r.id}`,
        headers: bearer(r.trackingToken),
      });
      return res.json<{ attachments: FileView[] }>().attachments[0]?.id ?? '';
    };
    const [fileA, fileB] = [await fileOf(report), await fileOf(other)];

    problem(
      await download(report.id, fileA, { headers: bearer(other.trackingToken) }),
      404,
      'not-found',
    );
    problem(await download(report.id, fileA), 404, 'not-found');
    // Another report's file, named under this report, is not found even for its own reporter.
    problem(
      await download(report.id, fileB, { headers: bearer(other.trackingToken) }),
      404,
      'not-found',
    );
    problem(await download(report.id, fileB, asStaff(triager, {})), 404, 'not-found');
    problem(await download('VD-2026-99999', fileA, asStaff(triager, {})), 404, 'not-found');

    // The owning account may download; a signed-in researcher who does not own it may not.
    await registerVerifiedResearcher(app, 'owner@example.org');
    await registerVerifiedResearcher(app, 'stranger@example.org');
    const tokenOf = async (email: string) =>
      (
        await app.services.accounts.createApiToken(
          {
            kind: 'account',
            accountId: await accountIdOf(email),
            email,
            role: 'researcher',
            via: 'session',
          },
          'tests',
        )
      ).token;
    const owner = await tokenOf('owner@example.org');
    const stranger = await tokenOf('stranger@example.org');
    const owned = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: multipart([
        { name: 'report', data: JSON.stringify(buildReport()) },
        attachment('mine.txt', 'mine'),
      ]),
      headers: { 'content-type': MULTIPART_CONTENT_TYPE, ...bearer(owner) },
    });
    expect(owned.statusCode, owned.body).toBe(201);
    const ownedRef = owned.json<Created>().id;
    const ownedDetail = await app.inject({
      method: 'GET',
      url: `/api/v1/reports/${ownedRef}`,
      headers: bearer(owner),
    });
    const ownedFile = ownedDetail.json<{ attachments: FileView[] }>().attachments[0]?.id ?? '';
    expect((await download(ownedRef, ownedFile, { headers: bearer(owner) })).body).toBe('mine');
    problem(await download(ownedRef, ownedFile, { headers: bearer(stranger) }), 404, 'not-found');
  });

  it('answers 400 naming attachmentId for an id that cannot be one', async () => {
    const report = await submit();
    const res = await download(report.id, '..%2F..%2Fmaster.key', asStaff(triager, {}));
    expect(problem(res, 400, 'validation-failed').errors[0]?.path).toBe('params:attachmentId');
  });
});

async function accountIdOf(email: string): Promise<string> {
  const row = await app.testDb.db.kysely
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}
