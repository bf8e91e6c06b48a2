import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roll-up `case_record_cells`: per cell of every table the indicator channels can ask for and per contributing
 * agency, how many case records (`n`) and the sum of their record keys (`key_sum`), kept exact by statement-level
 * triggers on `case_records` in the writing statement's transaction. `indicatorTable`, `caseFlows` and
 * `formsNamedTable` read it instead of grouping the records on every request (docs/disclosure-control.md, "Where
 * the counts come from").
 *
 * A row is one cell of one grouping: `grouped_by` names the dimension columns it is grouped by ('sex',
 * 'age_group+sex', 'forms_named', … — column names in alphabetical order joined by '+'); its other dimension columns
 * are NULL, and NULL in a grouped column is the unknown value. Groupings: each dimension alone, each pair of
 * dimensions (every one- and two-way table, flows included) and the distinct sorted forms a record names (the
 * forms-named table). Every row is also keyed by source, indicator, joint operation (the need-to-know scope) and
 * recording agency (own part and cell key of the viewer).
 *
 * Why not one row per combination of all the dimensions together: at a million synthetic records that grain has
 * 975,156 combinations (the benchmark's distributions), so reading it costs what the GROUP BY over the records
 * costs; the groupings above give at most a few thousand rows per table.
 *
 * Values are derived exactly as the indicator queries derived them from a record before: blank is unknown; the age
 * group falls back on the age band (0–8 and 9–17 minors, the other bands adults); the form of exploitation is NULL
 * for none, the form when one (repeats collapse), 'MULTIPLE' for several.
 *
 * Maintenance: one AFTER … FOR EACH STATEMENT trigger per INSERT, UPDATE and DELETE on `case_records` reads the
 * statement's transition tables, nets the changes per cell (+1 and the record key per record counted, −1 and minus
 * the key per record no longer counted; an update that moves no dimension nets to nothing and writes nothing) and adds
 * them with `INSERT … ON CONFLICT … DO UPDATE SET n = n + excluded.n, key_sum = key_sum + excluded.key_sum`, cells in
 * key order. ON CONFLICT adds to the latest committed row under its row lock, so concurrent writers never lose a
 * change; rows are per recording agency, so different agencies' writes never wait for each other. TRUNCATE empties
 * the roll-up. A bulk statement costs one pass per grouping (a million records inserted at once: about a minute on a
 * busy 2-vCPU machine); a single record, one upsert per grouping.
 *
 * Cells whose last record goes are deleted in the same trigger (no zero rows): a table never lists a cell without
 * records, as before, and the roll-up does not grow with churn. A writer that adds to a cell being emptied by another
 * waits for it and, once it commits, inserts the cell afresh (ON CONFLICT's guarantee).
 *
 * Unknown values are NULL in the key: the unique index is NULLS NOT DISTINCT (PostgreSQL 15+). No CHECK on `n` or
 * `key_sum`: ON CONFLICT checks the proposed row, whose delta is negative when records go. Fill factor 80 leaves
 * room on each page so that most cell updates are HOT (no index entry written).
 */
export class CaseRecordCells1765750000000 implements MigrationInterface {
  name = 'CaseRecordCells1765750000000';

  async up(q: QueryRunner): Promise<void> {
    // No record is written between the backfill and the triggers: writers wait for this migration's transaction.
    await q.query(`LOCK TABLE case_records IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`CREATE TABLE case_record_cells (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      grouped_by text NOT NULL,
      source text NOT NULL,
      indicator text NOT NULL,
      operation_id uuid NULL,
      agency_id uuid NULL,
      ${DIMENSIONS.map((d) => `${d.column} ${d.type} NULL`).join(',\n      ')},
      n integer NOT NULL,
      key_sum bigint NOT NULL
    ) WITH (fillfactor = 80)`);
    await q.query(`CREATE UNIQUE INDEX case_record_cells_key ON case_record_cells (${KEY.join(', ')}) NULLS NOT DISTINCT`);
    for (const [event, transition] of [
      ['INSERT', 'NEW TABLE AS new_records'],
      ['UPDATE', 'OLD TABLE AS old_records NEW TABLE AS new_records'],
      ['DELETE', 'OLD TABLE AS old_records'],
    ] as const) {
      const lower = event.toLowerCase();
      await q.query(`CREATE FUNCTION case_record_cells_after_${lower}() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE emptied bigint[];
        BEGIN
          ${applyDelta(DELTAS[event], 'emptied')}
          RETURN NULL;
        END
        $fn$`);
      await q.query(`CREATE TRIGGER case_record_cells_after_${lower} AFTER ${event} ON case_records
        REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION case_record_cells_after_${lower}()`);
    }
    await q.query(`CREATE FUNCTION case_record_cells_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM case_record_cells;
        RETURN NULL;
      END
      $fn$`);
    await q.query(`CREATE TRIGGER case_record_cells_after_truncate AFTER TRUNCATE ON case_records
      FOR EACH STATEMENT EXECUTE FUNCTION case_record_cells_after_truncate()`);
    // Backfill: every stored record, once.
    await q.query(`INSERT INTO case_record_cells (${KEY.join(', ')}, n, key_sum) ${cellsOf('SELECT cr.*, 1 AS dn, cr.record_key AS dk FROM case_records cr')}`);
    await q.query(`ANALYZE case_record_cells`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await q.query(`DROP TRIGGER case_record_cells_after_${event} ON case_records`);
      await q.query(`DROP FUNCTION case_record_cells_after_${event}()`);
    }
    await q.query(`DROP TABLE case_record_cells`);
  }
}

/** A dimension column of the roll-up and how it derives from a `case_records` row `cr`. */
export interface RollUpDimension {
  column: string;
  type: string;
  sql: string;
  pairs: boolean;
}

/** The dimension columns of the roll-up and how each derives from a `case_records` row `cr` (as this migration made them). */
export const DIMENSIONS: readonly RollUpDimension[] = [
  { column: 'year', type: 'text', sql: `NULLIF(cr.year, '')`, pairs: true },
  { column: 'sex', type: 'text', sql: `NULLIF(cr.sex, '')`, pairs: true },
  {
    column: 'age_group',
    type: 'text',
    sql: `COALESCE(NULLIF(cr.age_group, ''), CASE WHEN cr.age_band IN ('0-8', '9-17') THEN 'MINOR' WHEN cr.age_band IN ('0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+') THEN 'ADULT' END)`,
    pairs: true,
  },
  { column: 'age_band', type: 'text', sql: `NULLIF(cr.age_band, '')`, pairs: true },
  { column: 'citizenship', type: 'text', sql: `NULLIF(cr.citizenship, '')`, pairs: true },
  { column: 'country_of_exploitation', type: 'text', sql: `NULLIF(cr.country_of_exploitation, '')`, pairs: true },
  { column: 'citizenship_region', type: 'text', sql: `NULLIF(cr.citizenship_region, '')`, pairs: true },
  { column: 'exploitation_region', type: 'text', sql: `NULLIF(cr.exploitation_region, '')`, pairs: true },
  {
    column: 'form_of_exploitation',
    type: 'text',
    sql: `CASE WHEN cardinality(cr.forms_of_exploitation) = 0 THEN NULL WHEN cr.forms_of_exploitation[1] = ALL (cr.forms_of_exploitation) THEN cr.forms_of_exploitation[1] ELSE 'MULTIPLE' END`,
    pairs: true,
  },
  // The distinct forms a record names, sorted: grouped alone (the forms-named table), never paired.
  {
    column: 'forms_named',
    type: 'text[]',
    sql: `CASE WHEN cardinality(cr.forms_of_exploitation) <= 1 THEN cr.forms_of_exploitation ELSE ARRAY(SELECT DISTINCT f FROM unnest(cr.forms_of_exploitation) AS f ORDER BY f) END`,
    pairs: false,
  },
];

const SCOPE = ['source', 'indicator', 'operation_id', 'agency_id'];
/** The roll-up's key columns, in the order `cellsOf` selects them. */
export const KEY = ['grouped_by', ...SCOPE, ...DIMENSIONS.map((d) => d.column)];

/** Every grouping kept: each dimension alone, each pair of pairable dimensions. */
const GROUPINGS: ReadonlyArray<readonly string[]> = (() => {
  const paired = DIMENSIONS.filter((d) => d.pairs).map((d) => d.column);
  const sets: string[][] = DIMENSIONS.map((d) => [d.column]);
  paired.forEach((a, i) => paired.slice(i + 1).forEach((b) => sets.push([a, b])));
  return sets;
})();

/** `grouped_by` of a grouping: its columns in alphabetical order joined by '+'. */
const groupedBy = (set: readonly string[]) => [...set].sort().join('+');

/**
 * SQL of the changes to the roll-up from `rows`: a SELECT of `case_records` rows (alias `cr` inside) with `dn` (+1 a
 * record counted, −1 a record no longer counted) and `dk` (its record key, signed the same way). One row per cell
 * that changes, netted (an update that moves no dimension nets to nothing), in key order so that concurrent writers
 * lock cells in the same order. One hashed GROUP BY per grouping over the rows derived once: for a million rows
 * about half the time of one GROUP BY GROUPING SETS, which sorts the rows again for most groupings.
 */
export function cellsOf(rows: string, dimensions: readonly RollUpDimension[] = DIMENSIONS): string {
  const columns = DIMENSIONS.map((d) => d.column);
  const perGrouping = GROUPINGS.map(
    (set) =>
      `SELECT '${groupedBy(set)}' AS grouped_by, ${SCOPE.join(', ')}, ` +
      `${DIMENSIONS.map((d) => (set.includes(d.column) ? d.column : `NULL::${d.type} AS ${d.column}`)).join(', ')}, ` +
      `sum(dn)::int AS n, sum(dk)::bigint AS key_sum FROM derived GROUP BY ${[...SCOPE, ...set].join(', ')} HAVING sum(dn) <> 0 OR sum(dk) <> 0`,
  );
  return `WITH derived AS MATERIALIZED (
      SELECT ${SCOPE.map((c) => `cr.${c}`).join(', ')}, ${dimensions.map((d) => `${d.sql} AS ${d.column}`).join(', ')}, cr.dn, cr.dk
        FROM (${rows}) AS cr)
    SELECT * FROM (${perGrouping.join('\n      UNION ALL ')}) AS cells
     ORDER BY ${['grouped_by', ...SCOPE, ...columns].join(', ')}`;
}

export const DELTAS: Readonly<Record<'INSERT' | 'UPDATE' | 'DELETE', string>> = {
  INSERT: `SELECT r.*, 1 AS dn, r.record_key AS dk FROM new_records r`,
  UPDATE: `SELECT r.*, -1 AS dn, -r.record_key AS dk FROM old_records r UNION ALL SELECT r.*, 1 AS dn, r.record_key AS dk FROM new_records r`,
  DELETE: `SELECT r.*, -1 AS dn, -r.record_key AS dk FROM old_records r`,
};

/** PL/pgSQL adding the changes of `rows` to the roll-up (`ON CONFLICT … DO UPDATE`), then deleting emptied cells. */
export function applyDelta(rows: string, emptied: string, dimensions: readonly RollUpDimension[] = DIMENSIONS): string {
  return `WITH changed AS (
            INSERT INTO case_record_cells AS c (${KEY.join(', ')}, n, key_sum) ${cellsOf(rows, dimensions)}
            ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET n = c.n + EXCLUDED.n, key_sum = c.key_sum + EXCLUDED.key_sum
            RETURNING c.id, c.n)
          SELECT array_agg(id) INTO ${emptied} FROM changed WHERE n = 0;
          IF ${emptied} IS NOT NULL THEN
            DELETE FROM case_record_cells WHERE id = ANY (${emptied});
          END IF;`;
}
