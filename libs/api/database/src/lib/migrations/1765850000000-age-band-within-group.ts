import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDelta, cellsOf, DELTAS, DIMENSIONS, KEY, RollUpDimension } from './1765750000000-case-record-cells';

/**
 * The roll-up `case_record_cells` keeps a record of unknown age band but known age group in that group: its
 * `age_band` value is `MINOR_AGE_UNKNOWN` or `ADULT_AGE_UNKNOWN` (NULL only when the group is unknown too), as the
 * domain's `valueOf(record, 'ageBand')` maps it (`AGE_UNKNOWN_IN_GROUP`). The figures by band then add up to the
 * figures by group exactly, which the small-cell protection relies on (docs/disclosure-control.md, "Age bands and
 * age groups"). The trigger functions are replaced with the new derivation and the roll-up is rebuilt from the
 * records in the same transaction (writers wait: SHARE ROW EXCLUSIVE). `down` restores the previous derivation.
 */
export class AgeBandWithinGroup1765850000000 implements MigrationInterface {
  name = 'AgeBandWithinGroup1765850000000';

  async up(q: QueryRunner): Promise<void> {
    await rebuild(q, WITHIN_GROUP);
  }

  async down(q: QueryRunner): Promise<void> {
    await rebuild(q, DIMENSIONS);
  }
}

const ageGroupSql = DIMENSIONS.find((d) => d.column === 'age_group')?.sql as string;

/** `age_band`: the band, else the unknown band of the record's group, else NULL (unknown group). */
const WITHIN_GROUP: readonly RollUpDimension[] = DIMENSIONS.map((d) =>
  d.column === 'age_band'
    ? { ...d, sql: `COALESCE(NULLIF(cr.age_band, ''), CASE ${ageGroupSql} WHEN 'MINOR' THEN 'MINOR_AGE_UNKNOWN' WHEN 'ADULT' THEN 'ADULT_AGE_UNKNOWN' END)` }
    : d,
);

async function rebuild(q: QueryRunner, dimensions: readonly RollUpDimension[]): Promise<void> {
  await q.query(`LOCK TABLE case_records IN SHARE ROW EXCLUSIVE MODE`);
  for (const event of ['INSERT', 'UPDATE', 'DELETE'] as const) {
    await q.query(`CREATE OR REPLACE FUNCTION case_record_cells_after_${event.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE emptied bigint[];
        BEGIN
          ${applyDelta(DELTAS[event], 'emptied', dimensions)}
          RETURN NULL;
        END
        $fn$`);
  }
  await q.query(`DELETE FROM case_record_cells`);
  await q.query(`INSERT INTO case_record_cells (${KEY.join(', ')}, n, key_sum) ${cellsOf('SELECT cr.*, 1 AS dn, cr.record_key AS dk FROM case_records cr', dimensions)}`);
  await q.query(`ANALYZE case_record_cells`);
}
