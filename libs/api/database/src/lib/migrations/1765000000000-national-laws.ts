import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Country legal-framework profiles: national anti-trafficking laws, entered by platform admins. Public
 * legal facts (every signed-in user reads them); `version` guards concurrent edits; dates of adoption and entry
 * into force are calendar dates (no time zone), creation and update instants are UTC.
 */
export class NationalLaws1765000000000 implements MigrationInterface {
  name = 'NationalLaws1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE national_laws (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
      title text NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
      reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
      adopted_on date NULL,
      entered_into_force_on date NOT NULL,
      summary text NULL,
      source_url text NULL,
      version integer NOT NULL DEFAULT 1 CHECK (version > 0),
      created_by uuid NOT NULL REFERENCES users(id),
      updated_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (adopted_on IS NULL OR adopted_on <= entered_into_force_on)
    )`);
    await q.query(`CREATE INDEX national_laws_country_idx ON national_laws (country, entered_into_force_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE national_laws`);
  }
}
