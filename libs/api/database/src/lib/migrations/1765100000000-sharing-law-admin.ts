import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sharing law administered by platform admins, and shares that follow it over time:
 * - `agreements.version` (optimistic concurrency for `updateAgreement`) and `updated_at`;
 * - `jurisdiction_rules.created_by_id` and `retired_at` (a retired rule's last version keeps its row, with
 *   `effective_to` set to the instant it was retired);
 * - `lead_shares.basis_valid_until`: the exclusive UTC end of the in-force period of the agreement the share's
 *   legal basis names (null = open-ended or not an agreement). The read rule requires it to be in the future, so
 *   an expiring agreement ends the share at that instant, before any sweep runs. Backfilled from the agreements;
 *   a bare-date `in_force_to` (`2024-12-31`) covers that whole UTC day, as the engine reads it;
 * - `lead_shares.operation_id`: the joint operation a share was made through ("every agency of an operation");
 *   such a share is readable only while its recipient still takes part in that operation;
 * - `lead_shares.law_checked_at`: the last instant the engine decided the share again after a change of the law
 *   (null = only when it was made); a sweep re-decides live shares checked before a rule or agreement boundary
 *   (a future-dated version coming into effect, an agreement starting or ending) that has since passed;
 * - share status `LAPSED` with `lapsed_at` and `lapse_reason` (`AGREEMENT_ENDED`, `LAW_CHANGED`,
 *   `LEFT_OPERATION`), and the notification type `LEAD_SHARE_LAPSED` (its `down` leaves that value unused:
 *   PostgreSQL has no DROP VALUE).
 */
export class SharingLawAdmin1765100000000 implements MigrationInterface {
  name = 'SharingLawAdmin1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agreements ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1)`);
    await q.query(`ALTER TABLE agreements ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`ALTER TABLE jurisdiction_rules ADD COLUMN created_by_id uuid NULL REFERENCES users(id)`);
    await q.query(`ALTER TABLE jurisdiction_rules ADD COLUMN retired_at timestamptz NULL`);

    await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS 'LEAD_SHARE_LAPSED'`);
    await q.query(`ALTER TYPE lead_share_status ADD VALUE IF NOT EXISTS 'LAPSED'`);
    await q.query(`CREATE TYPE lead_share_lapse_reason AS ENUM ('AGREEMENT_ENDED','LAW_CHANGED','LEFT_OPERATION')`);
    await q.query(`ALTER TABLE lead_shares ADD COLUMN basis_valid_until timestamptz NULL`);
    await q.query(`ALTER TABLE lead_shares ADD COLUMN operation_id uuid NULL REFERENCES operations(id)`);
    await q.query(`ALTER TABLE lead_shares ADD COLUMN law_checked_at timestamptz NULL`);
    await q.query(`ALTER TABLE lead_shares ADD COLUMN lapsed_at timestamptz NULL`);
    await q.query(`ALTER TABLE lead_shares ADD COLUMN lapse_reason lead_share_lapse_reason NULL`);
    await q.query(`UPDATE lead_shares s
         SET basis_valid_until = CASE
               WHEN a.in_force_to ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN ((a.in_force_to::date + 1)::timestamp AT TIME ZONE 'UTC')
               ELSE a.in_force_to::timestamptz + interval '1 millisecond'
             END
        FROM agreements a
       WHERE s.legal_basis ->> 'kind' = 'AGREEMENT' AND a.id = s.legal_basis ->> 'id' AND a.in_force_to IS NOT NULL`);
    await q.query(`CREATE INDEX lead_shares_basis_valid_until_idx ON lead_shares (basis_valid_until) WHERE basis_valid_until IS NOT NULL`);
    await q.query(`CREATE INDEX lead_shares_operation_idx ON lead_shares (operation_id, recipient_agency_id) WHERE operation_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX lead_shares_operation_idx`);
    await q.query(`DROP INDEX lead_shares_basis_valid_until_idx`);
    // An enum value cannot be dropped: lapsed shares become revoked ones and the type is rebuilt without LAPSED.
    await q.query(`UPDATE lead_shares SET status = 'REVOKED', revoked_at = COALESCE(revoked_at, lapsed_at) WHERE status = 'LAPSED'`);
    await q.query(`ALTER TABLE lead_shares DROP COLUMN lapse_reason`);
    await q.query(`ALTER TABLE lead_shares DROP COLUMN lapsed_at`);
    await q.query(`ALTER TABLE lead_shares DROP COLUMN law_checked_at`);
    await q.query(`ALTER TABLE lead_shares DROP COLUMN operation_id`);
    await q.query(`ALTER TABLE lead_shares DROP COLUMN basis_valid_until`);
    await q.query(`DROP TYPE lead_share_lapse_reason`);
    await q.query(`DROP INDEX lead_shares_live_idx`);
    await q.query(`DROP INDEX lead_shares_recipient_idx`);
    await q.query(`ALTER TYPE lead_share_status RENAME TO lead_share_status_old`);
    await q.query(`CREATE TYPE lead_share_status AS ENUM ('ACTIVE','PENDING_APPROVAL','REFUSED','REVOKED')`);
    await q.query(`ALTER TABLE lead_shares ALTER COLUMN status TYPE lead_share_status USING status::text::lead_share_status`);
    await q.query(`DROP TYPE lead_share_status_old`);
    await q.query(`CREATE UNIQUE INDEX lead_shares_live_idx ON lead_shares (lead_id, recipient_agency_id) WHERE status IN ('ACTIVE','PENDING_APPROVAL')`);
    await q.query(`CREATE INDEX lead_shares_recipient_idx ON lead_shares (recipient_agency_id) WHERE status = 'ACTIVE'`);
    await q.query(`ALTER TABLE jurisdiction_rules DROP COLUMN retired_at`);
    await q.query(`ALTER TABLE jurisdiction_rules DROP COLUMN created_by_id`);
    await q.query(`ALTER TABLE agreements DROP COLUMN updated_at`);
    await q.query(`ALTER TABLE agreements DROP COLUMN version`);
  }
}
