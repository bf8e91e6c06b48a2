import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files attached to a joint operation, a task, a request for information or a channel message: name, size,
 * SHA-256 (computed while the bytes arrived), the type detected from the content, TLP 2.0 label and handling code, who
 * uploaded it, and when its content expires (the operation's retention period, `operations.file_retention_days`,
 * default 28). Content deletion keeps the row, its SHA-256 and its custody trail in the audit chain.
 */
export class EvidenceFiles1765970000000 implements MigrationInterface {
  name = 'EvidenceFiles1765970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE file_attachment_kind AS ENUM ('OPERATION', 'TASK', 'INFORMATION_REQUEST', 'OPERATION_MESSAGE')`);
    await q.query(`CREATE TYPE file_state AS ENUM ('UPLOADING', 'STORED', 'CONTENT_DELETED')`);
    await q.query(`ALTER TABLE operations ADD COLUMN file_retention_days integer NOT NULL DEFAULT 28 CHECK (file_retention_days BETWEEN 1 AND 3650)`);
    await q.query(`CREATE TABLE evidence_files (
      id uuid PRIMARY KEY,
      operation_id uuid NOT NULL REFERENCES operations(id),
      attached_kind file_attachment_kind NOT NULL,
      attached_id uuid NOT NULL,
      name text NOT NULL,
      size bigint NOT NULL CHECK (size >= 0),
      sha256 text NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      content_type text NULL,
      tlp tlp_label NOT NULL DEFAULT 'AMBER',
      handling_code handling_code NULL,
      uploaded_by_id uuid NOT NULL REFERENCES users(id),
      uploader_agency_id uuid NOT NULL REFERENCES agencies(id),
      state file_state NOT NULL DEFAULT 'UPLOADING',
      created_at timestamptz NOT NULL DEFAULT now(),
      uploaded_at timestamptz NULL,
      expires_at timestamptz NULL,
      content_deleted_at timestamptz NULL,
      content_deleted_reason text NULL,
      CHECK ((state = 'UPLOADING') = (uploaded_at IS NULL)),
      CHECK ((state = 'CONTENT_DELETED') = (content_deleted_at IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX evidence_files_attached_idx ON evidence_files (attached_kind, attached_id)`);
    await q.query(`CREATE INDEX evidence_files_expiry_idx ON evidence_files (expires_at) WHERE state = 'STORED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE evidence_files`);
    await q.query(`ALTER TABLE operations DROP COLUMN file_retention_days`);
    await q.query(`DROP TYPE file_state`);
    await q.query(`DROP TYPE file_attachment_kind`);
  }
}
