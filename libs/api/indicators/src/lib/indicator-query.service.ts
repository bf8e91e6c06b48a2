import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, badInput } from '@taskforce/api-core';
import { OperationAccessService } from '@taskforce/api-operations';
import { AgeGroup, CaseRecord, DimensionKey, FormOfExploitation, IndicatorKind, indicatorTable, percentages, ProtectedTable, Sex } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { IndicatorDimension, IndicatorTableInput, IndicatorTableModel } from './indicator.models';

const DIMENSION_KEYS: Readonly<Record<IndicatorDimension, DimensionKey>> = {
  [IndicatorDimension.SEX]: 'sex',
  [IndicatorDimension.AGE_GROUP]: 'ageGroup',
  [IndicatorDimension.CITIZENSHIP]: 'citizenship',
  [IndicatorDimension.COUNTRY_OF_EXPLOITATION]: 'countryOfExploitation',
  [IndicatorDimension.FORM_OF_EXPLOITATION]: 'formOfExploitation',
  [IndicatorDimension.YEAR]: 'year',
};

/** What to cite under a figure of each source. */
export const CITATIONS: Readonly<Record<string, string>> = {
  ctdc: 'Counter Trafficking Data Collaborative (CTDC), IOM — VP synthetic data set (condensed)',
  map_tiers: 'US Department of State, Trafficking in Persons Report, via Kelley & Heiss (scorecard-diplomacy, MIT)',
  tip_tier_rankings: 'US Department of State, Trafficking in Persons Report (hand-entered student copy, DU-Human-Trafficking)',
  palermo_kelley_simmons: 'UN Treaty Collection XVIII-12-a, per Kelley & Simmons (AJPS 2014) replication data',
  unodc_glotip: 'UNODC, Global Report on Trafficking in Persons',
};

const citationOf = (source: string) => CITATIONS[source] ?? `Case records entered by task-force agencies (source "${source}")`;

interface CaseRow {
  agency_id: string | null;
  year: string | null;
  sex: string | null;
  age_group: string | null;
  citizenship: string | null;
  country_of_exploitation: string | null;
  forms_of_exploitation: string[];
}

/** Indicator tables (small-cell protected for the viewer) and their CSV. */
@Injectable()
export class IndicatorQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationAccessService,
  ) {}

  /**
   * Loads the records of one source and indicator the viewer may see (records of a given operation after the
   * need-to-know check, or else records outside operations and in operations visible to the viewer's agency),
   * cross-tabulates them and protects the result: exact only when the viewer's agency recorded every record.
   * Public data sets have no recording agency, so they are protected for every viewer.
   */
  async table(user: AuthUser, input: IndicatorTableInput): Promise<IndicatorTableModel> {
    if (input.dimensions.length < 1 || input.dimensions.length > 2 || new Set(input.dimensions).size !== input.dimensions.length) {
      throw badInput([{ field: 'dimensions', message: 'one or two different dimensions' }]);
    }
    const indicator = input.indicator ?? IndicatorKind.VICTIM_IDENTIFIED;
    const params: unknown[] = [input.source, indicator];
    let scope: string;
    if (input.operationId) {
      await this.access.requireVisible(user, input.operationId);
      params.push(input.operationId);
      scope = `operation_id = $3`;
    } else {
      params.push(user.agencyId);
      scope = `(operation_id IS NULL OR EXISTS (SELECT 1 FROM operation_agencies oa WHERE oa.operation_id = case_records.operation_id AND oa.agency_id = $3))`;
    }
    const rows: CaseRow[] = await this.db.query(
      `SELECT agency_id::text AS agency_id, year, sex, age_group, citizenship, country_of_exploitation, forms_of_exploitation
         FROM case_records WHERE source = $1 AND indicator = $2 AND ${scope}`,
      params,
    );
    const records: CaseRecord[] = rows.map((r, i) => ({
      id: String(i),
      agencyId: r.agency_id ?? `public:${input.source}`,
      indicator,
      year: r.year,
      sex: r.sex as Sex | null,
      ageGroup: r.age_group as AgeGroup | null,
      citizenship: r.citizenship,
      countryOfExploitation: r.country_of_exploitation,
      formsOfExploitation: r.forms_of_exploitation as FormOfExploitation[],
    }));
    const t = indicatorTable(records, { indicator, dimensions: input.dimensions.map((d) => DIMENSION_KEYS[d]), viewerAgencyId: user.agencyId, k: input.k });
    return {
      source: input.source,
      indicator,
      dimensions: input.dimensions,
      categories: t.categories,
      cells: t.cells,
      rowTotals: t.marginals[0] ?? [],
      columnTotals: t.marginals[1] ?? [],
      total: t.total,
      k: t.k,
      viewerIsOwner: t.viewerIsOwner,
      percentages: t.dimensions.length === 1 ? percentages(t as ProtectedTable) : null,
      citation: citationOf(input.source),
    };
  }

  /** The same protected table as CSV: one line per cell, then the totals (`Total`), labels as shown on screen. */
  async csv(user: AuthUser, input: IndicatorTableInput): Promise<string> {
    const t = await this.table(user, input);
    const shown = (f: { count: number | null; label: string }) => (f.count === null ? f.label : String(f.count));
    const lines: string[][] = [[...input.dimensions.map((d) => d.toLowerCase()), 'value']];
    for (const c of t.cells) lines.push([...c.key, shown(c)]);
    if (t.dimensions.length === 2) {
      t.categories[0].forEach((cat, i) => lines.push([cat, 'Total', shown(t.rowTotals[i])]));
      t.categories[1].forEach((cat, i) => lines.push(['Total', cat, shown(t.columnTotals[i])]));
      lines.push(['Total', 'Total', shown(t.total)]);
    } else {
      lines.push(['Total', shown(t.total)]);
    }
    return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
  }
}

/** Quotes a CSV field when needed and defuses spreadsheet formulas. */
export function csvField(value: string): string {
  const v = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
