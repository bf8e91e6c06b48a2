import { Logger } from '@nestjs/common';
import { ErrorCode, type FieldProblem } from '@taskforce/api-core';
import { Server, type DataStore, type Upload } from '@tus/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { FileStorage } from './file-storage';
import { readUploadMetadata } from './upload-metadata';

/**
 * A tus hook's refusal: the status and message the client gets (as JSON `{ code, message }`, with `fields` when
 * given: the fields refused, each `{ field, message }`, as GraphQL's `extensions.fields`).
 */
export const refuse = (status_code: number, body: string, fields?: FieldProblem[]) => ({ status_code, body: fields?.length ? refusalBody(status_code, body, fields) : body });

/** The one answer for a file id that is unknown, malformed or out of the caller's reach, on every file route (GET /files/:id says the same). */
export const FILE_NOT_FOUND = 'File not found';

/** tus's own message for an upload URL it has nothing for (ERRORS.FILE_NOT_FOUND of @tus/utils), answered as FILE_NOT_FOUND. */
const TUS_FILE_NOT_FOUND = 'The file for this url was not found';

/** The error code of a refusal with HTTP `status`, as the download routes answer them (FileErrorFilter). */
function refusalCode(status: number): ErrorCode {
  if (status >= 500) return ErrorCode.INTERNAL_SERVER_ERROR;
  const codes: Record<number, ErrorCode> = { 401: ErrorCode.UNAUTHENTICATED, 403: ErrorCode.FORBIDDEN, 404: ErrorCode.NOT_FOUND, 409: ErrorCode.CONFLICT, 410: ErrorCode.FAILED_PRECONDITION, 412: ErrorCode.FAILED_PRECONDITION, 429: ErrorCode.TOO_MANY_REQUESTS };
  return codes[status] ?? ErrorCode.BAD_USER_INPUT;
}

/**
 * The body of a refusal: `{"code":"NOT_FOUND","message":"File not found"}` (the message without tus's trailing
 * newline), with `fields` (`[{ field, message }]`) when the refusal names fields.
 */
export function refusalBody(status: number, message: string, fields?: FieldProblem[]): string {
  return JSON.stringify({ code: refusalCode(status), message: message.trim(), ...(fields?.length ? { fields } : {}) });
}

/** tus's own message for bytes past the declared length (ERRORS.ERR_SIZE_EXCEEDED of @tus/utils). */
const TUS_SIZE_EXCEEDED = "upload's size exceeded";

/** What this API answers for bytes past an upload's declared `Upload-Length`. */
export const PAST_UPLOAD_LENGTH = 'The upload is longer than its Upload-Length';

