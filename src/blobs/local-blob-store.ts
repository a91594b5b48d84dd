/**
 * Blob store on a local directory with envelope encryption: each blob gets a random AES-256-GCM
 * data key, wrapped with the master key and stored in the file's header. The content is streamed
 * (never held whole in memory), hashed (SHA-256 of the plaintext) and fsynced before `put` resolves.
 *
 * File layout: MAGIC(4) | wrapIv(12) | wrapTag(16) | wrappedKey(32) | dataIv(12) | ciphertext | dataTag(16)
 */
import fs from 'node:fs';
import fsp, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  Readable,
  Transform,
  Writable,
  pipeline as pipelineCb,
  type TransformCallback,
} from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import {
  BlobTooLargeError,
  type BlobStore,
  type PutOptions,
  type StoredBlob,
} from './blob-store.js';

const MAGIC = Buffer.from('VDB1');
const HEADER = 4 + 12 + 16 + 32 + 12;
const TAG = 16;
const KEY_PATTERN = /^[0-9a-f]{64}-[0-9a-f]{16}$/;
const SLICE_BYTES = 64 * 1024;

export class LocalBlobStore implements BlobStore {
  constructor(
    private readonly dir: string,
    private readonly masterKey: Buffer,
  ) {}

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error('invalid blob key');
    return path.join(this.dir, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(source: Readable, options: PutOptions): Promise<StoredBlob> {
    const tmpDir = path.join(this.dir, 'tmp');
    await fsp.mkdir(tmpDir, { recursive: true, mode: 0o700 });
    const tmp = path.join(tmpDir, randomBytes(12).toString('hex'));

    const dataKey = randomBytes(32);
    const wrapIv = randomBytes(12);
    const wrap = createCipheriv('aes-256-gcm', this.masterKey, wrapIv);
    const wrappedKey = Buffer.concat([wrap.update(dataKey), wrap.final()]);
    const dataIv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', dataKey, dataIv);
    const hash = createHash('sha256');
    let size = 0;

    const meter = new Transform({
      transform(this: Transform, chunk: Buffer, _enc, done: TransformCallback) {
        size += chunk.length;
        if (size > options.maxBytes) {
          done(new BlobTooLargeError(options.maxBytes));
          return;
        }
        hash.update(chunk);
        // Views, not copies: a source that hands over one huge chunk (a buffered upload) is
        // encrypted slice by slice under back-pressure instead of into one ciphertext as large.
        for (let at = 0; at < chunk.length; at += SLICE_BYTES) {
          this.push(chunk.subarray(at, at + SLICE_BYTES));
        }
        done();
      },
    });

    const handle = await fsp.open(tmp, 'wx', 0o600);
    try {
      await writeAll(handle, Buffer.concat([MAGIC, wrapIv, wrap.getAuthTag(), wrappedKey, dataIv]));
      await pipeline(source, meter, cipher, writerTo(handle));
      await writeAll(handle, cipher.getAuthTag());
      await handle.sync();
    } catch (err) {
      await handle.close().catch(() => undefined);
      await fsp.rm(tmp, { force: true });
      throw err;
    }
    await handle.close();

    const sha256 = hash.digest('hex');
    const key = `${sha256}-${randomBytes(8).toString('hex')}`;
    const final = this.pathOf(key);
    await fsp.mkdir(path.dirname(final), { recursive: true, mode: 0o700 });
    await fsp.rename(tmp, final);
    await syncDir(path.dirname(final));
    return { key, size, sha256 };
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    const { size } = await fsp.stat(file);
    if (size < HEADER + TAG) throw new Error('blob is truncated');
    const handle = await fsp.open(file, 'r');
    try {
      const header = Buffer.alloc(HEADER);
      const tag = Buffer.alloc(TAG);
      await handle.read(header, 0, HEADER, 0);
      await handle.read(tag, 0, TAG, size - TAG);
      if (!header.subarray(0, 4).equals(MAGIC)) throw new Error('not a vulndesk blob');
      const unwrap = createDecipheriv('aes-256-gcm', this.masterKey, header.subarray(4, 16));
      unwrap.setAuthTag(header.subarray(16, 32));
      const dataKey = Buffer.concat([unwrap.update(header.subarray(32, 64)), unwrap.final()]);
      const decipher = createDecipheriv('aes-256-gcm', dataKey, header.subarray(64, 76));
      decipher.setAuthTag(tag);
      const body =
        size > HEADER + TAG
          ? fs.createReadStream(file, { start: HEADER, end: size - TAG - 1 })
          : Readable.from([]); // an empty file was uploaded: nothing between header and tag
      // pipeline (not pipe): an error on either side, or the consumer giving up, closes the file.
      return pipelineCb(body, decipher, holdLastChunk(), () => undefined);
    } finally {
      await handle.close();
    }
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.pathOf(key), { force: true });
  }
}

/**
 * Passes chunks on one behind, and the last one only once the source has ended without error.
 * GCM checks the tag only at the end, after every decrypted byte has been handed out: without
 * this, a reader could receive altered content in full (e.g. an HTTP response whose length is
 * already complete) before the stream fails. With it, altered content never arrives whole.
 */
function holdLastChunk(): Transform {
  let held: Buffer | undefined;
  return new Transform({
    transform(this: Transform, chunk: Buffer, _enc, done: TransformCallback) {
      if (held !== undefined) this.push(held);
      held = chunk;
      done();
    },
    flush(this: Transform, done: TransformCallback) {
      if (held !== undefined) this.push(held);
      done();
    },
  });
}

/**
 * A sink writing through the already-open handle. (`handle.createWriteStream({ autoClose: false })`
 * keeps a reference on the handle that is never released, so `handle.close()` would never settle.)
 */
function writerTo(handle: FileHandle): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      writeAll(handle, chunk).then(() => done(), done);
    },
  });
}

async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
