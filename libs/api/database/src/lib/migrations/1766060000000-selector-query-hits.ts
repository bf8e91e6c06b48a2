import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `selector_queries.hit`: whether the answer the querier got revealed a holder (true), or was a no-hit (false, hidden
 * hits included); null for a refused query and for rows written before this column. Platform admins' query volumes
 * per agency count it (docs/hit-no-hit.md, "Query volumes").
 */
export class SelectorQueryHits1766060000000 implements MigrationInterface {
  name = 'SelectorQueryHits1766060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE selector_queries ADD COLUMN hit boolean`);
    await q.query(`CREATE INDEX selector_queries_time ON selector_queries (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX selector_queries_time`);
    await q.query(`ALTER TABLE selector_queries DROP COLUMN hit`);
  }
}
