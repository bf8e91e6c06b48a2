import { whereArgs } from '@taskforce/api-core';
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
 * `case_record_cells` (one query over their groupings), each cell with its count and the viewer's agency's part,
 * keys `[a, c]` and `[b, c]` (NULL → `UNKNOWN`, as the table's own cells). Passed to the domain's `protectForViewer`
 * (`linked`), which hides those zeros of A × B that would pin a small three-way figure. Each cell carries its `part`
 * (joint operation, or '' outside operations): the check runs on the whole scope and on each part, and a zero a part
 * hides is hidden in the whole.
 */
export async function linkedTables(
  db: DataSource,
  query: { scope: CheckedCaseRecordScope; source: string; indicator: string; viewerAgencyId: string; pair: readonly [IndicatorDimension, IndicatorDimension] },
): Promise<LinkedTable[]> {
  const [a, b] = query.pair;
  const others = (Object.keys(LINKED_DIMENSIONS) as IndicatorDimension[]).filter((c) => c !== a && c !== b);
  if (!others.length) return [];
  const plan = others.map((c) => ({ c, first: groupingOf([CELL_COLUMNS[a], CELL_COLUMNS[c]]), second: groupingOf([CELL_COLUMNS[b], CELL_COLUMNS[c]]) }));
  const columns = [...new Set([a, b, ...others].map((d) => CELL_COLUMNS[d]))];
  const qb = db
    .createQueryBuilder()
    .from(CASE_RECORD_CELLS, 'c')
    .select('c.grouped_by', 'grouped_by')
    .addSelect('sum(c.n)::int', 'n')
    .addSelect(ownCountSql(':viewerAgencyId'), 'own')
    // The part (joint operation, or none) each count comes from: the check runs on the whole and on each part.
    .addSelect(`COALESCE(c.operation_id::text, '')`, 'part');
  columns.forEach((col) => qb.addSelect(`c.${col}`, col));
  qb.where('c.grouped_by IN (:...groupings) AND c.source = :source AND c.indicator = :indicator', {
    groupings: [...new Set(plan.flatMap((p) => [p.first, p.second]))],
    source: query.source,
    indicator: query.indicator,
    viewerAgencyId: query.viewerAgencyId,
  })
    .andWhere(...whereArgs(CaseRecordScopePolicy.where(query.scope, 'c')))
    .groupBy(['c.grouped_by', 'c.operation_id', ...columns.map((col) => `c.${col}`)].join(', '));
  const rows: Array<Record<string, string | number | null>> = await qb.getRawMany();
  const cellsOf = (grouping: string, x: IndicatorDimension, c: IndicatorDimension) =>
    rows
      .filter((r) => r['grouped_by'] === grouping)
      .map((r) => ({ key: [x, c].map((d) => (r[CELL_COLUMNS[d]] === null ? UNKNOWN : String(r[CELL_COLUMNS[d]]))), count: Number(r['n']), own: Number(r['own']), part: String(r['part']) }));
  return plan.map((p) => ({ dimension: LINKED_DIMENSIONS[p.c] as LinkedTable['dimension'], first: cellsOf(p.first, a, p.c), second: cellsOf(p.second, b, p.c) }));
}
