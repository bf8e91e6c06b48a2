import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hit/no-hit work done after the answer (docs/hit-no-hit.md, "After the answer"):
 * - `selector_queries.match_keys`: the blind indexes a query was matched with (`keyId:hex`, one per matching key,
 *   never a value), kept until the sweep has opened its deconfliction cases, then cleared (null);
 * - `selector_queries.answered_at`: when the querier was answered (UTC); the sweep matches only selectors recorded by
 *   then;
 * - `selector_notices`: one row per querying agency, holder lead and UTC day on which the holder's liaison officers
 *   were told of a query, so that repeated queries make one notice a day.
 */
export class SelectorHitSweep1766080000000 implements MigrationInterface {
  name = 'SelectorHitSweep1766080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE selector_queries ADD COLUMN match_keys text[], ADD COLUMN answered_at timestamptz`);
    await q.query(`CREATE INDEX selector_queries_to_sweep ON selector_queries (created_at, id) WHERE match_keys IS NOT NULL`);
    await q.query(`
      CREATE TABLE selector_notices (
        querier_agency_id uuid NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
        holder_lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
        day date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (querier_agency_id, holder_lead_id, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE selector_notices`);
    await q.query(`DROP INDEX selector_queries_to_sweep`);
    await q.query(`ALTER TABLE selector_queries DROP COLUMN match_keys, DROP COLUMN answered_at`);
  }
}
