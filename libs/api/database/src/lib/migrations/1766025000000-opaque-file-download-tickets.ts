import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Download tickets kept on the server (`FileDownloadTickets`): the ticket in a URL is an opaque random value, and this
 * table holds, under the SHA-256 of that value (the value itself is never stored), the file, the person and the session
 * it was issued to and when it expires (UTC). A row goes when its ticket is used, or when the periodic sweep finds it
 * expired. Replaces `file_download_tickets_used` (signed tickets named the person and session in the URL); tickets
 * issued before this migration stop working, as they would within 60 s anyway.
 */
export class OpaqueFileDownloadTickets1766025000000 implements MigrationInterface {
  name = 'OpaqueFileDownloadTickets1766025000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE file_download_tickets_used');
    await q.query(`CREATE TABLE file_download_tickets (
      token_sha256 char(64) PRIMARY KEY,
      file_id uuid NOT NULL REFERENCES evidence_files(id) ON DELETE CASCADE,
      user_id uuid NOT NULL,
      session_id uuid NOT NULL,
      expires_at timestamptz NOT NULL
    )`);
    await q.query('CREATE INDEX file_download_tickets_expires_at ON file_download_tickets (expires_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE file_download_tickets');
    await q.query(`CREATE TABLE file_download_tickets_used (
      ticket_id uuid PRIMARY KEY,
      expires_at timestamptz NOT NULL
    )`);
  }
}
