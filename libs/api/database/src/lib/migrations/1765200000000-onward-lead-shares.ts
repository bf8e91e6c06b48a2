import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Onward sharing of leads: `lead_shares.sender_agency_id` is the agency that passed the lead on — the
 * originating agency for a first share, a recipient holding an ACTIVE share for an onward share. Existing rows are
 * first shares, so they take the lead's originating agency. A recipient sees its own share and the onward shares
 * it sent (this column), never the rest of the originator's list.
 */
export class OnwardLeadShares1765200000000 implements MigrationInterface {
  name = 'OnwardLeadShares1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE lead_shares ADD COLUMN sender_agency_id uuid NULL REFERENCES agencies(id)`);
    await q.query(`UPDATE lead_shares s SET sender_agency_id = l.originating_agency_id FROM leads l WHERE l.id = s.lead_id`);
    await q.query(`ALTER TABLE lead_shares ALTER COLUMN sender_agency_id SET NOT NULL`);
    await q.query(`CREATE INDEX lead_shares_sender_idx ON lead_shares (sender_agency_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX lead_shares_sender_idx`);
    await q.query(`ALTER TABLE lead_shares DROP COLUMN sender_agency_id`);
  }
}
