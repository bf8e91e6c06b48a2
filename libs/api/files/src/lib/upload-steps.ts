import { AuditAction } from '@taskforce/api-audit';
import { AuthUser, isUuid } from '@taskforce/api-core';
import { FileAttachmentKind, storedFileName } from '@taskforce/domain';
import type { Upload } from '@tus/server';
import type { IncomingMessage } from 'node:http';
import { DataSource, EntityManager } from 'typeorm';
import { AttachmentPolicy } from './attachment.policy';
import { EvidenceFileEntity, FileState } from './evidence-file.entity';
import type { FileStorage } from './file-storage';
import { FILE_NOT_FOUND, refuse } from './tus-server';
import { readUploadMetadata, type UploadMetadata } from './upload-metadata';

/** An HTTP request after the auth guard: the caller, when signed in. */
export type AuthedRequest = IncomingMessage & { user?: AuthUser };

/** Writes one custody entry in the audit chain (FilesService). */
export type CustodyRecorder = (actor: Pick<AuthUser, 'userId' | 'agencyId'>, action: AuditAction, file: EvidenceFileEntity, m: EntityManager, details: Record<string, unknown>) => Promise<void>;

/**
 * The steps of an upload, whichever way its bytes come (tus, or one multipart/form-data request): who may start it
 * and for what record, its record while the bytes arrive (UPLOADING), its completion (SHA-256, detected type, expiry,
 * custody entry), and its removal when it does not complete. Refusals are tus answers (`refuse(status, message)`),
 * which both upload paths turn into JSON `{ code, message }`.
 */
export class UploadSteps {
  constructor(
    private readonly db: DataSource,
    private readonly attachments: AttachmentPolicy,
    private readonly storage: FileStorage,
    /** Days a file's content is kept when its operation sets nothing else (FILE_RETENTION_DAYS). */
    private readonly retentionDays: number,
    private readonly custody: CustodyRecorder,
  ) {}

  /**
   * Every request to the tus endpoint: signed in; an upload in progress is its uploader's alone (HEAD, PATCH, and DELETE
   * to terminate it), and only while the record it goes to still takes it (checked again on every request, not only
   * when the upload began); a finished upload answers its uploader's HEAD only: 404 otherwise (FILE_NOT_FOUND, as a
   * download of an unknown file) and once the uploader may no longer read the record (its agency left the operation),
   * 412 once the operation is closed or the message deleted.
   */
  async admit(req: AuthedRequest, uploadId: string): Promise<void> {
    if (!req.user) throw refuse(401, 'Sign in first');
    if (req.method === 'POST' || req.method === 'OPTIONS') return;
    const file = isUuid(uploadId) ? await this.db.getRepository(EvidenceFileEntity).findOneBy({ id: uploadId }) : null;
    if (!file || file.uploadedById !== req.user.userId) throw refuse(404, FILE_NOT_FOUND);
    // A client that lost the answer to its last PATCH asks where it stands: the offset of a finished upload is its size.
    if (req.method === 'HEAD' && file.state === FileState.STORED) return;
    if (file.state !== FileState.UPLOADING) throw refuse(404, FILE_NOT_FOUND);
    await this.requireTarget(req.user, file.attachedKind, file.attachedId, FILE_NOT_FOUND);
  }

  /**
   * The record a file goes to, if the caller may attach a file to it now. Refusals as tus answers: 404 with `notFound`
   * (about the record, or FILE_NOT_FOUND when asked about an upload), 412 read-only.
   */
  private async requireTarget(user: AuthUser, kind: FileAttachmentKind, attachedId: string, notFound = 'Not found') {
    const target = await this.attachments.resolve(user, kind, attachedId);
    if (!target || !target.readable) throw refuse(404, notFound);
    if (!target.writable) throw refuse(412, target.readOnlyReason ?? 'The record takes no files');
    return target;
  }

  /**
   * A new tus upload (`Upload-Metadata`: `filename`, `attachedKind`, `attachedId`, `tlp` (default AMBER),
   * `handlingCode`): 400 naming every field missing or malformed (`readUploadMetadata`, in `fields`) or without Upload-Length; then as
   * `record`.
   */
  async begin(req: AuthedRequest, upload: Upload): Promise<void> {
    const meta = readUploadMetadata(upload.metadata ?? {});
    if ('refusal' in meta) throw refuse(400, meta.refusal, meta.problems);
    if (upload.sizeIsDeferred || upload.size === undefined) throw refuse(400, 'Upload-Length is required');
    await this.record(req.user as AuthUser, meta, upload.id, upload.size);
  }

  /**
   * Records upload `id` as UPLOADING (`size` bytes; 0 until known), if the caller may attach a file to the record now
   * (404 for a record unknown or out of reach alike, 412 read-only). Until it completes, nobody lists it; one abandoned
   * is removed by the retention sweep after ABANDONED_UPLOAD_HOURS.
   */
  async record(user: AuthUser, meta: UploadMetadata, id: string, size: number | null): Promise<void> {
    const target = await this.requireTarget(user, meta.kind, meta.attachedId);
    await this.db.getRepository(EvidenceFileEntity).insert({
      id,
      operationId: target.operationId,
      attachedKind: meta.kind,
      attachedId: meta.attachedId,
      name: storedFileName(meta.filename),
      size: String(size ?? 0),
      tlp: meta.tlp,
      handlingCode: meta.handlingCode,
      handlingCondition: meta.handlingCondition,
      uploadedById: user.userId,
      uploaderAgencyId: user.agencyId,
      state: FileState.UPLOADING,
    });
  }

  /** Its uploader terminated the unfinished upload (tus DELETE; the bytes are gone): its record goes too, as nobody else ever saw it. */
  async terminated(id: string): Promise<void> {
    await this.db.query(`DELETE FROM evidence_files WHERE id = $1 AND state = 'UPLOADING'`, [id]);
  }

  /** An unfinished upload that will not complete (refused or broken off): its bytes, then its record. Never throws. */
  async discard(id: string): Promise<void> {
    await this.storage.remove(id).catch(() => undefined);
    await this.terminated(id);
  }

  /** The last of `size` bytes arrived: the SHA-256, the detected type, the expiry (the operation's retention), the custody entry. */
  async finish(user: AuthUser, id: string, size: number): Promise<EvidenceFileEntity> {
    const sha256 = await this.storage.sha256(id, size);
    const detected = await this.storage.detectType(id);
    return this.db.transaction(async (m) => {
      const [{ days }] = await m.query('SELECT COALESCE(o.file_retention_days, $2) AS days FROM evidence_files f LEFT JOIN operations o ON o.id = f.operation_id WHERE f.id = $1', [id, this.retentionDays]);
      await m.query(
        `UPDATE evidence_files SET state = 'STORED', size = $5, sha256 = $2, content_type = $3, uploaded_at = now(), expires_at = now() + make_interval(days => $4)
          WHERE id = $1 AND state = 'UPLOADING'`,
        [id, sha256, detected?.mime ?? null, days, String(size)],
      );
      const file = await m.getRepository(EvidenceFileEntity).findOneByOrFail({ id });
      await this.custody(user, AuditAction.FILE_UPLOADED, file, m, {
        operationId: file.operationId,
        attachedKind: file.attachedKind,
        attachedId: file.attachedId,
        name: file.name,
        size: Number(file.size),
        contentType: file.contentType,
        tlp: file.tlp,
        handlingCode: file.handlingCode,
      });
      return file;
    });
  }
}
