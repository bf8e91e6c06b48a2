import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Server } from '@tus/server';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AppConfig, AuthUser, badInput, failedPrecondition, forbidden, isUuid, notFound, scheduleSweep } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { canReattachFile, FileAttachmentKind, HandlingCode, isOperationWritable, TlpLabel } from '@taskforce/domain';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AttachmentPolicy } from './attachment.policy';
import { FileAnnouncer } from './file-announcer';
import { EvidenceFileEntity, FileState } from './evidence-file.entity';
import { createFileStorage, type FileStorage } from './file-storage';
import { deletedText, storageErrorText } from './file-texts';
import { sha256Of } from './running-hashes';
import { createTusServer } from './tus-server';
import { UploadSteps, type AuthedRequest } from './upload-steps';

/** Hours after which an upload nobody finished is removed. */
export const ABANDONED_UPLOAD_HOURS = 24;

/** A file and the record it is attached to, as the caller reaches them. */
interface ReachedFile {
  file: EvidenceFileEntity;
  coordinator: boolean;
}

/**
 * Evidence files: resumable uploads (the tus protocol, `@tus/server` on `POST /files`, `PATCH`/`HEAD /files/:id`; or one
 * multipart/form-data `POST /files`, MultipartUploads; both through UploadSteps) to
 * the FileStorage the settings choose (the local disk under TASKFORCE_DATA_DIR/files, or an S3 bucket shared by every
 * node when S3_BUCKET is set), the SHA-256 computed while the bytes arrive (RunningHashes), the
 * type detected from the content (file-type), the name sanitised (libs/domain `storedFileName`); downloads; the
 * custody trail in the audit chain; markings; deletion of contents by their uploader or a coordinator, and at the end
 * of the operation's retention period. Who reads a file: whoever may read what it is attached to (AttachmentPolicy);
 * anyone else, and unknown or malformed ids, get NOT_FOUND alike. Nothing is written in a CLOSED operation.
 */
