import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies, users, sessions, joint operations, tasks (with comments and history) and notifications. */
export class Foundation1764420000000 implements MigrationInterface {
  name = 'Foundation1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE agency_kind AS ENUM ('LAW_ENFORCEMENT','PROSECUTION','LABOUR_INSPECTORATE','BORDER_IMMIGRATION','NGO','INTERNATIONAL_ORGANIZATION','GOVERNMENT','OTHER')`);
    await q.query(`CREATE TYPE user_role AS ENUM ('COORDINATOR','MEMBER','LIAISON_OFFICER','ANALYST','AGENCY_ADMIN','PLATFORM_ADMIN')`);
    await q.query(`CREATE TYPE operation_status AS ENUM ('PLANNED','ACTIVE','SUSPENDED','CLOSED')`);
    await q.query(`CREATE TYPE form_of_exploitation AS ENUM ('SEXUAL_EXPLOITATION','FORCED_LABOUR','DOMESTIC_SERVITUDE','FORCED_MARRIAGE','FORCED_CRIMINALITY','FORCED_BEGGING','REMOVAL_OF_ORGANS','CHILD_SOLDIERING','OTHER')`);
    await q.query(`CREATE TYPE task_status AS ENUM ('OPEN','IN_PROGRESS','BLOCKED','DONE','CANCELLED')`);
    await q.query(`CREATE TYPE task_priority AS ENUM ('LOW','MEDIUM','HIGH','URGENT')`);
    await q.query(`CREATE TYPE pillar AS ENUM ('PREVENTION','PROTECTION','PROSECUTION','PARTNERSHIP')`);
    await q.query(`CREATE TYPE task_event_action AS ENUM ('CREATED','ASSIGNED','STATUS_CHANGED','COMMENTED')`);
    await q.query(`CREATE TYPE notification_type AS ENUM ('TASK_ASSIGNED_TO_AGENCY','TASK_ASSIGNED_TO_YOU','TASK_STATUS_CHANGED','TASK_COMMENTED')`);

    await q.query(`CREATE TABLE agencies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      acronym text NOT NULL,
      kind agency_kind NOT NULL,
      country char(2) NULL CHECK (country ~ '^[A-Z]{2}$'),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL UNIQUE CHECK (email = lower(email)),
      display_name text NOT NULL,
      password_hash text NOT NULL,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      roles user_role[] NOT NULL CHECK (cardinality(roles) > 0),
      disabled_at timestamptz NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX users_agency_idx ON users (agency_id)`);
    await q.query(`CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      refresh_token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz NULL
    )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    await q.query(`CREATE TABLE operations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      description text NULL,
      status operation_status NOT NULL,
      lead_agency_id uuid NOT NULL REFERENCES agencies(id),
      countries text[] NOT NULL DEFAULT '{}',
      forms_of_exploitation form_of_exploitation[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE operation_agencies (
      operation_id uuid NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
      agency_id uuid NOT NULL REFERENCES agencies(id),
      PRIMARY KEY (operation_id, agency_id)
    )`);
    await q.query(`CREATE INDEX operation_agencies_agency_idx ON operation_agencies (agency_id, operation_id)`);
    await q.query(`CREATE TABLE operation_coordinators (
      operation_id uuid NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id),
      PRIMARY KEY (operation_id, user_id)
    )`);

    await q.query(`CREATE TABLE tasks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      operation_id uuid NOT NULL REFERENCES operations(id),
      title text NOT NULL,
      description text NULL,
      status task_status NOT NULL,
      version integer NOT NULL CHECK (version >= 1),
      priority task_priority NOT NULL,
      pillar pillar NOT NULL,
      due_at timestamptz NULL,
      assignee_agency_id uuid NOT NULL REFERENCES agencies(id),
      assignee_user_id uuid NULL REFERENCES users(id),
      created_by_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX tasks_operation_idx ON tasks (operation_id)`);
    await q.query(`CREATE INDEX tasks_assignee_agency_idx ON tasks (assignee_agency_id)`);
    await q.query(`CREATE INDEX tasks_assignee_user_idx ON tasks (assignee_user_id)`);
    await q.query(`CREATE TABLE task_comments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      task_id uuid NOT NULL REFERENCES tasks(id),
      author_id uuid NOT NULL REFERENCES users(id),
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query(`CREATE INDEX task_comments_task_idx ON task_comments (task_id, created_at)`);
    await q.query(`CREATE TABLE task_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      task_id uuid NOT NULL REFERENCES tasks(id),
      actor_id uuid NOT NULL REFERENCES users(id),
      action task_event_action NOT NULL,
      from_status task_status NULL,
      to_status task_status NULL,
      detail text NULL,
      at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query(`CREATE INDEX task_events_task_idx ON task_events (task_id, at)`);

    await q.query(`CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      recipient_user_id uuid NOT NULL REFERENCES users(id),
      type notification_type NOT NULL,
      title text NOT NULL,
      body text NULL,
      operation_id uuid NULL REFERENCES operations(id),
      task_id uuid NULL REFERENCES tasks(id),
      read_at timestamptz NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_user_id, seq DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'task_events', 'task_comments', 'tasks', 'operation_coordinators', 'operation_agencies', 'operations', 'sessions', 'users', 'agencies']) {
      await q.query(`DROP TABLE ${table}`);
    }
    for (const type of ['notification_type', 'task_event_action', 'pillar', 'task_priority', 'task_status', 'form_of_exploitation', 'operation_status', 'user_role', 'agency_kind']) {
      await q.query(`DROP TYPE ${type}`);
    }
  }
}
