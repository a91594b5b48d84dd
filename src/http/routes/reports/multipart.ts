/**
 * multipart/form-data uploads: one part holding the JSON body (`report` for a submission,
 * `message` for a message; a text field or a file, at most 1 MiB) and up to 10 parts
 * `attachments`, each streamed to encrypted storage as it arrives (never buffered whole).
 * Runs before validation and sets `request.body` to the parsed JSON so the same schema applies
 * as for an application/json body. Staged files that do not end up in a committed report or
 * message are deleted when the response is sent.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Multipart, MultipartFile, MultipartValue } from '@fastify/multipart';
import { DomainError } from '../../../domain/errors.js';
import type { AttachmentService, StagedAttachment } from '../../../services/attachment.service.js';
import { MAX_ATTACHMENTS, tooManyAttachments } from '../../../services/attachment.service.js';
import { parseJsonBody } from '../../plugins/json-body.js';

declare module 'fastify' {
  interface FastifyRequest {
    stagedAttachments: StagedAttachment[];
    attachmentsCommitted: boolean;
  }
}

/** The name of the part that carries the JSON body. */
export type JsonPartName = 'report' | 'message';

/** Largest JSON part; the body's own schema limits its fields further. */
export const MAX_JSON_PART_BYTES = 1_048_576;

export function registerStagedAttachmentCleanup(
  app: FastifyInstance,
  attachments: AttachmentService,
): void {
  app.decorateRequest('stagedAttachments', null as unknown as StagedAttachment[]);
  app.decorateRequest('attachmentsCommitted', false);
  app.addHook('onRequest', async (request) => {
    request.stagedAttachments = [];
  });
  app.addHook('onResponse', async (request) => {
    if (!request.attachmentsCommitted && request.stagedAttachments.length > 0) {
      await attachments.discard(request.stagedAttachments);
    }
  });
}

export async function readMultipartUpload(
  request: FastifyRequest,
  attachments: AttachmentService,
  jsonPart: JsonPartName,
): Promise<void> {
  let body: unknown;
  let haveBody = false;
  let index = 0;
  const parts = request.parts()[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Multipart>;
    try {
      next = await parts.next();
    } catch (err) {
      throw clientFault(err, { index, jsonPart, maxFileMb: attachments.maxFileMb }) ?? err;
    }
    if (next.done === true) break;
    const part = next.value;

    if (part.fieldname === jsonPart) {
      if (haveBody) {
        if (part.type === 'file') part.file.resume();
        throw new DomainError('validation-failed', `send the ${jsonPart} part once`, [
          { path: jsonPart, message: 'sent more than once' },
        ]);
      }
      haveBody = true;
      // A text field, or a file (curl -F report=@report.json, a Blob in a browser FormData).
      body =
        part.type === 'file'
          ? parseJsonPart(await readJsonFile(part, jsonPart), jsonPart)
          : jsonOf(part, jsonPart);
      continue;
    }
    if (part.type === 'field') {
      throw new DomainError('unknown-field', `unknown part "${part.fieldname}"`, [
        {
          path: part.fieldname,
          message: `is not a known field; send "${jsonPart}" and "attachments"`,
          rule: 'unknown-field',
        },
      ]);
    }
    if (part.fieldname !== 'attachments') {
      part.file.resume();
      throw new DomainError('unknown-field', `unknown file part "${part.fieldname}"`, [
        {
          path: part.fieldname,
          message: 'is not a known field; files go in "attachments"',
          rule: 'unknown-field',
        },
      ]);
    }
    try {
      const staged = await attachments.stage(
        { filename: part.filename, contentType: part.mimetype, stream: part.file },
        index,
      );
      request.stagedAttachments.push(staged);
    } catch (err) {
      throw clientFault(err, { index, jsonPart, maxFileMb: attachments.maxFileMb }) ?? err;
    }
    index += 1;
  }
  if (!haveBody) {
    throw new DomainError('validation-failed', `the multipart body has no "${jsonPart}" part`, [
      { path: jsonPart, message: 'is required', rule: 'required' },
    ]);
  }
  request.body = body;
}

function jsonOf(part: MultipartValue, jsonPart: JsonPartName): unknown {
  if (part.valueTruncated) throw jsonPartTooLarge(jsonPart);
  // A part declared application/json arrives already parsed (by secure-json-parse).
  return typeof part.value === 'string' ? parseJsonPart(part.value, jsonPart) : part.value;
}

async function readJsonFile(part: MultipartFile, jsonPart: JsonPartName): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_PART_BYTES) throw jsonPartTooLarge(jsonPart);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON part, parsed as a JSON body is (keys that could reach a prototype are refused). */
function parseJsonPart(text: string, jsonPart: JsonPartName): unknown {
  return parseJsonBody(
    text,
    () =>
      new DomainError('validation-failed', `the "${jsonPart}" part is not valid JSON`, [
        { path: jsonPart, message: 'is not valid JSON', rule: 'format' },
      ]),
  );
}

const jsonPartTooLarge = (jsonPart: JsonPartName) =>
  new DomainError('payload-too-large', `the ${jsonPart} part is too large`, [
    { path: jsonPart, message: 'larger than 1 MiB' },
  ]);

/**
 * The client's mistakes that the multipart parser reports as plain errors (busboy) or as
 * @fastify/multipart errors, as domain errors; undefined for anything else (a server fault).
 */
function clientFault(
  err: unknown,
  at: { index: number; jsonPart: JsonPartName; maxFileMb: number },
): DomainError | undefined {
  const { index, jsonPart } = at;
  if (err instanceof DomainError) return err;
  if (!(err instanceof Error)) return undefined;
  const code = (err as { code?: unknown }).code;
  switch (code) {
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return tooManyAttachments();
    case 'FST_REQ_FILE_TOO_LARGE':
      return new DomainError('payload-too-large', `attachment ${index + 1} is too large`, [
        {
          path: `attachments[${index}]`,
          message: 'too large',
          rule: 'file-too-large',
          limit: at.maxFileMb,
        },
      ]);
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return new DomainError('validation-failed', `the "${jsonPart}" part is not valid JSON`, [
        { path: jsonPart, message: 'is not valid JSON (or larger than 1 MiB)' },
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
      { path: '(body)', message: 'malformed multipart body', rule: 'format' },
    ]);
  }
  return undefined;
}

/**
 * Parser limits, each one above what the contract allows so that the checks above answer first
 * with a precise error: room for the JSON part as a file, and for one stray field to be named.
 */
export const multipartLimits = (maxAttachmentBytes: number) => ({
  fileSize: maxAttachmentBytes + 1,
  files: MAX_ATTACHMENTS + 1,
  fields: 2,
  fieldSize: MAX_JSON_PART_BYTES,
  parts: MAX_ATTACHMENTS + 2,
  headerPairs: 100,
});
