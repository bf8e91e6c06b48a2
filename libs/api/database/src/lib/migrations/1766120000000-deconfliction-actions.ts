import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the two sides of a deconfliction case do from it (docs/hit-no-hit.md, "From a case"):
 * - `deconfliction_cases.holder_disclosed_at`: when the holder's liaison officer revealed the holder to the querying
 *   side by proposing contact on a case whose hit did not reveal it (UTC); null otherwise;
 * - `deconfliction_contacts`: contacts proposed on a case, by either side, with the message typed;
 * - `deconfliction_lead_requests`: the querying side's requests for the holder's lead, at most one PENDING per case,
 *   with the holder's decision, the share it made and the sharing decision's outcome and reasons;
 * - notification types for the other side's liaison officers.
 */
export class DeconflictionActions1766120000000 implements MigrationInterface {
  name = 'DeconflictionActions1766120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deconfliction_cases ADD COLUMN holder_disclosed_at timestamptz`);
    await q.query(`
      CREATE TABLE deconfliction_contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES deconfliction_cases(id) ON DELETE CASCADE,
        from_agency_id uuid NOT NULL REFERENCES agencies(id),
        by_user_id uuid NOT NULL REFERENCES users(id),
        message text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX deconfliction_contacts_case ON deconfliction_contacts (case_id, created_at)`);
    await q.query(`
      CREATE TABLE deconfliction_lead_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES deconfliction_cases(id) ON DELETE CASCADE,
        requesting_agency_id uuid NOT NULL REFERENCES agencies(id),
        requested_by_id uuid NOT NULL REFERENCES users(id),
        purpose text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SHARED', 'REFUSED_BY_LAW', 'DECLINED')),
        decided_by_id uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_reason text,
        share_id uuid REFERENCES lead_shares(id) ON DELETE SET NULL,
        outcome text,
        redacted_categories text[] NOT NULL DEFAULT '{}',
        reasons jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX deconfliction_lead_requests_case ON deconfliction_lead_requests (case_id, created_at)`);
    await q.query(`CREATE UNIQUE INDEX deconfliction_lead_requests_one_pending ON deconfliction_lead_requests (case_id) WHERE status = 'PENDING'`);
    for (const type of ['DECONFLICTION_CONTACT_PROPOSED', 'DECONFLICTION_LEAD_REQUESTED', 'DECONFLICTION_LEAD_REQUEST_DECIDED']) {
      await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS '${type}'`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: the three notification types stay in notification_type, unused.
    await q.query(`DELETE FROM notifications WHERE type IN ('DECONFLICTION_CONTACT_PROPOSED', 'DECONFLICTION_LEAD_REQUESTED', 'DECONFLICTION_LEAD_REQUEST_DECIDED')`);
    await q.query(`DROP TABLE deconfliction_lead_requests`);
    await q.query(`DROP TABLE deconfliction_contacts`);
    await q.query(`ALTER TABLE deconfliction_cases DROP COLUMN holder_disclosed_at`);
  }
}
