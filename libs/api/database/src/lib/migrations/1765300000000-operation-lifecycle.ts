import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The life of a joint operation: version, purpose, planned period, legal basis, each agency's role (PARTY or
 * PARTICIPANT), invitations with consent, the operation's history, and the instant its closing evaluation was
 * finalised. `down` cannot remove the added enum values (PostgreSQL has no DROP VALUE); it leaves them unused.
 */
export class OperationLifecycle1765300000000 implements MigrationInterface {
  name = 'OperationLifecycle1765300000000';

  async up(q: QueryRunner): Promise<void> {
    for (const value of ['OPERATION_INVITATION_RECEIVED', 'OPERATION_INVITATION_ANSWERED', 'OPERATION_STATUS_CHANGED', 'OPERATION_AGENCY_LEFT', 'TASK_REASSIGNED_AWAY']) {
      await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS '${value}'`);
    }
    await q.query(`ALTER TYPE task_event_action ADD VALUE IF NOT EXISTS 'EDITED'`);

    await q.query(`ALTER TABLE operations
      ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      ADD COLUMN purpose text NULL,
      ADD COLUMN starts_on date NULL,
      ADD COLUMN ends_on date NULL,
      ADD COLUMN legal_basis_agreement_id text NULL REFERENCES agreements(id),
      ADD COLUMN legal_basis_citation text NULL,
      ADD COLUMN evaluation_finalised_at timestamptz NULL,
      ADD COLUMN evaluation_finalised_by_id uuid NULL REFERENCES users(id),
      ADD CONSTRAINT operations_period_order CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)`);

    await q.query(`CREATE TYPE operation_agency_role AS ENUM ('PARTY','PARTICIPANT')`);
    await q.query(`ALTER TABLE operation_agencies
      ADD COLUMN role operation_agency_role NOT NULL DEFAULT 'PARTY',
      ADD COLUMN joined_at timestamptz NOT NULL DEFAULT now()`);
    // International bodies take part without being parties (the Eurojust model JIT agreement's "participants").
    await q.query(`UPDATE operation_agencies oa SET role = 'PARTICIPANT' FROM agencies a WHERE a.id = oa.agency_id AND a.kind = 'INTERNATIONAL_ORGANIZATION'`);

    await q.query(`CREATE TYPE invitation_status AS ENUM ('PENDING','ACCEPTED','DECLINED','WITHDRAWN','EXPIRED')`);
    await q.query(`CREATE TABLE operation_invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      operation_id uuid NOT NULL REFERENCES operations(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      role operation_agency_role NOT NULL,
      status invitation_status NOT NULL DEFAULT 'PENDING',
      message text NULL,
      invited_by_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      expires_at timestamptz NOT NULL,
      responded_at timestamptz NULL,
      responded_by_id uuid NULL REFERENCES users(id),
      response_reason text NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX operation_invitations_one_pending ON operation_invitations (operation_id, agency_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX operation_invitations_agency_idx ON operation_invitations (agency_id, created_at DESC)`);

    await q.query(`CREATE TYPE operation_event_action AS ENUM ('CREATED','STATUS_CHANGED','EDITED','PERIOD_EXTENDED','AGENCY_INVITED',
      'INVITATION_ACCEPTED','INVITATION_DECLINED','INVITATION_WITHDRAWN','AGENCY_LEFT','AGENCY_REMOVED','COORDINATOR_APPOINTED',
      'COORDINATOR_STOOD_DOWN','EVALUATION_FINALISED')`);
    await q.query(`CREATE TABLE operation_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigserial NOT NULL,
      operation_id uuid NOT NULL REFERENCES operations(id),
      actor_id uuid NULL REFERENCES users(id),
      action operation_event_action NOT NULL,
      from_status operation_status NULL,
      to_status operation_status NULL,
      agency_id uuid NULL REFERENCES agencies(id),
      detail text NULL,
      reason text NULL,
      at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query(`CREATE INDEX operation_events_operation_idx ON operation_events (operation_id, seq)`);
    // Existing operations start their history with their creation.
    await q.query(`INSERT INTO operation_events (operation_id, actor_id, action, to_status, detail, at)
      SELECT o.id, (SELECT oc.user_id FROM operation_coordinators oc WHERE oc.operation_id = o.id LIMIT 1), 'CREATED', o.status, 'created', o.created_at
        FROM operations o`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE operation_events`);
    await q.query(`DROP TYPE operation_event_action`);
    await q.query(`DROP TABLE operation_invitations`);
    await q.query(`DROP TYPE invitation_status`);
    await q.query(`ALTER TABLE operation_agencies DROP COLUMN joined_at, DROP COLUMN role`);
    await q.query(`DROP TYPE operation_agency_role`);
    await q.query(`ALTER TABLE operations DROP CONSTRAINT operations_period_order,
      DROP COLUMN evaluation_finalised_by_id, DROP COLUMN evaluation_finalised_at, DROP COLUMN legal_basis_citation,
      DROP COLUMN legal_basis_agreement_id, DROP COLUMN ends_on, DROP COLUMN starts_on, DROP COLUMN purpose, DROP COLUMN version`);
  }
}
