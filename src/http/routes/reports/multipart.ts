/**
 * multipart/form-data intake: a part `report` with the JSON report and up to 10 parts
 * `attachments`, each streamed to encrypted storage as it arrives (never buffered whole).
 * Runs before validation and sets `request.body` to the parsed report so the same schema applies.
 * Staged files that do not end up in a committed report are deleted when the response is sent.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../../domain/errors.js';
import type { ReportService, StagedAttachment } from '../../../services/report.service.js';
import { MAX_ATTACHMENTS } from '../../../services/report.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    stagedAttachments: StagedAttachment[];
    attachmentsCommitted: boolean;
  }
}

export const MAX_REPORT_JSON_BYTES = 1_048_576;

export function registerStagedAttachmentCleanup(
  app: FastifyInstance,
  reports: ReportService,
): void {
  app.decorateRequest('stagedAttachments', null as unknown as StagedAttachment[]);
  app.decorateRequest('attachmentsCommitted', false);
  app.addHook('onRequest', async (request) => {
    request.stagedAttachments = [];
  });
  app.addHook('onResponse', async (request) => {
    if (!request.attachmentsCommitted && request.stagedAttachments.length > 0) {
      await reports.discardAttachments(request.stagedAttachments);
    }
  });
}

export async function readMultipartReport(
  request: FastifyRequest,
  reports: ReportService,
): Promise<void> {
  let reportJson: string | undefined;
  let index = 0;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'attachments') {
        part.file.resume();
        throw new DomainError('unknown-field', `unknown file part "${part.fieldname}"`, [
          { path: part.fieldname, message: 'is not a known field; files go in "attachments"' },
        ]);
      }
      const staged = await reports.stageAttachment(
        { filename: part.filename, contentType: part.mimetype, stream: part.file },
        index,
      );
      request.stagedAttachments.push(staged);
      if (part.file.truncated) {
        throw new DomainError('payload-too-large', `attachment ${index + 1} is too large`, [
          { path: `attachments[${index}]`, message: 'too large' },
        ]);
      }
      index += 1;
    } else {
      if (part.fieldname !== 'report') {
        throw new DomainError('unknown-field', `unknown part "${part.fieldname}"`, [
          {
            path: part.fieldname,
            message: 'is not a known field; send "report" and "attachments"',
          },
        ]);
      }
      if (reportJson !== undefined) {
        throw new DomainError('validation-failed', 'send the report part once', [
          { path: 'report', message: 'sent more than once' },
        ]);
      }
      if (part.valueTruncated) {
        throw new DomainError('payload-too-large', 'the report part is too large', [
          { path: 'report', message: 'larger than 1 MiB' },
        ]);
      }
      reportJson = typeof part.value === 'string' ? part.value : String(part.value);
    }
  }
  if (reportJson === undefined) {
    throw new DomainError('validation-failed', 'the multipart body has no "report" part', [
      { path: 'report', message: 'is required' },
    ]);
  }
  try {
    request.body = JSON.parse(reportJson) as unknown;
  } catch {
    throw new DomainError('validation-failed', 'the "report" part is not valid JSON', [
      { path: 'report', message: 'is not valid JSON' },
    ]);
  }
}

export const multipartLimits = (maxAttachmentBytes: number) => ({
  fileSize: maxAttachmentBytes + 1,
  files: MAX_ATTACHMENTS,
  fields: 1,
  fieldSize: MAX_REPORT_JSON_BYTES,
  parts: MAX_ATTACHMENTS + 1,
  headerPairs: 100,
});
