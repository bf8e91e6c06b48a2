import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit at scale: compact entries for reads of many leads.
 *
 * - `audit_head.fingerprint_key` (32 random bytes from pgcrypto's `gen_random_bytes`, one per database): the
 *   HMAC-SHA-256 key of the query fingerprints in read entries (`details.fingerprint`). It never leaves the
 *   database except into the API's memory.
 * - `audit_lead_sets`: content-addressed sets of lead ids, stored once. `id` is the lowercase hex SHA-256 of the
 *   sorted, lowercase ids joined by `,`; an entry that read more than 50 leads names its set
 *   (`details.leadSetId`) instead of copying the ids. A GIN index on `ids` answers "which sets hold lead X"
 *   (`ids @> ARRAY[X]`). Append-only like audit_entries: a trigger refuses UPDATE, DELETE and TRUNCATE for every
 *   role, and those privileges are revoked from PUBLIC; verification recomputes each referenced set's hash.
 * - `audit_entries_lead_set_idx`: entries by the set they reference.
 */
export class AuditCompactReads1765800000000 implements MigrationInterface {
  name = 'AuditCompactReads1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`ALTER TABLE audit_head ADD COLUMN fingerprint_key bytea NOT NULL DEFAULT gen_random_bytes(32) CHECK (octet_length(fingerprint_key) = 32)`);
    await q.query(`ALTER TABLE audit_head ALTER COLUMN fingerprint_key DROP DEFAULT`);
    await q.query(`CREATE TABLE audit_lead_sets (
      id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
      ids uuid[] NOT NULL CHECK (cardinality(ids) > 0),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX audit_lead_sets_ids_idx ON audit_lead_sets USING gin (ids)`);
    await q.query(`CREATE INDEX audit_entries_lead_set_idx ON audit_entries ((details->>'leadSetId')) WHERE details ? 'leadSetId'`);
    await q.query(`CREATE FUNCTION audit_lead_sets_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_lead_sets is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await q.query(`CREATE TRIGGER audit_lead_sets_append_only BEFORE UPDATE OR DELETE ON audit_lead_sets FOR EACH ROW EXECUTE FUNCTION audit_lead_sets_append_only()`);
    await q.query(`CREATE TRIGGER audit_lead_sets_no_truncate BEFORE TRUNCATE ON audit_lead_sets FOR EACH STATEMENT EXECUTE FUNCTION audit_lead_sets_append_only()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_lead_sets FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_entries_lead_set_idx`);
    await q.query(`DROP TABLE audit_lead_sets`);
    await q.query(`DROP FUNCTION audit_lead_sets_append_only()`);
    await q.query(`ALTER TABLE audit_head DROP COLUMN fingerprint_key`);
  }
}
