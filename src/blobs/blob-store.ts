/** Where attachments live. Content is encrypted before it touches the disk. */
import type { Readable } from 'node:stream';

export interface StoredBlob {
  /** Opaque key to read the blob back. */
  key: string;
  /** Plaintext size in bytes. */
  size: number;
  /** Hex SHA-256 of the plaintext. */
  sha256: string;
}

export interface PutOptions {
  /** Fail with `BlobTooLargeError` as soon as more than this many bytes arrive. */
  maxBytes: number;
}

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`blob larger than ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

export interface BlobStore {
  /** Streams `source` to durable, encrypted storage; resolves once it is on disk (fsync). */
  put(source: Readable, options: PutOptions): Promise<StoredBlob>;
  /**
   * The decrypted content; the stream errors if the stored data was tampered with, before the
   * content is complete (altered content never arrives whole).
   */
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}
