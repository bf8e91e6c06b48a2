import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring and evaluation (first slice): reference tables loaded from the public data sets in
 * ../shared/data (TIP tiers by country-year, Palermo Protocol ratification years, UNODC GLOTIP figures) and
 * case-level records (agency-entered, or from a public data set such as CTDC with no agency). Every imported row
 * is keyed by (source, key), the parser's natural key, so a re-import upserts instead of duplicating.
 */
export class Indicators1764700000000 implements MigrationInterface {
  name = 'Indicators1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE tip_tiers (
      source text NOT NULL,
      key text NOT NULL,
      country_alpha2 text NOT NULL,
      country_alpha3 text NOT NULL,
      country_name text NOT NULL,
      year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
      tier text NOT NULL CHECK (tier IN ('TIER_1','TIER_2','TIER_2_WATCH_LIST','TIER_3','SPECIAL_CASE','NOT_RATED')),
      source_name text NOT NULL,
      source_line integer NOT NULL,
      source_sheet text NULL,
      imported_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (source, key)
    )`);
    await q.query(`CREATE INDEX tip_tiers_country_idx ON tip_tiers (country_alpha2, year)`);

    await q.query(`CREATE TABLE palermo_ratifications (
      source text NOT NULL,
      key text NOT NULL,
      country_alpha2 text NOT NULL,
      country_alpha3 text NOT NULL,
      country_name text NOT NULL,
      ratified_year integer NULL,
      not_ratified_by_end_of_data_range boolean NOT NULL,
      cow_code integer NULL,
      source_name text NOT NULL,
      source_line integer NOT NULL,
      imported_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (source, key)
    )`);
    await q.query(`CREATE INDEX palermo_ratifications_country_idx ON palermo_ratifications (country_alpha2)`);

    await q.query(`CREATE TABLE glotip_figures (
      source text NOT NULL,
      key text NOT NULL,
      country_alpha2 text NOT NULL,
      country_alpha3 text NOT NULL,
      country_name text NOT NULL,
      region text NOT NULL,
      subregion text NOT NULL,
      indicator text NOT NULL,
      indicator_kind text NULL,
      dimension text NOT NULL,
      category text NOT NULL,
      sex text NOT NULL,
      age text NOT NULL,
      year integer NOT NULL,
      unit text NOT NULL,
      value numeric NULL,
      suppressed boolean NOT NULL,
      value_text text NOT NULL,
      citation text NOT NULL,
      source_line integer NOT NULL,
      source_sheet text NULL,
      imported_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (source, key),
      CHECK (suppressed = (value IS NULL))
    )`);
    await q.query(`CREATE INDEX glotip_figures_country_idx ON glotip_figures (country_alpha2, year)`);

    await q.query(`CREATE TABLE case_records (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      source text NOT NULL,
      key text NOT NULL,
      agency_id uuid NULL REFERENCES agencies(id) ON DELETE RESTRICT,
      operation_id uuid NULL REFERENCES operations(id) ON DELETE RESTRICT,
      indicator text NOT NULL CHECK (indicator IN ('VICTIM_IDENTIFIED','VICTIM_REFERRED','VICTIM_ASSISTED','INVESTIGATION_OPENED','PROSECUTION','CONVICTION')),
      year text NULL,
      sex text NULL CHECK (sex IN ('FEMALE','MALE','OTHER')),
      age_group text NULL CHECK (age_group IN ('MINOR','ADULT')),
      citizenship text NULL CHECK (citizenship ~ '^[A-Z]{2}$'),
      country_of_exploitation text NULL CHECK (country_of_exploitation ~ '^[A-Z]{2}$'),
      citizenship_region text NULL,
      exploitation_region text NULL,
      forms_of_exploitation text[] NOT NULL DEFAULT '{}',
      source_line integer NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (source, key)
    )`);
    await q.query(`CREATE INDEX case_records_source_indicator_idx ON case_records (source, indicator)`);
    await q.query(`CREATE INDEX case_records_operation_idx ON case_records (operation_id) WHERE operation_id IS NOT NULL`);
    await q.query(`CREATE INDEX case_records_agency_idx ON case_records (agency_id) WHERE agency_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_records`);
    await q.query(`DROP TABLE glotip_figures`);
    await q.query(`DROP TABLE palermo_ratifications`);
    await q.query(`DROP TABLE tip_tiers`);
  }
}
