/**
 * Files sent with a report or with a message: streamed to the encrypted blob store before the
 * report or message they belong to is written (staging), deleted again when that write does not
 * happen, and read back for download by whoever may see them.
 *
 * Who may download: staff who may read reports, every file; the reporter (tracking token or
 * owning account), the report's files and those of messages that are not internal notes. Anyone
 * else, and the reporter asking for a file of an internal note, gets the same 404 as for a file
 * that does not exist.
 */
import type { Readable } from 'node:stream';
import type { Db } from '../db/client.js';
import { findAttachmentOfReport } from '../db/repositories/attachments.js';
import { findReportByRef } from '../db/repositories/reports.js';
import { BlobTooLargeError, type BlobStore, type StoredBlob } from '../blobs/blob-store.js';
import { DomainError, notFound } from '../domain/errors.js';
import type { Actor } from '../policies/actor.js';
import { canReadReport } from '../policies/report.policy.js';
import { can } from '../policies/staff.policy.js';

/** Most files per report and per message. */
export const MAX_ATTACHMENTS = 10;

/** The answer to a request with more than `MAX_ATTACHMENTS` files. */
export const tooManyAttachments = (): DomainError =>
  new DomainError('payload-too-large', `at most ${MAX_ATTACHMENTS} attachments`, [
    {
      path: 'attachments',
      message: `at most ${MAX_ATTACHMENTS} files`,
      rule: 'too-many-files',
      limit: MAX_ATTACHMENTS,
    },
  ]);

export interface AttachmentServiceDeps {
  db: Db;
  blobs: BlobStore;
  maxAttachmentBytes: number;
}

export interface IncomingAttachment {
  filename: string;
  contentType: string;
  stream: Readable;
}

export interface StagedAttachment extends StoredBlob {
  filename: string;
  contentType: string;
}

/** What the API lists for a stored file. */
export interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface AttachmentDownload {
  filename: string;
  size: number;
  sha256: string;
  /** The decrypted content; errors at its end if the stored file was tampered with. */
  content: Readable;
}

export class AttachmentService {
  constructor(private readonly deps: AttachmentServiceDeps) {}

  /** The largest file accepted, in whole MB. */
  get maxFileMb(): number {
    return Math.floor(this.deps.maxAttachmentBytes / 1_048_576);
  }

  /**
   * Streams one file (the `index`-th of its request, 0-based) to encrypted storage. Over
   * `MAX_ATTACHMENTS` files or a file over the size limit is `payload-too-large` naming it.
   */
  async stage(file: IncomingAttachment, index: number): Promise<StagedAttachment> {
    if (index >= MAX_ATTACHMENTS) {
      file.stream.resume();
      throw tooManyAttachments();
    }
    try {
      const stored = await this.deps.blobs.put(file.stream, {
        maxBytes: this.deps.maxAttachmentBytes,
      });
      return {
        ...stored,
        filename: sanitizeFilename(file.filename),
        contentType: file.contentType,
      };
    } catch (err) {
      if (err instanceof BlobTooLargeError) {
        file.stream.resume();
        const mb = this.maxFileMb;
        throw new DomainError(
          'payload-too-large',
          `attachment ${index + 1} is larger than ${mb} MB`,
          [
            {
              path: `attachments[${index}]`,
              message: `larger than ${mb} MB`,
              rule: 'file-too-large',
              limit: mb,
            },
          ],
        );
      }
      throw err;
    }
  }

  /** Deletes staged files whose report or message was not written. */
  async discard(staged: readonly StagedAttachment[]): Promise<void> {
    await Promise.all(staged.map((s) => this.deps.blobs.delete(s.key).catch(() => undefined)));
  }

  /** One file of a report (its own, or of one of its messages) for someone who may see it. */
  async open(actor: Actor, ref: string, attachmentId: string): Promise<AttachmentDownload> {
    const db = this.deps.db.kysely;
    const report = await findReportByRef(db, ref);
    if (report === undefined) throw notFound('attachment');
    const staff = can(actor, 'report.read');
    if (!staff && !canReadReport(actor, report)) throw notFound('attachment');
    const file = await findAttachmentOfReport(db, report.id, attachmentId);
    if (file === undefined || (!staff && file.internal)) throw notFound('attachment');
    return {
      filename: file.filename,
      size: file.size,
      sha256: file.sha256,
      content: await this.deps.blobs.get(file.blobKey),
    };
  }
}

/** Keeps the base name only, without control characters or path separators. */
export function sanitizeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return clean === '' || clean === '.' || clean === '..' ? 'attachment' : clean;
}
