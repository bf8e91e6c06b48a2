import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, badInput, whereArgs } from '@taskforce/api-core';
import { CELL_KEY_ADJUSTMENT, DimensionKey, FormOfExploitation, IndicatorKind, LinkedTable, MULTIPLE, protectFormsNamed, percentages, protectForViewer, ProtectedTable, rowPercentages, caseRecordsScope, toCsvWithHeader, UNKNOWN } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { CaseRecordScopePolicy } from '../case-records/case-record-scope.policy';
import { CASE_RECORD_CELLS, CELL_COLUMNS, FORMS_NAMED_COLUMN, groupingOf, othersKeySql, ownCountSql } from '../case-records/case-record-cells';
import { AGENCY_SOURCE, requireCaseRecordSource, requireRecordedDimensions } from '../case-records/case-sources';
import { linkedTables } from '../case-records/linked-tables';
import { SmallCellThreshold } from './small-cell-threshold';
import { FormsNamedTableModel, IndicatorDimension, IndicatorTableModel } from './indicator.model';
import { IndicatorScopeInput, IndicatorTableInput } from './dto/indicator.inputs';

const DIMENSION_KEYS: Readonly<Record<IndicatorDimension, DimensionKey>> = {
  [IndicatorDimension.SEX]: 'sex',
  [IndicatorDimension.AGE_GROUP]: 'ageGroup',
  [IndicatorDimension.AGE_BAND]: 'ageBand',
  [IndicatorDimension.CITIZENSHIP]: 'citizenship',
  [IndicatorDimension.COUNTRY_OF_EXPLOITATION]: 'countryOfExploitation',
  [IndicatorDimension.CITIZENSHIP_REGION]: 'citizenshipRegion',
  [IndicatorDimension.EXPLOITATION_REGION]: 'exploitationRegion',
  [IndicatorDimension.FORM_OF_EXPLOITATION]: 'formOfExploitation',
  [IndicatorDimension.YEAR]: 'year',
};

/** What to cite under a figure of each source. */
export const CITATIONS: Readonly<Record<string, string>> = {
  ctdc: 'Counter Trafficking Data Collaborative (CTDC), IOM — VP synthetic data set (condensed)',
  map_tiers: 'US Department of State, Trafficking in Persons Report, via Kelley & Heiss (scorecard-diplomacy, MIT)',
  tip_tier_rankings: 'US Department of State, Trafficking in Persons Report (hand-entered student copy, DU-Human-Trafficking)',
  palermo_kelley_simmons: 'UN Treaty Collection XVIII-12-a, per Kelley & Simmons (AJPS 2014) replication data',
  palermo_ratification_counts: 'UN Treaty Collection XVIII-12-a (Protocol to Prevent, Suppress and Punish Trafficking in Persons), via Kelley & Heiss (scorecard-diplomacy, MIT)',
  unodc_glotip: 'UNODC, Global Report on Trafficking in Persons',
};

const citationOf = (source: string) => CITATIONS[source] ?? `Case records entered by task-force agencies (source "${source}")`;

/** The domain's row percentages, with the sentence naming the second variable as the screen does. */
function rowPercentagesOf(t: ProtectedTable, column: IndicatorDimension) {
  const p = rowPercentages(t);
  const name = column.toLowerCase().replace(/_/g, ' ');
  return { ...p, note: `Row percentages of the records where ${name} is known (those where it is unknown are left out of each row's denominator and counted beside it).` };
}

interface CountRow {
  d0: string | null;
  d1: string | null;
  n: number;
  /** How many of the n the viewer's agency recorded. */
  own: number;
  /** Sum mod 2³² of the record keys of the others' records (agency-recorded sources only; else null). */
  others_key: number | null;
  part: string;
}