/** A header's name as the field a refusal names (`upload-length` → `Upload-Length`). */
const headerField = (header: string) => header.replace(/(^|-)([a-z])/g, (_m, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`);

/**
 * The headers a refusal of tus itself is about, named as fields like the evidence-file rules name theirs: its header
 * checks ("Invalid upload-length upload-metadata": one field each, "Invalid upload-length"), its own Upload-Metadata and
 * Upload-Length messages, and bytes past the declared length. Empty for other refusals.
 */
export function tusHeaderProblems(status: number, body: string): FieldProblem[] {
  const text = body.trim();
  if (status === 413 && text === TUS_SIZE_EXCEEDED) return [{ field: 'Upload-Length', message: PAST_UPLOAD_LENGTH }];
  if (status !== 400) return [];
  const invalid = /^Invalid ((?:upload-[a-z-]+ ?)+)$/i.exec(text)?.[1];
  if (invalid) return invalid.trim().split(' ').map((header) => ({ field: headerField(header), message: `Invalid ${header}` }));
  const header = text.startsWith('Upload-Metadata is invalid') ? 'upload-metadata' : text.startsWith('Upload-Length or Upload-Defer-Length header required') ? 'upload-length' : null;
  return header ? [{ field: headerField(header), message: text }] : [];
}

/**
 * The pairs of a tus `Upload-Metadata` header (`key base64value` or `key`, comma-separated) that can be read, decoded
 * (UTF-8), and the keys of those that cannot (a value that is not base64), so that a header tus refuses as a whole
 * still has its readable fields judged.
 */
export function readableMetadata(header: string): { meta: Record<string, string | null>; unreadable: string[] } {
  const meta: Record<string, string | null> = {};
  const unreadable: string[] = [];
  for (const pair of header.split(',')) {
    const [key = '', value, ...rest] = pair.trim().split(' ');
    if (!key) continue;
    if (value === undefined) meta[key] = null;
    else if (!rest.length && value.length % 4 === 0 && /^[\d+/A-Za-z]*={0,2}$/.test(value)) meta[key] = Buffer.from(value, 'base64').toString('utf8');
    else unreadable.push(key);
  }
  return { meta, unreadable };
}

/**
 * Every problem of a tus creation tus itself refused for its headers (`tusHeaderProblems`), with what the metadata
 * rules (`readUploadMetadata`) refuse in the Upload-Metadata pairs that can be read, so one answer names every bad
 * header and field: `Upload-Length` beside `tlp`. An Upload-Metadata with values that are not base64 is named with
 * those keys. Empty when tus's refusal is not about headers.
 */
export function tusCreationProblems(req: IncomingMessage, status: number, body: string): FieldProblem[] {
  const headers = tusHeaderProblems(status, body);
  const header = req.headers['upload-metadata'];
  if (!headers.length || status !== 400 || req.method !== 'POST' || typeof header !== 'string') return headers;
  const { meta, unreadable } = readableMetadata(header);
  const named = headers.map((p) => (p.field === 'Upload-Metadata' && unreadable.length ? { ...p, message: `Invalid upload-metadata: the value of ${unreadable.join(', ')} is not base64` } : p));
  const read = readUploadMetadata(meta);
  return 'problems' in read ? [...named, ...read.problems] : named;
}

/** True for a body `refusalBody` already made (a hook's refusal naming fields): sent as it is. */
const isRefusalBody = (body: string) => body.startsWith('{"code":');

/**
 * The tus server with the answers of this API: refusals as JSON `{ code, message }` (whatever refuses: a hook, tus's
 * own checks, an unexpected error, whose details stay in the log), and no CORS headers, which tus would add to every
 * answer (`Access-Control-Allow-Origin: *` by default): the API and the web client share one origin.
 */
class EvidenceTusServer extends Server {
  override handle(req: IncomingMessage, res: ServerResponse) {
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) => (name.toLowerCase().startsWith('access-control-') ? res : setHeader(name, value));
    return super.handle(req, res);
  }

  override write(context: Parameters<Server['write']>[0], req: IncomingMessage, res: ServerResponse, status: number, body = '', headers = {}) {
    if (status < 400) return super.write(context, req, res, status, body, headers);
    res.setHeader('Content-Type', 'application/json');
    if (isRefusalBody(body)) return super.write(context, req, res, status, body, headers);
    const problems = tusCreationProblems(req, status, body);
    if (problems.length) return super.write(context, req, res, status, refusalBody(status, problems.map((p) => p.message).join('; '), problems), headers);
    const message = status === 404 && body.trim() === TUS_FILE_NOT_FOUND ? FILE_NOT_FOUND : body;
    return super.write(context, req, res, status, refusalBody(status, message), headers);
  }
}

/** What the evidence-file rules decide at each step of a tus upload (FilesService). */
export interface TusHooks {
  /** Every request on an existing upload and every creation, before tus acts. @throws a `refuse(...)` answer. */
  admit(req: IncomingMessage, uploadId: string): Promise<void>;
  /** A creation, before anything is stored. @throws a `refuse(...)` answer. */
  begin(req: IncomingMessage, upload: Upload): Promise<void>;
  /** The last byte arrived; resolves with headers for the answer to the last PATCH. */
  finish(req: IncomingMessage, upload: Upload): Promise<Record<string, string>>;
  /** A termination (tus DELETE) removed the bytes of the unfinished upload `uploadId`. */
  terminated(uploadId: string): Promise<void>;
}

/**
 * The tus datastore as the tus server sees it: a termination removes the upload through the FileStorage (bytes, tus
 * metadata, running hash), then tells `terminated`. The tus server removes only on a DELETE, after it has checked that
 * the upload is unfinished and while it holds the upload's lock, so a PATCH cannot finish it in between.
 */
function terminating(storage: FileStorage, terminated: (id: string) => Promise<void>): DataStore {
  const store = storage.datastore;
  return new Proxy(store, {
    get(target, property) {
      if (property === 'remove') {
        return async (id: string) => {
          await storage.remove(id);
          await terminated(id);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The tus 1.0.0 server on `/files` (creation, PATCH, HEAD, termination of unfinished uploads) over `storage`, at most
 * `maxSize` bytes per file, ids random UUIDs, `Location` relative (same origin); refusals as JSON `{ code, message }`,
 * no CORS headers (EvidenceTusServer).
 */
export function createTusServer(storage: FileStorage, maxSize: number, hooks: TusHooks): Server {
  const logger = new Logger('FileUploads');
  return new EvidenceTusServer({
    path: '/files',
    datastore: terminating(storage, (id) => hooks.terminated(id)),
    ...(storage.locker ? { locker: storage.locker } : {}),
    maxSize,
    relativeLocation: true,
    disableTerminationForFinishedUploads: true,
    namingFunction: () => randomUUID(),
    onIncomingRequest: (req, _res, uploadId) => hooks.admit(req, uploadId),
    onUploadCreate: async (req, res: ServerResponse, upload) => {
      await hooks.begin(req, upload);
      return res;
    },
    onUploadFinish: async (req, res: ServerResponse, upload) => ({ res, headers: await hooks.finish(req, upload) }),
    onResponseError: (req, _res, error) => {
      if (!(error instanceof Error)) return undefined;
      logger.error(`${req.method} ${req.url}: ${error.message}`, error.stack);
      return { status_code: 500, body: 'Something went wrong with that request' };
    },
  });
}
