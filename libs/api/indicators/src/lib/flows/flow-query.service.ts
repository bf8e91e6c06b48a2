import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, positional } from '@taskforce/api-core';
import { IndicatorKind } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { CaseRecordScopePolicy } from '../case-records/case-record-scope.policy';
import { FlowGroup, protectFlows } from './flow-protection';
import { CaseFlowsModel, FlowLevel } from './flow.model';
import { CaseFlowsInput } from './dto/flow.inputs';
import { CASE_RECORD_CELLS, CELL_COLUMNS, groupingOf, othersKeySql } from '../case-records/case-record-cells';
import { AGENCY_SOURCE, requireCaseRecordSource } from '../case-records/case-sources';
import { linkedTables } from '../case-records/linked-tables';
import { IndicatorDimension } from '../tables/indicator.model';
import { CITATIONS } from '../tables/indicator-query.service';
import { SmallCellThreshold } from '../tables/small-cell-threshold';

/** Origin and destination columns of the roll-up per level (fixed names: never taken from the input). */
const COLUMNS: Readonly<Record<FlowLevel, { from: string; to: string }>> = {
  [FlowLevel.COUNTRY]: { from: CELL_COLUMNS[IndicatorDimension.CITIZENSHIP], to: CELL_COLUMNS[IndicatorDimension.COUNTRY_OF_EXPLOITATION] },
  [FlowLevel.REGION]: { from: CELL_COLUMNS[IndicatorDimension.CITIZENSHIP_REGION], to: CELL_COLUMNS[IndicatorDimension.EXPLOITATION_REGION] },
};

/** Flows between countries or regions of origin and exploitation, counted in SQL and small-cell protected. */
@Injectable()
export class FlowQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scopes: CaseRecordScopePolicy,
    private readonly threshold: SmallCellThreshold,
  ) {}

  /**
   * Counts the records of one source and indicator the viewer may see per (origin, destination), summed from the
   * roll-up `case_record_cells` (its cells by origin and destination), under the scope rule of `indicatorTable`
   * (CaseRecordScopePolicy): the records of `operationId` after the need-to-know check, or else the records outside
   * operations and in operations the viewer's agency takes part in, with how many of each the viewer's agency
   * recorded; protected by `protectFlows` (figures judged on the part other agencies recorded; exact
   * when the viewer's agency recorded every counted record; public data sets have none, so they are protected for all).
   * @throws BAD_USER_INPUT (field `k`) for a k other than the configured one on source `agency`; (field `source`) for a source other than `agency` and the case-record data sets;
   * NOT_FOUND ("Operation not found") for an operation that is unknown or not visible to the viewer
   */
  async flows(user: AuthUser, input: CaseFlowsInput): Promise<CaseFlowsModel> {
    requireCaseRecordSource(input.source);
    const indicator = input.indicator ?? IndicatorKind.VICTIM_IDENTIFIED;
    const k = this.threshold.forRequest(input.k, input.source);
    const checked = await this.scopes.require(user, input.operationId);
    const { from, to } = COLUMNS[input.level];
    // The roll-up's rows carry their records' operation: the same need-to-know predicate applies to them.
    const { sql: scope, values: params } = positional(CaseRecordScopePolicy.where(checked, 'c'), [groupingOf([from, to]), input.source, indicator, user.agencyId]);
    const rows: Array<{ origin: string | null; destination: string | null; n: number; others: number; others_key: number | null; part: string }> = await this.db.query(
      `SELECT c.${from} AS origin, c.${to} AS destination,
              sum(c.n)::int AS n, COALESCE(sum(c.n) FILTER (WHERE c.agency_id IS DISTINCT FROM $4), 0)::int AS others,
              COALESCE(c.operation_id::text, '') AS part,
              ${input.source === AGENCY_SOURCE ? othersKeySql('$4') : 'NULL::float8'} AS others_key
         FROM ${CASE_RECORD_CELLS} c
        WHERE c.grouped_by = $1 AND c.source = $2 AND c.indicator = $3 AND ${scope}
        GROUP BY 1, 2, 5`,
      params,
    );
    const groups: FlowGroup[] = rows.map((r) => ({
      from: r.origin,
      to: r.destination,
      count: r.n,
      own: r.n - r.others,
      part: r.part,
      ...(r.others_key === null ? {} : { othersKey: r.others_key }),
    }));
    const viewerIsOwner = rows.every((r) => r.others === 0);
    // Country flows of agencies' records are the two-way table citizenship × country of exploitation: protected with
    // its linked tables (three-way figures), as that table is.
    const linked =
      input.source === AGENCY_SOURCE && input.level === FlowLevel.COUNTRY
        ? await linkedTables(this.db, { scope: checked, source: input.source, indicator, viewerAgencyId: user.agencyId, pair: [IndicatorDimension.CITIZENSHIP, IndicatorDimension.COUNTRY_OF_EXPLOITATION] })
        : undefined;
    const p = protectFlows(groups, { k, viewerIsOwner, ...(linked ? { linked } : {}) });
    return {
      source: input.source,
      indicator,
      level: input.level,
      ...p,
      citation: CITATIONS[input.source] ?? `Case records entered by task-force agencies (source "${input.source}")`,
    };
  }
}
