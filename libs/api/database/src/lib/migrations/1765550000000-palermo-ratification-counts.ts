import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ratifications of the UN Trafficking in Persons Protocol per year (palermo/ratifications_count.csv, Kelley & Heiss,
 * scraped from the UN Treaty Collection, treaty XVIII-12-a): states ratifying in the year and the running total.
 * Keyed by (source, key) with key = the year, like every imported table, so a re-import upserts.
 */
export class PalermoRatificationCounts1765550000000 implements MigrationInterface {
  name = 'PalermoRatificationCounts1765550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE palermo_ratification_counts (
      source text NOT NULL,
      key text NOT NULL,
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      ratified integer NOT NULL CHECK (ratified >= 0),
      cumulative integer NOT NULL CHECK (cumulative >= ratified),
      source_line integer NOT NULL,
      imported_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (source, key),
      UNIQUE (source, year)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE palermo_ratification_counts`);
  }
}
