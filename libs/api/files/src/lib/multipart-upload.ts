import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, AuthUser, type FieldProblem } from '@taskforce/api-core';
import { Upload } from '@tus/server';
import busboy from 'busboy';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import type { EvidenceFileEntity } from './evidence-file.entity';
import { FileAnnouncer } from './file-announcer';
import { storageErrorText } from './file-texts';
import { FilesService } from './files.service';
import { refusalBody } from './tus-server';
import { limitText } from './upload-limit';
import { readUploadMetadata } from './upload-metadata';
import type { AuthedRequest } from './upload-steps';

/** How a multipart upload ended: the stored file, a refusal for the client, or null when the client went away. */
type Outcome = { file: EvidenceFileEntity } | { status: number; message: string; fields?: FieldProblem[] } | null;

const refused = (status: number, message: string, fields?: FieldProblem[]): Outcome => ({ status, message, ...(fields ? { fields } : {}) });

/** The refusal when the form has no file part (after the metadata fields). */
const FILE_REQUIRED = 'file is required: a file part after the fields attachedKind, attachedId, tlp, handlingCode, handlingCondition, filename';

/**
 * The refusal of a form without a file part, naming `file` and, when its metadata `fields` are also bad, those fields
 * (`readUploadMetadata`), so that one answer names everything to correct.
 */
function fileRequired(fields: Record<string, string>): Outcome {
  const meta = readUploadMetadata(fields);
  const problems = [{ field: 'file', message: FILE_REQUIRED }, ...('problems' in meta ? meta.problems : [])];
  return refused(400, problems.map((p) => p.message).join('; '), problems);
}

/** Most form fields a multipart upload may have; its metadata needs at most six. */
const MAX_FIELDS = 20;

/** The refusal when the form has more fields than MAX_FIELDS before its file part. */
const TOO_MANY_FIELDS = `The form has too many fields: at most ${MAX_FIELDS} fields, before the file part`;

/** The refusal when the body ends before the file part's closing boundary (busboy: "Unexpected end of form"). */
const FILE_CUT_OFF = 'The multipart/form-data body ended before its closing boundary: the file part is incomplete and was not stored';

/** Whether `req` is a multipart/form-data `POST /files` (else tus handles it). */
export function isMultipartUpload(req: IncomingMessage): boolean {
  return req.method === 'POST' && /^multipart\/form-data\b/i.test(String(req.headers['content-type'] ?? ''));
}

/**
 * Evidence files uploaded in one `multipart/form-data` `POST /files` (a browser form, `curl -F`), the other way in
 * besides tus: the same metadata as form fields, which must come before the file part (`attachedKind`, `attachedId`,
 * `tlp`, `handlingCode`, and `filename`, else — also when empty or blank — the file part's own name), read by
 * `readUploadMetadata`; then the first file part, whatever its field name, streamed with busboy into the same
 * FileStorage as a tus upload (a tus upload of deferred length, written in one go), its SHA-256 computed on the way (RunningHashes) and the memory flat. The size
 * limit (FILE_MAX_BYTES) is enforced as the bytes arrive. Whatever ends an upload before its last byte (a refusal, the
 * limit, the client going away, a storage failure) removes its record and bytes. Answers: 201 with `Location:
 * /files/<id>`, `X-File-Id`, `X-File-SHA256` and JSON `{ id, name, size, sha256, contentType }`; refusals as JSON
 * `{ code, message }`: 400 naming every field missing or malformed, also in `fields` (`[{ field, message }]`; a
 * missing file part is named `file`, beside any bad metadata field), 400 for a body that ends before its closing
 * boundary or more than MAX_FIELDS fields before the file, 401 signed out, 404 for a record unknown or out of reach
 * alike, 412 read-only record, 413 over the limit (naming it).
 */
@Injectable()
export class MultipartUploads {
  private readonly logger = new Logger('FileUploads');

  constructor(
    private readonly files: FilesService,
    private readonly announcer: FileAnnouncer,
    private readonly config: AppConfig,
  ) {}

  /** Receives the upload in `req` and answers it on `res` (nothing when the client went away). */
  async handle(req: AuthedRequest, res: Response): Promise<void> {
    const outcome = req.user ? await this.receive(req, req.user) : refused(401, 'Sign in first');
    if (!outcome || res.headersSent || res.destroyed) return;
    if ('status' in outcome) {
      // The rest of the body is read and dropped, so that the client gets the answer rather than a reset connection.
      if (!req.readableFlowing) req.resume();
      res.status(outcome.status).type('application/json').send(refusalBody(outcome.status, outcome.message, outcome.fields));
      return;
    }
    const { file } = outcome;
    res.status(201).location(`/files/${file.id}`).setHeader('X-File-Id', file.id);
    res.setHeader('X-File-SHA256', file.sha256 ?? '');
    res.json({ id: file.id, name: file.name, size: Number(file.size), sha256: file.sha256, contentType: file.contentType });
  }

