import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every period a target of a joint operation has had (`operation_target_periods`), kept when the target is removed
 * or replaced: its achieved figure was shown once, so later figures are protected together with it (libs/domain
 * `protectPeriods`, docs/disclosure-control.md "Targets"). Backfilled from the targets that exist.
 */
export class TargetPeriods1765700000000 implements MigrationInterface {
  name = 'TargetPeriods1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE operation_target_periods (
      operation_id uuid NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
      indicator text NOT NULL,
      period_start date NOT NULL,
      period_end date NOT NULL CHECK (period_end >= period_start),
      first_set_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (operation_id, indicator, period_start, period_end)
    )`);
    await q.query(`INSERT INTO operation_target_periods (operation_id, indicator, period_start, period_end)
      SELECT DISTINCT operation_id, indicator, period_start, period_end FROM operation_targets`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE operation_target_periods`);
  }
}
