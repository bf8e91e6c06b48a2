import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = ['PHONE', 'EMAIL', 'IDENTITY_DOCUMENT', 'IBAN', 'ACCOUNT_NUMBER', 'VEHICLE_REGISTRATION', 'CRYPTO_ADDRESS', 'ONLINE_HANDLE', 'WEB_DOMAIN'];

/**
 * Hit/no-hit matching of selectors (docs/hit-no-hit.md):
 * - `lead_selectors`: a lead's (or one of its persons') selectors, never in plain text: `ciphertext` (the SecretCipher
 *   AES-256-GCM envelope of `{ value, display }`, key `cipher_key_id`) and `blind_index`, lowercase hex HMAC-SHA-256 of
 *   `kind NUL normalised value` under the matching key `matching_key_id` (MATCHING_KEY);
 * - `selector_queries`: one row per query or recording that matched (refused ones too), counted by the daily budgets;
 * - `deconfliction_cases`: one row per querying agency, holder lead, selector kind and disclosure, extended by each
 *   further hit (`hits`, `last_hit_at`);
 * - `leads.hit_mode`: what the holder chose a hit to reveal (null = the default of the lead's markings);
 * - notification type `SELECTOR_QUERIED` (to the holder's liaison officers).
 */
export class LeadSelectors1766040000000 implements MigrationInterface {
  name = 'LeadSelectors1766040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE selector_kind AS ENUM (${KINDS.map((k) => `'${k}'`).join(', ')})`);
    await q.query(`CREATE TYPE hit_mode AS ENUM ('REVEAL_HOLDER', 'NOTIFY_HOLDER_ONLY')`);
    await q.query(`ALTER TABLE leads ADD COLUMN hit_mode hit_mode`);
    await q.query(`
      CREATE TABLE lead_selectors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
        lead_person_id uuid REFERENCES lead_persons(id) ON DELETE CASCADE,
        kind selector_kind NOT NULL,
        ciphertext text NOT NULL,
        cipher_key_id text NOT NULL,
        blind_index text NOT NULL CONSTRAINT lead_selectors_blind_index_hex CHECK (blind_index ~ '^[0-9a-f]{64}$'),
        matching_key_id text NOT NULL,
        created_by_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lead_selectors_blind_index ON lead_selectors (blind_index)`);
    await q.query(`CREATE INDEX lead_selectors_lead ON lead_selectors (lead_id)`);
    await q.query(`CREATE INDEX lead_selectors_matching_key ON lead_selectors (matching_key_id)`);
    await q.query(`
      CREATE TABLE selector_queries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        querier_agency_id uuid NOT NULL REFERENCES agencies(id),
        querier_user_id uuid NOT NULL REFERENCES users(id),
        kind selector_kind NOT NULL,
        querier_lead_id uuid REFERENCES leads(id) ON DELETE SET NULL,
        refused boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX selector_queries_agency_time ON selector_queries (querier_agency_id, created_at)`);
    await q.query(`CREATE INDEX selector_queries_user_time ON selector_queries (querier_user_id, created_at)`);
    await q.query(`
      CREATE TABLE deconfliction_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        selector_kind selector_kind NOT NULL,
        querier_agency_id uuid NOT NULL REFERENCES agencies(id),
        querier_user_id uuid NOT NULL REFERENCES users(id),
        querier_lead_id uuid REFERENCES leads(id) ON DELETE CASCADE,
        holder_agency_id uuid NOT NULL REFERENCES agencies(id),
        holder_lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
        holder_revealed boolean NOT NULL,
        hits integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_hit_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT deconfliction_cases_one_per_pair UNIQUE NULLS NOT DISTINCT (querier_agency_id, holder_lead_id, selector_kind, holder_revealed, querier_lead_id)
      )`);
    await q.query(`CREATE INDEX deconfliction_cases_holder ON deconfliction_cases (holder_agency_id, last_hit_at)`);
    await q.query(`CREATE INDEX deconfliction_cases_querier ON deconfliction_cases (querier_agency_id, last_hit_at)`);
    await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS 'SELECTOR_QUERIED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: SELECTOR_QUERIED stays in notification_type, unused.
    await q.query(`DELETE FROM notifications WHERE type = 'SELECTOR_QUERIED'`);
    await q.query(`DROP TABLE deconfliction_cases`);
    await q.query(`DROP TABLE selector_queries`);
    await q.query(`DROP TABLE lead_selectors`);
    await q.query(`ALTER TABLE leads DROP COLUMN hit_mode`);
    await q.query(`DROP TYPE hit_mode`);
    await q.query(`DROP TYPE selector_kind`);
  }
}
