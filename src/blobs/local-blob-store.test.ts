import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobTooLargeError } from './blob-store.js';
import { LocalBlobStore } from './local-blob-store.js';

const HEADER_BYTES = 4 + 12 + 16 + 32 + 12;
const TAG_BYTES = 16;

let dir: string;
let masterKey: Buffer;
let store: LocalBlobStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vulndesk-blobs-'));
  masterKey = randomBytes(32);
  store = new LocalBlobStore(dir, masterKey);
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every regular file under `root`, as paths relative to it. */
function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** A stream handing the data over in pieces of `chunk` bytes, like a socket does. */
function chunked(data: Buffer, chunk = 16 * 1024): Readable {
  const pieces: Buffer[] = [];
  for (let at = 0; at < data.length; at += chunk) pieces.push(data.subarray(at, at + chunk));
  return Readable.from(pieces);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function blobPath(key: string): string {
  return path.join(dir, key.slice(0, 2), key.slice(2, 4), key);
}

describe('LocalBlobStore', () => {
  it('round-trips content larger than one chunk, with its size and SHA-256', async () => {
    const data = randomBytes(3 * 1024 * 1024 + 123);
    const stored = await store.put(chunked(data), { maxBytes: 4 * 1024 * 1024 });

    expect(stored.size).toBe(data.length);
    expect(stored.sha256).toBe(sha256(data));
    expect(stored.key).toMatch(new RegExp(`^${stored.sha256}-[0-9a-f]{16}$`));
    expect(filesUnder(dir)).toEqual([
      path.join(stored.key.slice(0, 2), stored.key.slice(2, 4), stored.key),
    ]);
    // header + ciphertext (same length as the plaintext in GCM) + tag
    expect(fs.statSync(blobPath(stored.key)).size).toBe(HEADER_BYTES + data.length + TAG_BYTES);

    const back = await readAll(await store.get(stored.key));
    expect(back.equals(data)).toBe(true);
  });

  it('round-trips a source that hands over everything in one chunk, and an empty blob', async () => {
    const data = randomBytes(1024 * 1024);
    const one = await store.put(Readable.from([data]), { maxBytes: data.length });
    expect((await readAll(await store.get(one.key))).equals(data)).toBe(true);

    const empty = await store.put(Readable.from([]), { maxBytes: 10 });
    expect(empty).toMatchObject({ size: 0, sha256: sha256(Buffer.alloc(0)) });
    expect((await readAll(await store.get(empty.key))).length).toBe(0);
  });

  it('stores the same content twice under different keys, each encrypted differently', async () => {
    const data = Buffer.from('the same proof of concept twice');
    const a = await store.put(chunked(data), { maxBytes: 1000 });
    const b = await store.put(chunked(data), { maxBytes: 1000 });
    expect(a.sha256).toBe(b.sha256);
    expect(a.key).not.toBe(b.key);
    expect(fs.readFileSync(blobPath(a.key)).equals(fs.readFileSync(blobPath(b.key)))).toBe(false);
  });

  it('never writes the plaintext to disk', async () => {
    const marker = 'VULNDESK-PLAINTEXT-MARKER-7f3a9c';
    const text = Buffer.from(`${'exploit line\n'.repeat(5000)}${marker}\n`.repeat(20));
    const stored = await store.put(chunked(text), { maxBytes: text.length });

    const raw = fs.readFileSync(blobPath(stored.key));
    expect(raw.includes(Buffer.from(marker))).toBe(false);
    expect(raw.includes(Buffer.from('exploit line'))).toBe(false);
    expect(raw.subarray(0, 4).toString()).toBe('VDB1');
    expect(filesUnder(path.join(dir, 'tmp'))).toEqual([]);
  });

  it('makes the stream fail when one byte of the ciphertext was changed', async () => {
    const data = randomBytes(200_000);
    const stored = await store.put(chunked(data), { maxBytes: data.length });
    const file = blobPath(stored.key);
    const raw = fs.readFileSync(file);
    const at = HEADER_BYTES + 100_000;
    raw[at] = (raw[at] ?? 0) ^ 0x01;
    fs.writeFileSync(file, raw);

    const stream = await store.get(stored.key);
    await expect(readAll(stream)).rejects.toThrow(/unable to authenticate data/i);
  });

  it('never hands out the whole content of a file that was altered', async () => {
    const data = randomBytes(300_000);
    const stored = await store.put(chunked(data), { maxBytes: data.length });
    const file = blobPath(stored.key);
    const raw = fs.readFileSync(file);
    raw[HEADER_BYTES + 10] = (raw[HEADER_BYTES + 10] ?? 0) ^ 0x01;
    fs.writeFileSync(file, raw);

    let received = 0;
    let failure: unknown;
    try {
      for await (const chunk of await store.get(stored.key)) received += (chunk as Buffer).length;
    } catch (err) {
      failure = err;
    }
    expect(String(failure)).toMatch(/unable to authenticate data/i);
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(data.length);
  });

  it('makes the stream fail when the authentication tag was changed', async () => {
    const data = Buffer.from('short secret');
    const stored = await store.put(chunked(data), { maxBytes: 100 });
    const file = blobPath(stored.key);
    const raw = fs.readFileSync(file);
    const last = raw.length - 1;
    raw[last] = (raw[last] ?? 0) ^ 0x80;
    fs.writeFileSync(file, raw);

    await expect(readAll(await store.get(stored.key))).rejects.toThrow(
      /unable to authenticate data/i,
    );
  });

  it('refuses to read with a different master key', async () => {
    const stored = await store.put(chunked(Buffer.from('secret')), { maxBytes: 100 });
    const other = new LocalBlobStore(dir, randomBytes(32));
    await expect(other.get(stored.key)).rejects.toThrow(/unable to authenticate data/i);
  });

  it('refuses a truncated file and a file that is not a blob', async () => {
    const stored = await store.put(chunked(Buffer.from('secret')), { maxBytes: 100 });
    const file = blobPath(stored.key);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, HEADER_BYTES));
    await expect(store.get(stored.key)).rejects.toThrow('blob is truncated');

    fs.writeFileSync(file, Buffer.alloc(HEADER_BYTES + TAG_BYTES + 10, 0x41));
    await expect(store.get(stored.key)).rejects.toThrow('not a vulndesk blob');
  });

  it('rejects with BlobTooLargeError past maxBytes and leaves no file behind', async () => {
    const data = randomBytes(300_000);
    const attempt = store.put(chunked(data, 8 * 1024), { maxBytes: 299_999 });
    await expect(attempt).rejects.toBeInstanceOf(BlobTooLargeError);
    await expect(attempt).rejects.toMatchObject({ maxBytes: 299_999 });

    expect(filesUnder(dir)).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  });

  it('accepts exactly maxBytes', async () => {
    const data = randomBytes(65_536);
    const stored = await store.put(chunked(data), { maxBytes: 65_536 });
    expect(stored.size).toBe(65_536);
  });

  it('removes the temporary file when the source fails', async () => {
    const failing = new Readable({
      read() {
        this.push(randomBytes(1024));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put(failing, { maxBytes: 1_000_000 })).rejects.toThrow('connection reset');
    expect(filesUnder(dir)).toEqual([]);
  });

  it('deletes a blob, and deleting it again is not an error', async () => {
    const stored = await store.put(chunked(Buffer.from('to be deleted')), { maxBytes: 100 });
    expect(fs.existsSync(blobPath(stored.key))).toBe(true);

    await store.delete(stored.key);
    expect(fs.existsSync(blobPath(stored.key))).toBe(false);
    expect(filesUnder(dir)).toEqual([]);
    await expect(store.delete(stored.key)).resolves.toBeUndefined();
    await expect(store.get(stored.key)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('rejects keys that could reach outside the store', async () => {
    await expect(store.get('../../etc/passwd')).rejects.toThrow('invalid blob key');
    await expect(store.delete(`${'a'.repeat(64)}-../../x`)).rejects.toThrow('invalid blob key');
  });
});