@Injectable()
export class FilesService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(FilesService.name);
  readonly storage: FileStorage;
  readonly tus: Server;
  /** The steps every upload goes through, over tus or multipart (UploadSteps). */
  readonly uploads: UploadSteps;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attachments: AttachmentPolicy,
    private readonly operations: OperationPolicy,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly announcer: FileAnnouncer,
  ) {
    this.storage = createFileStorage(config, (db.options as { url: string }).url);
    this.uploads = new UploadSteps(db, attachments, this.storage, config.FILE_RETENTION_DAYS, (actor, action, file, m, details) => this.custody(actor, action, file, m, details));
    this.tus = createTusServer(this.storage, config.FILE_MAX_BYTES, {
      admit: (req, uploadId) => this.uploads.admit(req as AuthedRequest, uploadId),
      begin: (req, upload) => this.uploads.begin(req as AuthedRequest, upload),
      finish: async (req, upload) => {
        const file = await this.uploads.finish((req as AuthedRequest).user as AuthUser, upload.id, upload.size ?? 0);
        await this.announcer.attached(file);
        return { 'X-File-Id': file.id, 'X-File-SHA256': file.sha256 ?? '' };
      },
      terminated: (id) => this.uploads.terminated(id),
    });
  }

  onModuleInit(): void {
    scheduleSweep(this.scheduler, 'file-retention', this.config.FILE_RETENTION_CHECK_SECONDS, (now) => this.deleteExpired(now), this.logger);
  }

  async onModuleDestroy(): Promise<void> {
    await this.storage.close();
  }

  /**
   * The file for a download: its record and a stream of its content; the download is a custody entry.
   * @throws NOT_FOUND for unknown, malformed, unfinished and unreachable files alike; FAILED_PRECONDITION (HTTP 410)
   *   when its content was deleted (the message says when and why).
   */
  async openForDownload(user: AuthUser, id: string): Promise<{ file: EvidenceFileEntity; content: Readable }> {
    const { file } = await this.require(user, id);
    if (file.state === FileState.CONTENT_DELETED) throw failedPrecondition(deletedText(file), { gone: true });
    await this.custody(user, AuditAction.FILE_DOWNLOADED, file, this.db.manager, { size: Number(file.size) });
    return { file, content: this.storage.open(file.id) };
  }

  /**
   * The files attached to a record the caller may read whose content arrived (stored or since deleted), newest first; an
   * upload in progress is reached only over tus, by its uploader. None
   * for a recipient of a lead whose share removes anything. @throws NOT_FOUND when the record is not reachable.
   */
  async list(user: AuthUser, kind: FileAttachmentKind, attachedId: string): Promise<EvidenceFileEntity[]> {
    const target = await this.attachments.resolve(user, kind, attachedId);
    if (!target || !target.recordReadable) throw notFound('Record');
    if (!target.readable) return [];
    return this.db
      .getRepository(EvidenceFileEntity)
      .createQueryBuilder('f')
      .where(`f.attached_kind = :kind AND f.attached_id = :attachedId AND f.state <> 'UPLOADING'`, { kind, attachedId })
      .orderBy('f.created_at', 'DESC')
      .getMany();
  }

  /** One file. @throws NOT_FOUND as `openForDownload`. */
  async get(user: AuthUser, id: string): Promise<EvidenceFileEntity> {
    return (await this.require(user, id)).file;
  }

  /**
   * The file's custody trail, oldest first: every upload, download, marking change, check and deletion from the audit
   * chain (who, agency, what, when in UTC, from where, the SHA-256). Shown to the uploader's agency and the operation's
   * coordinators. @throws NOT_FOUND as `get`; FORBIDDEN for anyone else who may read the file.
   */
  async custodyTrail(user: AuthUser, id: string) {
    const { file, coordinator } = await this.require(user, id);
    if (user.agencyId !== file.uploaderAgencyId && !coordinator) throw forbidden("Only the uploader's agency and the operation's coordinators see a file's custody trail");
    const rows: Array<{ action: string; at: Date; actor_user_id: string | null; actor_agency_id: string | null; client_address: string | null; sha256: string | null; details: Record<string, unknown> }> = await this.db.query(
      `SELECT action, at, actor_user_id, actor_agency_id, client_address, details->>'sha256' AS sha256, details
         FROM audit_entries WHERE subject_type = $1 AND subject_id = $2 ORDER BY seq`,
      [AuditSubject.FILE, file.id],
    );
    return rows;
  }

  /**
   * Changes the file's TLP label, handling code and H3 restriction (`restriction`, already checked against the code by
   * the input; null without H3) — its uploader or a coordinator. @throws NOT_FOUND as `get`; FORBIDDEN otherwise;
   * FAILED_PRECONDITION when the operation is closed or the content deleted.
   */
  async setMarking(user: AuthUser, id: string, tlp: TlpLabel, handlingCode: HandlingCode | null, restriction: string | null): Promise<EvidenceFileEntity> {
    const marked = await this.db.transaction(async (m) => {
      const { file, coordinator } = await this.requireWritable(user, id, m);
      if (file.uploadedById !== user.userId && !coordinator) throw forbidden("Only the file's uploader or a coordinator may change its markings");
      if (file.state === FileState.CONTENT_DELETED) throw failedPrecondition(deletedText(file));
      if (file.tlp === tlp && file.handlingCode === handlingCode && file.handlingCondition === restriction) return { file, changed: false };
      await m.query('UPDATE evidence_files SET tlp = $2, handling_code = $3, handling_condition = $4 WHERE id = $1', [file.id, tlp, handlingCode, restriction]);
      await this.custody(user, AuditAction.FILE_MARKING_CHANGED, file, m, { tlp, handlingCode, previousTlp: file.tlp, previousHandlingCode: file.handlingCode });
      return { file: await m.getRepository(EvidenceFileEntity).findOneByOrFail({ id: file.id }), changed: true };
    });
    if (marked.changed) this.announcer.changed(marked.file, 'MARKING_CHANGED');
    return marked.file;
  }

  /**
   * Deletes the file's content (its uploader or a coordinator; again: nothing more happens) for `reason` (as stated,
   * already checked: DeleteFileArgs), which the custody entry and the file's `deletedReason` keep; the record, SHA-256
   * and custody trail stay. @throws as `setMarking`.
   */
  async deleteContent(user: AuthUser, id: string, reason: string): Promise<EvidenceFileEntity> {
    const { file, removed } = await this.db.transaction(async (m) => {
      const { file, coordinator } = await this.requireWritable(user, id, m);
      if (file.uploadedById !== user.userId && !coordinator) throw forbidden("Only the file's uploader or a coordinator may delete it");
      // Deleted already: nothing left to remove, nothing new to tell.
      return file.state === FileState.CONTENT_DELETED ? { file, removed: false } : { file: await this.markDeleted(m, file, reason, user), removed: true };
    });
    if (removed) {
      await this.removeContent(file.id);
      this.announcer.changed(file, 'CONTENT_DELETED');
    }
    return file;
  }

  /**
   * Reads the stored content again and compares its SHA-256 with the one recorded at upload; the check is a custody
   * entry (`sha256Found`, `intact`). A mismatch marks the file (`integrityFailedAt`, kept from the first failed check)
   * until a check matches again; either change is told live (`file.changed` INTEGRITY_CHECKED). Any reader of the file
   * may ask. @throws NOT_FOUND as `get`; FAILED_PRECONDITION when its content was deleted.
   */
  async verify(user: AuthUser, id: string): Promise<{ expected: string; found: string; intact: boolean }> {
    const { file } = await this.require(user, id);
    if (file.state === FileState.CONTENT_DELETED) throw failedPrecondition(deletedText(file));
    const found = await sha256Of(this.storage.open(file.id)).catch(() => 'missing');
    const result = { expected: file.sha256 as string, found, intact: found === file.sha256 };
    const changed = await this.db.transaction(async (m) => {
      await this.custody(user, AuditAction.FILE_VERIFIED, file, m, { sha256Found: found, intact: result.intact });
      const [, count] = await m.query(
        result.intact
          ? 'UPDATE evidence_files SET integrity_failed_at = NULL WHERE id = $1 AND integrity_failed_at IS NOT NULL'
          : 'UPDATE evidence_files SET integrity_failed_at = now() WHERE id = $1 AND integrity_failed_at IS NULL',
        [file.id],
      );
      return count > 0;
    });
    if (changed) this.announcer.changed(file, 'INTEGRITY_CHECKED');
    return result;
  }

  /**
   * Moves a file onto another record (its uploader only, never off a lead: libs/domain `canReattachFile`); from then on
   * it is read by whoever reads the new record, and its content expires under the new record's retention. A custody
   * entry (FILE_REATTACHED) records both records. @throws NOT_FOUND for a file or record the caller cannot reach alike;
   * FORBIDDEN for anyone but the uploader, or off a lead; FAILED_PRECONDITION when either record is read-only (a
   * deleted message's files stay with it).
   */
  async reattach(user: AuthUser, id: string, kind: FileAttachmentKind, attachedId: string): Promise<EvidenceFileEntity> {
    const moved = await this.db.transaction(async (m) => {
      const { file } = await this.requireWritable(user, id, m);
      if (!canReattachFile(user, file)) {
        throw forbidden(file.attachedKind === FileAttachmentKind.LEAD ? "A lead's files leave it only by sharing the lead" : "Only the file's uploader may move it to another record");
      }
      // The record it leaves must take changes too: a deleted message's files stay where its deletion left them.
      const source = await this.attachments.resolve(user, file.attachedKind, file.attachedId, m);
      if (!source?.writable) throw failedPrecondition(`The file's record is read-only: ${source?.readOnlyReason ?? 'it takes no changes'}`);
      const target = await this.attachments.resolve(user, kind, attachedId, m);
      if (!target || !target.readable) throw notFound('Record');
      if (!target.writable) throw failedPrecondition(target.readOnlyReason ?? 'The record takes no files');
      if (file.attachedKind === kind && file.attachedId === attachedId) return null;
      const [{ days }] = await m.query('SELECT COALESCE((SELECT file_retention_days FROM operations WHERE id = $1), $2) AS days', [target.operationId, this.config.FILE_RETENTION_DAYS]);
      await m.query(
        `UPDATE evidence_files SET attached_kind = $2, attached_id = $3, operation_id = $4,
                expires_at = CASE WHEN state = 'STORED' THEN uploaded_at + make_interval(days => $5) ELSE expires_at END
          WHERE id = $1`,
        [file.id, kind, attachedId, target.operationId, days],
      );
      await this.custody(user, AuditAction.FILE_REATTACHED, file, m, {
        from: { kind: file.attachedKind, id: file.attachedId, operationId: file.operationId },
        to: { kind, id: attachedId, operationId: target.operationId },
      });
      return { file: await m.getRepository(EvidenceFileEntity).findOneByOrFail({ id: file.id }), movedFrom: { attachedKind: file.attachedKind, attachedId: file.attachedId, operationId: file.operationId } };
    });
    if (!moved) return this.get(user, id);
    this.announcer.changed(moved.file, 'DETACHED', moved.movedFrom);
    await this.announcer.attached(moved.file);
    return moved.file;
  }

  /**
   * Sets how many days the operation keeps file contents (its coordinators; 1 … FILE_RETENTION_MAX_DAYS); the files it
   * holds expire that many days after their upload. @throws NOT_FOUND for an operation the caller cannot see; FORBIDDEN
   * for anyone but its coordinators; BAD_USER_INPUT (field `days`) out of range; FAILED_PRECONDITION when closed.
   */
  async setRetention(user: AuthUser, operationId: string, days: number): Promise<number> {
    if (!Number.isInteger(days) || days < 1 || days > this.config.FILE_RETENTION_MAX_DAYS) {
      throw badInput([{ field: 'days', message: `days must be a whole number from 1 to ${this.config.FILE_RETENTION_MAX_DAYS}` }]);
    }
    return this.db.transaction(async (m) => {
      const facts = await this.operations.requireWritable(user, operationId, m);
      OperationPolicy.requireCoordinator(user, facts, 'set how long files are kept');
      await m.query('UPDATE operations SET file_retention_days = $2 WHERE id = $1', [operationId, days]);
      await m.query(`UPDATE evidence_files SET expires_at = uploaded_at + make_interval(days => $2) WHERE operation_id = $1 AND state = 'STORED'`, [operationId, days]);
      return days;
    });
  }

  /**
   * Deletes the contents whose retention has passed at `now` (UTC), from the storage (this node's disk, or the S3 bucket
   * with the tus `.info` and `.part` objects), and the uploads abandoned
   * half-way for ABANDONED_UPLOAD_HOURS (their record and bytes: nobody but their uploader ever saw them); returns the
   * ids of the files whose content went.
   */
  async deleteExpired(now: Date): Promise<string[]> {
    const abandoned = await this.db
      .createQueryBuilder()
      .delete()
      .from(EvidenceFileEntity)
      .where(`state = 'UPLOADING' AND created_at <= :before`, { before: new Date(now.getTime() - ABANDONED_UPLOAD_HOURS * 3_600_000) })
      .returning('id')
      .execute();
    for (const { id } of abandoned.raw as Array<{ id: string }>) await this.removeContent(id);
    const deleted = await this.db.transaction(async (m) => {
      const due = await m
        .getRepository(EvidenceFileEntity)
        .createQueryBuilder('f')
        .where(`f.state = 'STORED' AND f.expires_at <= :now`, { now })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const out: EvidenceFileEntity[] = [];
      for (const file of due) out.push(await this.markDeleted(m, file, 'retention period ended', null, now));
      return out;
    });
    for (const file of deleted) {
      await this.removeContent(file.id);
      this.announcer.changed(file, 'CONTENT_DELETED');
    }
    return deleted.map((f) => f.id);
  }

  private async markDeleted(m: EntityManager, file: EvidenceFileEntity, reason: string, user: AuthUser | null, now: Date = new Date()): Promise<EvidenceFileEntity> {
    await m.query(`UPDATE evidence_files SET state = 'CONTENT_DELETED', content_deleted_at = $2, content_deleted_reason = $3 WHERE id = $1`, [file.id, now, reason]);
    const actor = user ?? { userId: null as unknown as string, agencyId: null as unknown as string };
    await this.custody(actor, AuditAction.FILE_CONTENT_DELETED, file, m, { reason });
    return m.getRepository(EvidenceFileEntity).findOneByOrFail({ id: file.id });
  }

  private async removeContent(id: string): Promise<void> {
    await this.storage.remove(id).catch((err: unknown) => this.logger.warn(`file ${id}: content already gone (${storageErrorText(err)})`));
  }

  /** The file and whether the caller coordinates its operation; NOT_FOUND unless stored (or being uploaded by the caller) and reachable. */
  private async require(user: AuthUser, id: string, m: EntityManager = this.db.manager): Promise<ReachedFile> {
    const file = isUuid(id) ? await m.getRepository(EvidenceFileEntity).findOneBy({ id }) : null;
    if (!file || file.state === FileState.UPLOADING) throw notFound('File');
    const target = await this.attachments.resolve(user, file.attachedKind, file.attachedId, m);
    if (!target || !target.readable) throw notFound('File');
    return { file, coordinator: target.coordinator };
  }

  /** As `require`, and the file's operation (if any) is not CLOSED. */
  private async requireWritable(user: AuthUser, id: string, m: EntityManager): Promise<ReachedFile> {
    const reached = await this.require(user, id, m);
    const operationId = reached.file.operationId;
    if (operationId !== null) {
      const facts = await this.operations.facts(operationId, m);
      if (!facts || !isOperationWritable(facts.status)) throw await this.operations.closedError(operationId, m);
    }
    return reached;
  }

  /** One custody entry in the audit chain: who, agency, what, when (UTC), from where (the request's address), the SHA-256. */
  private custody(actor: Pick<AuthUser, 'userId' | 'agencyId'>, action: AuditAction, file: EvidenceFileEntity, m: EntityManager, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(actor, { action, subjectType: AuditSubject.FILE, subjectId: file.id, details: { fileId: file.id, sha256: file.sha256, ...details } }, m);
  }
}
