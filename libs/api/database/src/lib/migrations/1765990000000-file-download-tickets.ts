import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Download tickets already used (`FileDownloadTickets`): the random id of each ticket redeemed and when it expires, so
 * that a ticket serves one download on whichever API node it reaches. Rows past their expiry are removed as tickets are
 * redeemed; the table stays as small as the downloads of the last minutes.
 */
export class FileDownloadTickets1765990000000 implements MigrationInterface {
  name = 'FileDownloadTickets1765990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE file_download_tickets_used (
      ticket_id uuid PRIMARY KEY,
      expires_at timestamptz NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE file_download_tickets_used');
  }
}
