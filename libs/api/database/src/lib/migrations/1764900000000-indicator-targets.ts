import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicators, second slice: case records entered by agencies carry the CTDC age band and the user who
 * recorded them; coordinators set targets per indicator and period for a joint operation (`operation_targets`,
 * one target per operation, indicator and period — setting it again replaces the figure).
 *
 * A target's achievement counts the operation's case records of that indicator whose `created_at` (UTC date) falls
 * within the period, both ends included.
 */
export class IndicatorTargets1764900000000 implements MigrationInterface {
  name = 'IndicatorTargets1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_records
      ADD COLUMN age_band text NULL CHECK (age_band IN ('0-8','9-17','18-20','21-23','24-26','27-29','30-38','39-47','48+')),
      ADD COLUMN recorded_by uuid NULL REFERENCES users(id) ON DELETE SET NULL`);
    await q.query(`CREATE TABLE operation_targets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      operation_id uuid NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
      indicator text NOT NULL CHECK (indicator IN ('VICTIM_IDENTIFIED','VICTIM_REFERRED','VICTIM_ASSISTED','INVESTIGATION_OPENED','PROSECUTION','CONVICTION')),
      period_start date NOT NULL,
      period_end date NOT NULL,
      target integer NOT NULL CHECK (target > 0),
      set_by uuid NULL REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (period_end >= period_start),
      UNIQUE (operation_id, indicator, period_start, period_end)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE operation_targets`);
    await q.query(`ALTER TABLE case_records DROP COLUMN recorded_by, DROP COLUMN age_band`);
  }
}
