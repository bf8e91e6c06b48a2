import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live coordination: acknowledgement and escalation of urgent tasks, idempotency keys for creating mutations,
 * urgent / held-back notifications and per-user notification preferences.
 * `down` cannot remove the added enum values (PostgreSQL has no DROP VALUE); it leaves them unused.
 */
export class LiveCoordination1764430000000 implements MigrationInterface {
  name = 'LiveCoordination1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS 'TASK_ACKNOWLEDGED'`);
    await q.query(`ALTER TYPE notification_type ADD VALUE IF NOT EXISTS 'TASK_ESCALATED'`);
    await q.query(`ALTER TYPE task_event_action ADD VALUE IF NOT EXISTS 'ACKNOWLEDGED'`);
    await q.query(`ALTER TYPE task_event_action ADD VALUE IF NOT EXISTS 'ESCALATED'`);

    await q.query(`ALTER TABLE operations ADD COLUMN escalation_minutes integer NOT NULL DEFAULT 15 CHECK (escalation_minutes BETWEEN 1 AND 1440)`);
    await q.query(`ALTER TABLE tasks
      ADD COLUMN acknowledged_at timestamptz NULL,
      ADD COLUMN acknowledged_by_id uuid NULL REFERENCES users(id),
      ADD COLUMN escalated_at timestamptz NULL`);
    // Escalations are made by the system, not a person: their history entry has no actor.
    await q.query(`ALTER TABLE task_events ALTER COLUMN actor_id DROP NOT NULL`);
    await q.query(`CREATE INDEX tasks_awaiting_acknowledgement_idx ON tasks (created_at)
      WHERE priority = 'URGENT' AND acknowledged_at IS NULL AND escalated_at IS NULL`);

    // The refresh token a session rotated away from: presenting it again means it was copied, so the session ends.
    await q.query(`ALTER TABLE sessions ADD COLUMN previous_refresh_token_hash text NULL`);
    await q.query(`CREATE INDEX sessions_previous_refresh_idx ON sessions (previous_refresh_token_hash)`);

    await q.query(`CREATE TABLE idempotency_keys (
      user_id uuid NOT NULL REFERENCES users(id),
      scope text NOT NULL,
      key text NOT NULL,
      result_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, scope, key)
    )`);

    await q.query(`ALTER TABLE notifications
      ADD COLUMN urgent boolean NOT NULL DEFAULT false,
      ADD COLUMN held_back boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE TABLE notification_preferences (
      user_id uuid PRIMARY KEY REFERENCES users(id),
      muted_types notification_type[] NOT NULL DEFAULT '{}',
      muted_operation_ids uuid[] NOT NULL DEFAULT '{}',
      quiet_hours_start time NULL,
      quiet_hours_end time NULL,
      time_zone text NOT NULL DEFAULT 'UTC',
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL))
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`ALTER TABLE notifications DROP COLUMN held_back, DROP COLUMN urgent`);
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`ALTER TABLE sessions DROP COLUMN previous_refresh_token_hash`);
    await q.query(`DROP INDEX tasks_awaiting_acknowledgement_idx`);
    await q.query(`DELETE FROM task_events WHERE actor_id IS NULL`);
    await q.query(`ALTER TABLE task_events ALTER COLUMN actor_id SET NOT NULL`);
    await q.query(`ALTER TABLE tasks DROP COLUMN escalated_at, DROP COLUMN acknowledged_by_id, DROP COLUMN acknowledged_at`);
    await q.query(`ALTER TABLE operations DROP COLUMN escalation_minutes`);
  }
}