  /** Reads the fields, then stores the first file part; later fields and parts are read and dropped. */
  private receive(req: AuthedRequest, user: AuthUser): Promise<Outcome> {
    return new Promise((resolve) => {
      let parser: busboy.Busboy;
      // busboy reports its limit when a file reaches it: one byte more than the largest file accepted is over it.
      try {
        parser = busboy({ headers: req.headers, limits: { files: 1, fields: MAX_FIELDS, fieldSize: 1024, parts: MAX_FIELDS + 1, fileSize: this.config.FILE_MAX_BYTES + 1 } });
      } catch {
        return resolve(refused(400, 'Content-Type must be multipart/form-data with a boundary'));
      }
      const fields: Record<string, string> = {};
      let started = false;
      parser.on('field', (name, value) => {
        if (!started) fields[name] = value;
      });
      parser.on('file', (_name, stream, info) => {
        if (started) return void stream.resume();
        started = true;
        // A filename field left empty (or blank) is not given: the file part's own name is used.
        const filename = fields['filename']?.trim() ? fields['filename'] : (info.filename ?? '');
        void this.store(req, user, stream, { ...fields, filename }).then(resolve);
      });
      // Past the field or part limit busboy drops every later part, the file included: the limit is what went wrong.
      let overLimit = false;
      parser.on('fieldsLimit', () => (overLimit = !started));
      parser.on('partsLimit', () => (overLimit ||= !started));
      parser.on('close', () => started || resolve(overLimit ? refused(400, TOO_MANY_FIELDS) : fileRequired(fields)));
      // After the file part began, a broken body errors its stream too, and `store` answers.
      parser.on('error', () => started || resolve(refused(400, 'The multipart/form-data body is malformed')));
      req.pipe(parser);
    });
  }

  /** Stores one file part as upload `id` under the metadata `raw`; on any failure removes what was stored. */
  private async store(req: AuthedRequest, user: AuthUser, stream: Readable, raw: Record<string, string>): Promise<Outcome> {
    let tooLarge = false;
    let clientGone = false;
    let cutOff = false;
    // The bytes go to the storage through `body`: at the limit it fails at once (nothing more is stored) while the rest
    // of the part is read and dropped, so that busboy finishes the form and the answer can go out.
    const body = new PassThrough();
    // Its failures reach whoever writes it (the storage's write rejects); none may go unheard before or after.
    body.on('error', () => undefined);
    stream.on('error', (error) => {
      // The whole body arrived and the part still broke: the form itself is incomplete or malformed (the client's fault).
      if (req.complete) cutOff = true;
      body.destroy(error);
    });
    stream.pipe(body);
    stream.once('limit', () => {
      tooLarge = true;
      stream.unpipe(body);
      body.destroy(new Error('over the size limit'));
      stream.resume();
    });
    const gone = () => {
      if (req.complete) return;
      clientGone = true;
      stream.destroy(new Error('The client went away'));
    };
    /** Reads and drops the rest of the file part, stored nowhere; returns `outcome`. */
    const drop = (outcome: Outcome) => {
      req.off('close', gone);
      stream.unpipe(body);
      stream.resume();
      return outcome;
    };
    req.once('close', gone);
    const meta = readUploadMetadata(raw);
    if ('refusal' in meta) return drop(refused(400, meta.refusal, meta.problems));
    const id = randomUUID();
    try {
      await this.files.uploads.record(user, meta, id, null);
    } catch (error) {
      const refusal = error as { status_code?: unknown; body?: unknown };
      if (typeof refusal.status_code === 'number') return drop(refused(refusal.status_code, String(refusal.body)));
      this.logger.error(`multipart upload ${id}: ${storageErrorText(error)}`);
      return drop(refused(500, 'Something went wrong with that request'));
    }
    const { datastore } = this.files.storage;
    try {
      await datastore.create(new Upload({ id, offset: 0, size: undefined, metadata: { filename: meta.filename } }));
      // Over the limit, or the client gone, while the record was made: `body` is already over, nothing to write.
      if (body.destroyed) throw new Error('the file part ended before it was stored');
      const size = await datastore.write(body, id, 0);
      if (tooLarge || clientGone) throw new Error(tooLarge ? 'over the size limit' : 'the client went away');
      // The length is known only now: declared, then an empty write completes the upload (S3 sends its last part).
      await datastore.declareUploadLength(id, size);
      await datastore.write(Readable.from([]), id, size);
      const file = await this.files.uploads.finish(user, id, size);
      await this.announcer.attached(file);
      return { file };
    } catch (error) {
      await this.files.uploads.discard(id);
      const max = this.config.FILE_MAX_BYTES;
      if (tooLarge) return refused(413, `The file is larger than the largest evidence file accepted: ${limitText(max)} (${max} bytes)`);
      if (clientGone) return null;
      if (cutOff) return refused(400, FILE_CUT_OFF);
      this.logger.error(`multipart upload ${id}: ${storageErrorText(error)}`);
      return refused(500, 'Something went wrong with that request');
    } finally {
      req.off('close', gone);
    }
  }
}