/** Indicator tables (small-cell protected for the viewer) and their CSV. */
@Injectable()
export class IndicatorQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scopes: CaseRecordScopePolicy,
    private readonly threshold: SmallCellThreshold,
  ) {}

  /**
   * Counts the records of one source and indicator the viewer may see (CaseRecordScopePolicy: those of a given
   * operation after the need-to-know check, or else those outside operations and in operations visible to the
   * viewer's agency) per cell of the chosen dimensions, with how many of each the viewer's agency recorded and the
   * others' cell key, by summing the roll-up `case_record_cells` (one row per cell, operation and recording agency;
   * `case-record-cells.ts`) rather than grouping the records, and protects them with the domain's `protectForViewer`
   * (docs/disclosure-control.md): a figure is
   * exact when the viewer's agency recorded all of it, and otherwise judged on the part other agencies recorded; a
   * two-way table of agencies' records is protected with its linked tables (`linkedTables`: three-way figures).
   * Public data sets have no recording agency, so they are protected for every viewer. Same result as the domain's
   * `indicatorTable` over the same records.
   * @throws BAD_USER_INPUT (field `k`) for a k other than the configured one on source `agency`; BAD_USER_INPUT (field `source`) for a source other than `agency` and the case-record data sets;
   * BAD_USER_INPUT (field `dimensions`) unless one or two different dimensions, or for a region on source `agency`
   * (`requireRecordedDimensions`); NOT_FOUND for an
   * operation the viewer cannot see.
   */
  async table(user: AuthUser, input: IndicatorTableInput): Promise<IndicatorTableModel> {
    requireCaseRecordSource(input.source);
    if (input.dimensions.length < 1 || input.dimensions.length > 2 || new Set(input.dimensions).size !== input.dimensions.length) {
      throw badInput([{ field: 'dimensions', message: 'one or two different dimensions' }]);
    }
    requireRecordedDimensions(input.source, input.dimensions);
    const indicator = input.indicator ?? IndicatorKind.VICTIM_IDENTIFIED;
    const k = this.threshold.forRequest(input.k, input.source);
    const scope = await this.scopes.require(user, input.operationId);
    const columns = input.dimensions.map((d) => CELL_COLUMNS[d]);
    const qb = this.db
      .createQueryBuilder()
      .from(CASE_RECORD_CELLS, 'c')
      .select(`c.${columns[0]}`, 'd0')
      .addSelect(columns.length === 2 ? `c.${columns[1]}` : 'NULL::text', 'd1')
      .addSelect('sum(c.n)::int', 'n')
      .addSelect(ownCountSql(':viewerAgencyId'), 'own')
      // The part (joint operation, or none) each count comes from: see protectForViewer below.
      .addSelect(`COALESCE(c.operation_id::text, '')`, 'part')
      // Not grouped by: the cell key of the others' records (cell-key perturbation of agency-recorded figures).
      .addSelect(input.source === AGENCY_SOURCE ? othersKeySql(':viewerAgencyId') : 'NULL::float8', 'others_key')
      .where('c.grouped_by = :grouping AND c.source = :source AND c.indicator = :indicator', {
        grouping: groupingOf(columns),
        source: input.source,
        indicator,
        viewerAgencyId: user.agencyId,
      })
      // The roll-up's rows carry their records' operation: the same need-to-know predicate applies to them.
      .andWhere(...whereArgs(CaseRecordScopePolicy.where(scope, 'c')))
      .groupBy('1, 2, 5');
    // A two-way table of agencies' records: with its linked tables A × C and B × C, so that it also hides the zeros
    // that would pin a small three-way figure (public data sets are published as their files are). Read beside the
    // table's own cells, on a second connection of the pool.
    const [rows, linked]: [CountRow[], LinkedTable[] | undefined] = await Promise.all([
      qb.getRawMany<CountRow>(),
      input.source === AGENCY_SOURCE && input.dimensions.length === 2
        ? linkedTables(this.db, { scope, source: input.source, indicator, viewerAgencyId: user.agencyId, pair: [input.dimensions[0], input.dimensions[1]] })
        : undefined,
    ]);
    const unknown = (v: string | null) => (v === null ? UNKNOWN : v);
    const request = { dimensions: input.dimensions.map((d) => DIMENSION_KEYS[d]), k, ...(linked ? { linked } : {}) };
    // One protection for every channel (libs/domain protectForViewer): each figure judged on the part other agencies
    // recorded, consistent with the one-way tables of the same scope, audited; and the task-force figure must not
    // give away, by difference with one operation's figure, what that operation's (or the records outside
    // operations') own protection hides.
    const t = protectForViewer(
      rows.map((r) => ({
        key: [r.d0, r.d1].slice(0, input.dimensions.length).map(unknown),
        count: r.n,
        own: r.own,
        part: r.part,
        ...(r.others_key === null ? {} : { othersKey: r.others_key }),
      })),
      request,
    );
    // The viewer's own records per cell, over every part: known to the viewer, shown beside the figure.
    const own = new Map<string, number>();
    for (const r of rows) {
      const key = [r.d0, r.d1].slice(0, input.dimensions.length).map(unknown).join('\u0000');
      own.set(key, (own.get(key) ?? 0) + r.own);
    }
    return {
      source: input.source,
      indicator,
      dimensions: input.dimensions,
      categories: t.categories,
      cells: t.cells.map((cell) => ({ ...cell, ownCount: own.get(cell.key.join('\u0000')) || null })),
      rowTotals: t.marginals[0] ?? [],
      columnTotals: t.marginals[1] ?? [],
      total: t.total,
      k: t.k,
      viewerIsOwner: t.viewerIsOwner,
      percentages: t.dimensions.length === 1 ? percentages(t as ProtectedTable) : null,
      rowPercentages: t.dimensions.length === 2 ? rowPercentagesOf(t, input.dimensions[1]) : null,
      citation: citationOf(input.source),
    };
  }

  /**
   * The same protected table as CSV (`dims…,value` lines, then the totals `Total`, labels as shown on screen), after
   * the header block of every CSV export (`csvHeaderBlock` of libs/domain): scope (the joint operation's name, or
   * the task force as the viewer's agency may see it), the operation id when any, the k applied, the adjustment
   * line when any figure carries cell-key noise (`CELL_KEY_ADJUSTMENT`), the source cited and the UTC time. Same errors as `table`.
   */
  async csv(user: AuthUser, input: IndicatorTableInput, now: Date = new Date()): Promise<string> {
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
    const perturbed = [...t.cells, ...t.rowTotals, ...t.columnTotals, t.total].some((f) => f.perturbed);
    const header = { scope: await this.scopeName(user, input.source, input.operationId), operationId: input.operationId ?? null, k: t.k, adjustment: perturbed ? CELL_KEY_ADJUSTMENT : null, sources: [t.citation], generatedAt: now };
    return toCsvWithHeader(header, lines);
  }

  /**
   * Records naming each form of exploitation beside the single-form breakdown, for one source, indicator and scope
   * (the records `table` would count): per combination of distinct forms a record names (sorted), summed from the
   * roll-up `case_record_cells`, with the viewer's own part and the part of the scope (joint operation or none),
   * protected by the domain's `protectFormsNamed`
   * (docs/disclosure-control.md, "Forms named"): each form-named figure judged on the others' part, and hidden
   * whenever it would pin a small figure or tell anything about what the single-form breakdown hides. The single-form
   * figures are exactly those of `table` with the dimension FORM_OF_EXPLOITATION.
   * @throws BAD_USER_INPUT (field `source`) for an unknown source, (field `k`) for a k other than the configured one on source `agency`; NOT_FOUND for an operation the viewer cannot see.
   */
  async formsNamed(user: AuthUser, input: IndicatorScopeInput): Promise<FormsNamedTableModel> {
    requireCaseRecordSource(input.source);
    const indicator = input.indicator ?? IndicatorKind.VICTIM_IDENTIFIED;
    const k = this.threshold.forRequest(input.k, input.source);
    const scope = await this.scopes.require(user, input.operationId);
    const qb = this.db
      .createQueryBuilder()
      .from(CASE_RECORD_CELLS, 'c')
      .select(`c.${FORMS_NAMED_COLUMN}`, 'forms')
      .addSelect('sum(c.n)::int', 'n')
      .addSelect(ownCountSql(':viewerAgencyId'), 'own')
      .addSelect(`COALESCE(c.operation_id::text, '')`, 'part')
      .where('c.grouped_by = :grouping AND c.source = :source AND c.indicator = :indicator', {
        grouping: groupingOf([FORMS_NAMED_COLUMN]),
        source: input.source,
        indicator,
        viewerAgencyId: user.agencyId,
      })
      .andWhere(...whereArgs(CaseRecordScopePolicy.where(scope, 'c')))
      .groupBy('1, 4');
    const rows: Array<{ forms: string[]; n: number; own: number; part: string }> = await qb.getRawMany();
    const t = protectFormsNamed(
      rows.map((r) => ({ forms: r.forms, count: r.n, own: r.own, part: r.part })),
      { k, order: Object.values(FormOfExploitation) },
    );
    const singleCell = (category: string) => {
      const cell = t.single.cells.find((c) => c.key[0] === category);
      return cell ? { count: cell.count, suppressed: cell.suppressed, label: cell.label } : { count: 0, suppressed: false, label: '0' };
    };
    const total = t.total.count === null ? 'the total' : `the ${t.total.count.toLocaleString('en-GB')} records`;
    return {
      source: input.source,
      indicator,
      rows: t.forms.map((form, i) => ({ form, alone: singleCell(form), named: t.named[i] })),
      severalForms: singleCell(MULTIPLE),
      unknown: singleCell(UNKNOWN),
      total: t.total,
      k: t.k,
      viewerIsOwner: t.viewerIsOwner,
      note: `Multiple counting: a record naming several forms of exploitation counts under each form it names, so these figures overlap and do not add up to ${total}.`,
      citation: citationOf(input.source),
    };
  }

  /**
   * `formsNamed` as CSV after the header block of every export (scope, operation id, k, source, UTC time): one row per
   * form (`form_of_exploitation, named_alone, named_alone_or_with_others`), then `MULTIPLE`, `UNKNOWN` and `Total`
   * (named alone only: they are records, not forms). Suppressed figures read as on screen. Same errors as `formsNamed`.
   */
  async formsNamedCsv(user: AuthUser, input: IndicatorScopeInput, now: Date = new Date()): Promise<string> {
    const t = await this.formsNamed(user, input);
    const shown = (f: { count: number | null; label: string }) => (f.count === null ? f.label : String(f.count));
    const lines: string[][] = [['form_of_exploitation', 'named_alone', 'named_alone_or_with_others (overlapping: does not add up to the total)']];
    for (const r of t.rows) lines.push([r.form, shown(r.alone), shown(r.named)]);
    lines.push([MULTIPLE, shown(t.severalForms), ''], [UNKNOWN, shown(t.unknown), ''], ['Total', shown(t.total), '']);
    const header = { scope: await this.scopeName(user, input.source, input.operationId), operationId: input.operationId ?? null, k: t.k, sources: [t.citation], generatedAt: now };
    return toCsvWithHeader(header, lines);
  }

  /**
   * The scope of a figure in words: the joint operation's name (visibility already checked by `table`), or
   * for agencies' records "Task force as NL-POL may see it (…)" (the records outside operations and in the viewer
   * agency's operations), for a public data set the whole data set (`caseRecordsScope`).
   */
  private async scopeName(user: AuthUser, source: string, operationId: string | null | undefined): Promise<string> {
    if (operationId) {
      const [operation] = await this.db.query(`SELECT name FROM operations WHERE id = $1`, [operationId]);
      return operation.name;
    }
    const [agency] = await this.db.query(`SELECT acronym FROM agencies WHERE id = $1`, [user.agencyId]);
    return caseRecordsScope(source, agency?.acronym ?? 'your agency');
  }
}
