import { positional } from '@taskforce/api-core';
import { LinkedTable, UNKNOWN } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { IndicatorDimension } from '../tables/indicator.model';
import { CASE_RECORD_CELLS, CELL_COLUMNS, groupingOf, ownCountSql } from './case-record-cells';
import { CaseRecordScopePolicy, CheckedCaseRecordScope } from './case-record-scope.policy';

/**
 * The dimensions agencies record with their case records, as the domain names them: each is a possible third
 * dimension C of a two-way table A × B (regions are not recorded with agencies' records).
 */
export const LINKED_DIMENSIONS: Readonly<Partial<Record<IndicatorDimension, LinkedTable['dimension']>>> = {
  [IndicatorDimension.SEX]: 'sex',
  [IndicatorDimension.AGE_GROUP]: 'ageGroup',
  [IndicatorDimension.AGE_BAND]: 'ageBand',
  [IndicatorDimension.CITIZENSHIP]: 'citizenship',
  [IndicatorDimension.COUNTRY_OF_EXPLOITATION]: 'countryOfExploitation',
  [IndicatorDimension.FORM_OF_EXPLOITATION]: 'formOfExploitation',
  [IndicatorDimension.YEAR]: 'year',
};

/**
 * For the two-way table `pair` = [A, B] of agencies' records (one indicator, one checked scope, one viewer): the
 * tables A × C and B × C for every other dimension C of `LINKED_DIMENSIONS`, summed from the roll-up
 * `case_record_cells`, each cell with its count and the viewer's agency's part, keys `[a, c]` and `[b, c]` (NULL →
 * `UNKNOWN`, as the table's own cells). Passed to the domain's `protectForViewer` (`linked`), which hides those zeros
 * of A × B that would pin a small three-way figure. Each cell carries its `part` (joint operation, or '' outside
 * operations): the check runs on the whole scope and on each part, and a zero a part hides is hidden in the whole.
 *
 * One statement: a `UNION ALL` of one aggregate per grouping, each reading only its grouping's rows through the
 * roll-up's key index and grouping by its two columns and the part (about half the time of one aggregate grouped by
 * every dimension column at a million records: tests/load/README.md, `bench:indicators`).
 */
export async function linkedTables(
  db: DataSource,
  query: { scope: CheckedCaseRecordScope; source: string; indicator: string; viewerAgencyId: string; pair: readonly [IndicatorDimension, IndicatorDimension] },
): Promise<LinkedTable[]> {
  const [a, b] = query.pair;
  const others = (Object.keys(LINKED_DIMENSIONS) as IndicatorDimension[]).filter((c) => c !== a && c !== b);
  if (!others.length) return [];
  // $1 source, $2 indicator, $3 the viewer's agency, then the scope's own parameters.
  const scope = positional(CaseRecordScopePolicy.where(query.scope, 'c'), [query.source, query.indicator, query.viewerAgencyId]);
  const tables = others.flatMap((c) => [
    { c, x: a, grouping: groupingOf([CELL_COLUMNS[a], CELL_COLUMNS[c]]) },
    { c, x: b, grouping: groupingOf([CELL_COLUMNS[b], CELL_COLUMNS[c]]) },
  ]);
  // Column names come from CELL_COLUMNS (fixed), the grouping by its index in `tables`: nothing from the input.
  const sql = tables
    .map(
      (t, i) =>
        `SELECT ${i} AS t, COALESCE(c.operation_id::text, '') AS part, c.${CELL_COLUMNS[t.x]} AS x, c.${CELL_COLUMNS[t.c]} AS z, ` +
        `sum(c.n)::int AS n, ${ownCountSql('$3')} AS own FROM ${CASE_RECORD_CELLS} c ` +
        `WHERE c.grouped_by = '${t.grouping}' AND c.source = $1 AND c.indicator = $2 AND ${scope.sql} GROUP BY c.operation_id, 3, 4`,
    )
    .join('\nUNION ALL ');
  const rows: Array<{ t: number; part: string; x: string | null; z: string | null; n: number; own: number }> = await db.query(sql, scope.values);
  const cells = tables.map(() => [] as LinkedTable['first'][number][]);
  const value = (v: string | null) => (v === null ? UNKNOWN : String(v));
  for (const r of rows) cells[r.t].push({ key: [value(r.x), value(r.z)], count: Number(r.n), own: Number(r.own), part: r.part });
  return others.map((c, i) => ({ dimension: LINKED_DIMENSIONS[c] as LinkedTable['dimension'], first: cells[2 * i], second: cells[2 * i + 1] }));
}
