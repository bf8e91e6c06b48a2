import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The closing evaluation of a joint operation, one section per participating agency (after the Joint Investigation
 * Teams Network, JIT evaluation form): objectives met, results (non-negative counts; null = not reported),
 * obstacles, added value, lessons learned, version-checked. `operations.evaluation_finalised_at/by` already exist
 * (1765300000000-operation-lifecycle).
 */
export class OperationEvaluation1765320000000 implements MigrationInterface {
  name = 'OperationEvaluation1765320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE evaluation_objectives_met AS ENUM ('MET','PARTLY_MET','NOT_MET')`);
    await q.query(`CREATE TABLE operation_evaluation_sections (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      operation_id uuid NOT NULL REFERENCES operations(id),
      agency_id uuid NOT NULL REFERENCES agencies(id),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      objectives_met evaluation_objectives_met NULL,
      objectives_note text NULL,
      arrests integer NULL CHECK (arrests >= 0),
      potential_victims_identified integer NULL CHECK (potential_victims_identified >= 0),
      victims_referred_to_assistance integer NULL CHECK (victims_referred_to_assistance >= 0),
      seizures integer NULL CHECK (seizures >= 0),
      prosecutions_started integer NULL CHECK (prosecutions_started >= 0),
      convictions integer NULL CHECK (convictions >= 0),
      legal_obstacles text NULL,
      practical_obstacles text NULL,
      language_obstacles text NULL,
      information_exchange_obstacles text NULL,
      added_value text NULL,
      lessons_learned text NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      updated_by_id uuid NOT NULL REFERENCES users(id),
      CONSTRAINT operation_evaluation_sections_one_per_agency UNIQUE (operation_id, agency_id)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE operation_evaluation_sections`);
    await q.query(`DROP TYPE evaluation_objectives_met`);
  }
}
