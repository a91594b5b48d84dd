/**
 * multipart/form-data bodies built byte for byte as a browser sends them, and a look at the
 * blob directory (stored files and staging files) for upload tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { TestApp } from './app.js';

export interface Part {
  name: string;
  /** Present for a file part. */
  filename?: string;
  contentType?: string;
  data: string | Buffer;
}

export const BOUNDARY = '----vulndesk-test-boundary-5f1c2a';
export const MULTIPART_CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

export function multipart(parts: Part[], boundary = BOUNDARY): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if (part.filename !== undefined) head += `; filename="${part.filename}"`;
    head += '\r\n';
    if (part.contentType !== undefined) head += `Content-Type: ${part.contentType}\r\n`;
    chunks.push(Buffer.from(`${head}\r\n`), Buffer.from(part.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** A file in the `attachments` field. */
export const attachment = (
  filename: string,
  data: string | Buffer,
  contentType?: string,
): Part => ({
  name: 'attachments',
  filename,
  data,
  ...(contentType !== undefined ? { contentType } : {}),
});

export const sha256 = (data: string | Buffer): string =>
  createHash('sha256').update(data).digest('hex');

export function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

export const blobsDir = (app: TestApp): string => path.join(app.testDb.dataDir, 'blobs');
export const tmpDir = (app: TestApp): string => path.join(blobsDir(app), 'tmp');
/** Stored blobs: every file under <dataDir>/blobs except staging files in tmp/. */
export const storedBlobs = (app: TestApp): string[] =>
  filesUnder(blobsDir(app)).filter((f) => !f.startsWith(tmpDir(app) + path.sep));
