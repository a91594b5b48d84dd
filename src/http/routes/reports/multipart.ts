/**
 * multipart/form-data intake: a part `report` with the JSON report (a text field or a file, at most
 * 1 MiB) and up to 10 parts `attachments`, each streamed to encrypted storage as it arrives (never
 * buffered whole).
 * Runs before validation and sets `request.body` to the parsed report so the same schema applies.
 * Staged files that do not end up in a committed report are deleted when the response is sent.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Multipart, MultipartFile, MultipartValue } from '@fastify/multipart';
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
  let report: unknown;
  let haveReport = false;
  let index = 0;
  const parts = request.parts()[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await parts.next();
    } catch (err) {
      throw clientFault(err, index) ?? err;
    }
    if (next.done === true) break;
    const part = next.value;

    if (part.fieldname === 'report') {
      if (haveReport) {
        if (part.type === 'file') part.file.resume();
        throw new DomainError('validation-failed', 'send the report part once', [
          { path: 'report', message: 'sent more than once' },
        ]);
      }
      haveReport = true;
      // A text field, or a file (curl -F report=@report.json, a Blob in a browser FormData).
      report = part.type === 'file' ? parseReportJson(await readReportFile(part)) : reportOf(part);
      continue;
    }
    if (part.type === 'field') {
      throw new DomainError('unknown-field', `unknown part "${part.fieldname}"`, [
        { path: part.fieldname, message: 'is not a known field; send "report" and "attachments"' },
      ]);
    }
    if (part.fieldname !== 'attachments') {
      part.file.resume();
      throw new DomainError('unknown-field', `unknown file part "${part.fieldname}"`, [
        { path: part.fieldname, message: 'is not a known field; files go in "attachments"' },
      ]);
    }
    try {
      const staged = await reports.stageAttachment(
        { filename: part.filename, contentType: part.mimetype, stream: part.file },
        index,
      );
      request.stagedAttachments.push(staged);
    } catch (err) {
      throw clientFault(err, index) ?? err;
    }
    index += 1;
  }
  if (!haveReport) {
    throw new DomainError('validation-failed', 'the multipart body has no "report" part', [
      { path: 'report', message: 'is required' },
    ]);
  }
  request.body = report;
}

function reportOf(part: MultipartValue): unknown {
  if (part.valueTruncated) throw reportTooLarge();
  // A part declared application/json arrives already parsed (by secure-json-parse).
  return typeof part.value === 'string' ? parseReportJson(part.value) : part.value;
}

async function readReportFile(part: MultipartFile): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REPORT_JSON_BYTES) throw reportTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseReportJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError('validation-failed', 'the "report" part is not valid JSON', [
      { path: 'report', message: 'is not valid JSON' },
    ]);
  }
}

const reportTooLarge = () =>
  new DomainError('payload-too-large', 'the report part is too large', [
    { path: 'report', message: 'larger than 1 MiB' },
  ]);

/**
 * The client's mistakes that the multipart parser reports as plain errors (busboy) or as
 * @fastify/multipart errors, as domain errors; undefined for anything else (a server fault).
 */
function clientFault(err: unknown, index: number): DomainError | undefined {
  if (err instanceof DomainError) return err;
  if (!(err instanceof Error)) return undefined;
  const code = (err as { code?: unknown }).code;
  switch (code) {
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new DomainError('payload-too-large', `at most ${MAX_ATTACHMENTS} attachments`, [
        { path: 'attachments', message: `at most ${MAX_ATTACHMENTS} files` },
      ]);
    case 'FST_REQ_FILE_TOO_LARGE':
      return new DomainError('payload-too-large', `attachment ${index + 1} is too large`, [
        { path: `attachments[${index}]`, message: 'too large' },
      ]);
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return new DomainError('validation-failed', 'the "report" part is not valid JSON', [
        { path: 'report', message: 'is not valid JSON (or larger than 1 MiB)' },
      ]);
    case 'FST_MP_PREMATURE_CLOSE':
      return new DomainError('validation-failed', 'the request ended before the multipart body', [
        { path: '(body)', message: 'incomplete multipart body' },
      ]);
    default:
      break;
  }
  // busboy's own errors carry no code: a missing or overlong boundary, a truncated body.
  if (code === undefined && /multipart|needle/i.test(err.message)) {
    return new DomainError('validation-failed', 'the multipart body is malformed', [
      { path: '(body)', message: 'malformed multipart body' },
    ]);
  }
  return undefined;
}

/**
 * Parser limits, each one above what the contract allows so that the checks above answer first
 * with a precise error: room for the report as a file, and for one stray field to be named.
 */
export const multipartLimits = (maxAttachmentBytes: number) => ({
  fileSize: maxAttachmentBytes + 1,
  files: MAX_ATTACHMENTS + 1,
  fields: 2,
  fieldSize: MAX_REPORT_JSON_BYTES,
  parts: MAX_ATTACHMENTS + 2,
  headerPairs: 100,
});
