import { FileAttachmentKind, HandlingCode, TlpLabel } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Where a file's content stands: arriving, stored, or deleted (the record, its SHA-256 and custody trail stay). */
export enum FileState {
  UPLOADING = 'UPLOADING',
  STORED = 'STORED',
  CONTENT_DELETED = 'CONTENT_DELETED',
}

/** An evidence file attached to a record of a joint operation (instants UTC, size in bytes). */
@Entity({ name: 'evidence_files' })
export class EvidenceFileEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The joint operation it belongs to; null for a file on a lead recorded outside any operation. */
  @Column({ name: 'operation_id', type: 'uuid', nullable: true })
  operationId!: string | null;

  @Column({ name: 'attached_kind', type: 'enum', enum: FileAttachmentKind, enumName: 'file_attachment_kind' })
  attachedKind!: FileAttachmentKind;

  @Column({ name: 'attached_id', type: 'uuid' })
  attachedId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Bytes; bigint as text. */
  @Column({ type: 'bigint' })
  size!: string;

  /** Lowercase hex SHA-256 of the content, once stored. */
  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  /** Type detected from the content (file-type); null when not recognised. */
  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType!: string | null;

  @Column({ type: 'enum', enum: TlpLabel, enumName: 'tlp_label' })
  tlp!: TlpLabel;

  @Column({ name: 'handling_code', type: 'enum', enum: HandlingCode, enumName: 'handling_code', nullable: true })
  handlingCode!: HandlingCode | null;

  /** The restriction handling code H3 stands for (at most 500 characters); null without H3. */
  @Column({ name: 'handling_condition', type: 'text', nullable: true })
  handlingCondition!: string | null;

  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById!: string;

  @Column({ name: 'uploader_agency_id', type: 'uuid' })
  uploaderAgencyId!: string;

  @Column({ type: 'enum', enum: FileState, enumName: 'file_state' })
  state!: FileState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'uploaded_at', type: 'timestamptz', nullable: true })
  uploadedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'content_deleted_at', type: 'timestamptz', nullable: true })
  contentDeletedAt!: Date | null;

  @Column({ name: 'content_deleted_reason', type: 'text', nullable: true })
  contentDeletedReason!: string | null;

  /** Since when the stored content is known to differ from `sha256` (a failed check); null unless the last check failed. */
  @Column({ name: 'integrity_failed_at', type: 'timestamptz', nullable: true })
  integrityFailedAt!: Date | null;
}
