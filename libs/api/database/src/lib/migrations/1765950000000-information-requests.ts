import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests for information between two agencies of a joint operation: subject, body, priority, due date (UTC), TLP
 * 2.0 label and handling code; acknowledgement of receipt, the answer that closes it, and the instant it escalated to
 * the operation's coordinators. Four notification types go with it.
 */
export class InformationRequests1765950000000 implements MigrationInterface {
  name = 'InformationRequests1765950000000';

  async up(q: QueryRunner): Promise<void> {
    for (const value of ['INFORMATION_REQUEST_RECEIVED', 'INFORMATION_REQUEST_ACKNOWLEDGED', 'INFORMATION_REQUEST_ANSWERED', 'INFORMATION_REQUEST_ESCALATED']) {
      await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS '${value}'`);
    }
    await q.query(`CREATE TABLE information_requests (
      id uuid PRIMARY KEY,
      operation_id uuid NOT NULL REFERENCES operations(id),
      from_agency_id uuid NOT NULL REFERENCES agencies(id),
      to_agency_id uuid NOT NULL REFERENCES agencies(id),
      sender_id uuid NOT NULL REFERENCES users(id),
      subject text NOT NULL,
      body text NOT NULL,
      priority task_priority NOT NULL,
      due_at timestamptz NULL,
      tlp tlp_label NOT NULL DEFAULT 'AMBER',
      handling_code handling_code NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      acknowledged_at timestamptz NULL,
      acknowledged_by_id uuid NULL REFERENCES users(id),
      answered_at timestamptz NULL,
      answered_by_id uuid NULL REFERENCES users(id),
      answer text NULL,
      escalated_at timestamptz NULL,
      CHECK (from_agency_id <> to_agency_id),
      CHECK ((answered_at IS NULL) = (answer IS NULL))
    )`);
    await q.query(`CREATE INDEX information_requests_operation_idx ON information_requests (operation_id, created_at)`);
    await q.query(`CREATE INDEX information_requests_open_idx ON information_requests (created_at) WHERE answered_at IS NULL AND escalated_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE information_requests`);
    // A value cannot leave a PostgreSQL enum; the notification types stay in notification_type.
  }
}
