import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared leads under the law (first slice): leads with their markings, persons involved (potential
 * victims' identity encrypted by the application), agreements and versioned jurisdiction rules in the sharing
 * engine's shapes, and shares with the decision taken. New notification types for sharing and approvals.
 * `down` cannot remove the added notification_type values (PostgreSQL has no DROP VALUE); it leaves them unused.
 */
export class Leads1764600000000 implements MigrationInterface {
  name = 'Leads1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS 'LEAD_SHARED'`);
    await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS 'LEAD_APPROVAL_REQUESTED'`);
    await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS 'LEAD_APPROVAL_DECIDED'`);

    await q.query(`CREATE TYPE lead_status AS ENUM ('NEW','UNDER_ASSESSMENT','ACTIONED','CLOSED')`);
    await q.query(`CREATE TYPE tlp_label AS ENUM ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')`);
    await q.query(`CREATE TYPE source_reliability AS ENUM ('A','B','C','D','E','F')`);
    await q.query(`CREATE TYPE information_credibility AS ENUM ('1','2','3','4','5','6')`);
    await q.query(`CREATE TYPE handling_code AS ENUM ('H0','H1','H2','H3')`);
    await q.query(`CREATE TYPE data_category AS ENUM ('VICTIM_PERSONAL_DATA','SUSPECT_PERSONAL_DATA','HEALTH_DATA','FINANCIAL_DATA','LOCATION_DATA','COMMUNICATIONS_DATA')`);
    await q.query(`CREATE TYPE sharing_purpose AS ENUM ('INVESTIGATION','PROSECUTION','VICTIM_ASSISTANCE','PREVENTION','ANALYSIS')`);
    await q.query(`CREATE TYPE sharing_outcome AS ENUM ('ALLOW','ALLOW_REDACTED','REQUIRES_APPROVAL','DENY')`);
    await q.query(`CREATE TYPE agreement_kind AS ENUM ('MULTILATERAL','BILATERAL','MOU')`);
    await q.query(`CREATE TYPE rule_flow AS ENUM ('LEAVING','ENTERING','WITHIN','ONWARD')`);
    await q.query(`CREATE TYPE lead_person_role AS ENUM ('SUSPECT','POTENTIAL_VICTIM')`);
    await q.query(`CREATE TYPE lead_share_status AS ENUM ('ACTIVE','PENDING_APPROVAL','REFUSED','REVOKED')`);

    await q.query(`CREATE TABLE agreements (
      id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
      kind agreement_kind NOT NULL,
      title text NOT NULL,
      article text NULL,
      parties jsonb NOT NULL CHECK (jsonb_typeof(parties) = 'array'),
      data_categories data_category[] NOT NULL,
      purposes sharing_purpose[] NOT NULL,
      in_force_from text NOT NULL,
      in_force_to text NULL,
      suspended boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(`CREATE TABLE jurisdiction_rules (
      id text NOT NULL CHECK (length(id) BETWEEN 1 AND 100),
      version integer NOT NULL CHECK (version >= 1),
      effective_from text NULL,
      effective_to text NULL,
      scope jsonb NOT NULL,
      flows rule_flow[] NOT NULL,
      when_filter jsonb NULL,
      condition jsonb NOT NULL,
      text text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id, version)
    )`);

    await q.query(`CREATE TABLE leads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      summary text NOT NULL,
      details text NOT NULL,
      operation_id uuid NULL REFERENCES operations(id),
      originating_agency_id uuid NOT NULL REFERENCES agencies(id),
      form_of_exploitation form_of_exploitation NOT NULL,
      route jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(route) = 'array'),
      data_categories data_category[] NOT NULL DEFAULT '{}',
      tlp tlp_label NOT NULL,
      named_recipient_agency_ids uuid[] NOT NULL DEFAULT '{}',
      source_reliability source_reliability NOT NULL,
      information_credibility information_credibility NOT NULL,
      handling_codes handling_code[] NOT NULL DEFAULT '{}',
      handling_condition text NULL,
      status lead_status NOT NULL DEFAULT 'NEW',
      version integer NOT NULL DEFAULT 1,
      created_by_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (('H3' = ANY(handling_codes)) = (handling_condition IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX leads_originating_agency_idx ON leads (originating_agency_id)`);

    await q.query(`CREATE TABLE lead_persons (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
      position integer NOT NULL,
      role lead_person_role NOT NULL,
      name text NULL,
      pseudonym text NULL,
      description text NULL,
      identity_ciphertext text NULL,
      identity_key_id text NULL,
      CHECK ((identity_ciphertext IS NULL) = (identity_key_id IS NULL)),
      CHECK (role <> 'POTENTIAL_VICTIM' OR (name IS NULL AND pseudonym IS NOT NULL)),
      UNIQUE (lead_id, position)
    )`);

    await q.query(`CREATE TABLE lead_shares (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
      recipient_agency_id uuid NOT NULL REFERENCES agencies(id),
      purpose sharing_purpose NOT NULL,
      outcome sharing_outcome NOT NULL CHECK (outcome <> 'DENY'),
      redacted_categories data_category[] NOT NULL DEFAULT '{}',
      legal_basis jsonb NULL,
      reasons jsonb NOT NULL,
      conditions jsonb NOT NULL,
      summary text NOT NULL,
      decided_at timestamptz NOT NULL,
      status lead_share_status NOT NULL,
      shared_by_id uuid NOT NULL REFERENCES users(id),
      approval_by_id uuid NULL REFERENCES users(id),
      approval_at timestamptz NULL,
      approval_reason text NULL,
      revoked_by_id uuid NULL REFERENCES users(id),
      revoked_at timestamptz NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    // At most one live (active or pending) share per lead and recipient; the read rule looks up ACTIVE ones.
    await q.query(`CREATE UNIQUE INDEX lead_shares_live_idx ON lead_shares (lead_id, recipient_agency_id) WHERE status IN ('ACTIVE','PENDING_APPROVAL')`);
    await q.query(`CREATE INDEX lead_shares_recipient_idx ON lead_shares (recipient_agency_id) WHERE status = 'ACTIVE'`);

    // Every read of a potential victim's identity, with the reason given (append-only; the audit chain comes later).
    await q.query(`CREATE TABLE victim_identity_reads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      person_id uuid NOT NULL REFERENCES lead_persons(id) ON DELETE CASCADE,
      reader_id uuid NOT NULL REFERENCES users(id),
      reader_agency_id uuid NOT NULL REFERENCES agencies(id),
      reason text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE victim_identity_reads`);
    await q.query(`DROP TABLE lead_shares`);
    await q.query(`DROP TABLE lead_persons`);
    await q.query(`DROP TABLE leads`);
    await q.query(`DROP TABLE jurisdiction_rules`);
    await q.query(`DROP TABLE agreements`);
    for (const type of ['lead_share_status', 'lead_person_role', 'rule_flow', 'agreement_kind', 'sharing_outcome', 'sharing_purpose', 'data_category', 'handling_code', 'information_credibility', 'source_reliability', 'tlp_label', 'lead_status']) {
      await q.query(`DROP TYPE ${type}`);
    }
  }
}
