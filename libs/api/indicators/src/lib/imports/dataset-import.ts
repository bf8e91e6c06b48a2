import {
  CtdcVictimRow,
  DATA_FILES,
  GlotipRow,
  ImportResult,
  PalermoRatificationRow,
  parseCtdcCsv,
  parseRatificationsCount,
  RatificationsCountRow,
  parseGlotipXlsx,
  parseMapTiersCsv,
  parsePalermoRatificationYears,
  parseTipTierRankingsXlsx,
  TipTierRow,
} from '@taskforce/data-import';
import { IndicatorKind } from '@taskforce/domain';
import { readFile } from 'node:fs/promises';
import { DataSource, EntityManager } from 'typeorm';

/** The data sets an import knows, with the file each reads by default inside the data folder. */
export enum DatasetKind {
  TIP_TIERS_CSV = 'TIP_TIERS_CSV',
  TIP_TIERS_XLSX = 'TIP_TIERS_XLSX',
  PALERMO = 'PALERMO',
  /** Ratifications of the Protocol per year and running total (palermo/ratifications_count.csv). */
  PALERMO_COUNTS = 'PALERMO_COUNTS',
  GLOTIP = 'GLOTIP',
  CTDC = 'CTDC',
}

/** Kind names on the command line (`npm run import -- tip-tiers-csv <file>`). */
export const CLI_KINDS: Readonly<Record<string, DatasetKind>> = {
  'tip-tiers-csv': DatasetKind.TIP_TIERS_CSV,
  'tip-tiers-xlsx': DatasetKind.TIP_TIERS_XLSX,
  palermo: DatasetKind.PALERMO,
  'palermo-counts': DatasetKind.PALERMO_COUNTS,
  glotip: DatasetKind.GLOTIP,
  ctdc: DatasetKind.CTDC,
};

export const DEFAULT_FILES: Readonly<Record<DatasetKind, string>> = {
  [DatasetKind.TIP_TIERS_CSV]: DATA_FILES.mapTiers,
  [DatasetKind.TIP_TIERS_XLSX]: DATA_FILES.tipTierRankings,
  [DatasetKind.PALERMO]: DATA_FILES.palermoYears,
  [DatasetKind.PALERMO_COUNTS]: DATA_FILES.palermoCounts,
  [DatasetKind.GLOTIP]: DATA_FILES.glotip,
  [DatasetKind.CTDC]: DATA_FILES.ctdc,
};

/** Value of the `source` column each kind writes (rows are keyed by `(source, key)`). */
export const SOURCES: Readonly<Record<DatasetKind, string>> = {
  [DatasetKind.TIP_TIERS_CSV]: 'map_tiers',
  [DatasetKind.TIP_TIERS_XLSX]: 'tip_tier_rankings',
  [DatasetKind.PALERMO]: 'palermo_kelley_simmons',
  [DatasetKind.PALERMO_COUNTS]: 'palermo_ratification_counts',
  [DatasetKind.GLOTIP]: 'unodc_glotip',
  [DatasetKind.CTDC]: 'ctdc',
};

/**
 * The sources whose licence allows showing their figures (../shared/data/README.md): map_tiers, the Palermo years
 * and the yearly ratification counts (MIT), UNODC GLOTIP and CTDC (cited). `tip_tier_rankings` (the hand-entered TIP workbook, no licence) may be
 * imported to test the importer's robustness but is never displayed.
 */
export const DISPLAYED_SOURCES: readonly string[] = [SOURCES.TIP_TIERS_CSV, SOURCES.PALERMO, SOURCES.PALERMO_COUNTS, SOURCES.GLOTIP, SOURCES.CTDC];

export interface RejectedRow {
  line: number;
  sheet: string | null;
  reason: string;
}

/**
 * What an import did — or, when `applied` is false, what it would do: rows new, changed, identical to what was
 * stored and stored but absent from the file (removed), and the rows the parser refused.
 */
export interface DatasetImportReport {
  kind: DatasetKind;
  source: string;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  rejected: RejectedRow[];
  /** True when the rows were written; false for a preview needing confirmation or a file with no usable row. */
  applied: boolean;
  /**
   * True when the file would change or remove rows already stored (a different file than last time): nothing was
   * written; import again with confirmation (`confirm: true`, CLI `--confirm`) to apply it.
   */
  confirmationNeeded: boolean;
  /** Up to DIFF_EXAMPLES natural keys of each kind of change, for the preview. */
  examples: { inserted: string[]; updated: string[]; removed: string[] };
}

/** How many keys of each change a report lists. */
export const DIFF_EXAMPLES = 10;

export interface DatasetImportOptions {
  /** Apply a file that changes or removes stored rows (see `confirmationNeeded`). Default false. */
  confirm?: boolean;
  /** Runs inside the transaction after every row is written (a test seam: throwing here must change nothing). */
  beforeCommit?: (manager: EntityManager) => Promise<void>;
}

/** Thrown inside the transaction to roll a preview back. */
class Preview extends Error {
  constructor(readonly counts: UpsertCounts) {
    super('preview');
  }
}

interface Plan {
  table: string;
  /** `source` and `key` first: the natural key. */
  columns: string[];
  rows: unknown[][];
  rejected: RejectedRow[];
}

const rejectedOf = (r: ImportResult<unknown>): RejectedRow[] => r.rejected.map((x) => ({ line: x.line, sheet: x.sheet ?? null, reason: x.reason }));

function tipTierPlan(source: string, parsed: ImportResult<TipTierRow>): Plan {
  return {
    table: 'tip_tiers',
    columns: ['source', 'key', 'country_alpha2', 'country_alpha3', 'country_name', 'year', 'tier', 'source_name', 'source_line', 'source_sheet'],
    rows: parsed.rows.map((r) => [source, r.key, r.country.alpha2, r.country.alpha3, r.country.name, r.year, r.tier, r.sourceName, r.line, r.sheet ?? null]),
    rejected: rejectedOf(parsed),
  };
}

function palermoPlan(source: string, parsed: ImportResult<PalermoRatificationRow>): Plan {
  return {
    table: 'palermo_ratifications',
    columns: ['source', 'key', 'country_alpha2', 'country_alpha3', 'country_name', 'ratified_year', 'not_ratified_by_end_of_data_range', 'cow_code', 'source_name', 'source_line'],
    rows: parsed.rows.map((r) => [source, r.key, r.country.alpha2, r.country.alpha3, r.country.name, r.ratifiedYear, r.notRatifiedByEndOfDataRange, r.cowCode, r.sourceName, r.line]),
    rejected: rejectedOf(parsed),
  };
}

function palermoCountsPlan(source: string, parsed: ImportResult<RatificationsCountRow>): Plan {
  return {
    table: 'palermo_ratification_counts',
    columns: ['source', 'key', 'year', 'ratified', 'cumulative', 'source_line'],
    rows: parsed.rows.map((r) => [source, String(r.year), r.year, r.ratified, r.cumulative, r.line]),
    rejected: rejectedOf(parsed),
  };
}

function glotipPlan(source: string, parsed: ImportResult<GlotipRow>): Plan {
  return {
    table: 'glotip_figures',
    columns: ['source', 'key', 'country_alpha2', 'country_alpha3', 'country_name', 'region', 'subregion', 'indicator', 'indicator_kind', 'dimension', 'category', 'sex', 'age', 'year', 'unit', 'value', 'suppressed', 'value_text', 'citation', 'source_line', 'source_sheet'],
    rows: parsed.rows.map((r) => [
      source, r.key, r.country.alpha2, r.country.alpha3, r.country.name, r.region, r.subregion, r.indicator, r.indicatorKind, r.dimension, r.category,
      r.sex, r.age, r.year, r.unit, r.value, r.suppressed, r.valueText, r.source, r.line, r.sheet ?? null,
    ]),
    rejected: rejectedOf(parsed),
  };
}

function ctdcPlan(source: string, parsed: ImportResult<CtdcVictimRow>): Plan {
  return {
    table: 'case_records',
    columns: ['source', 'key', 'agency_id', 'operation_id', 'indicator', 'year', 'sex', 'age_group', 'citizenship', 'country_of_exploitation', 'citizenship_region', 'exploitation_region', 'forms_of_exploitation', 'source_line'],
    rows: parsed.rows.map((r) => [
      source, r.key, null, null, IndicatorKind.VICTIM_IDENTIFIED, r.yearRegister?.label ?? null, r.sex, r.ageGroup, null, null, r.citizenshipRegion, r.exploitationRegion,
      r.formsOfExploitation, r.line,
    ]),
    rejected: rejectedOf(parsed),
  };
}

/** Parses a file of the given kind with libs/data-import (no database access). */
export async function planImport(kind: DatasetKind, file: string): Promise<Plan> {
  const source = SOURCES[kind];
  const text = () => readFile(file, 'utf8');
  switch (kind) {
    case DatasetKind.TIP_TIERS_CSV:
      return tipTierPlan(source, parseMapTiersCsv(await text()));
    case DatasetKind.TIP_TIERS_XLSX:
      return tipTierPlan(source, await parseTipTierRankingsXlsx(file));
    case DatasetKind.PALERMO:
      return palermoPlan(source, parsePalermoRatificationYears(await text()));
    case DatasetKind.PALERMO_COUNTS:
      return palermoCountsPlan(source, parseRatificationsCount(await text()));
    case DatasetKind.GLOTIP:
      return glotipPlan(source, await parseGlotipXlsx(file));
    case DatasetKind.CTDC:
      return ctdcPlan(source, parseCtdcCsv(await text()));
  }
}

/** Where a row came from in the file: kept on the row, but a row that only moved in the file has not changed. */
const TRACKING_COLUMNS = new Set(['source_line', 'source_sheet']);

interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  storedBefore: number;
  examples: DatasetImportReport['examples'];
}

/**
 * Makes the stored rows of `plan`'s source exactly the file's: `INSERT … ON CONFLICT (source, key) DO UPDATE …
 * WHERE a fact differs` (rows returned with `xmax = 0` are new, other returned rows changed, rows not returned
 * were identical and left untouched, their line too), then deletes the source's stored rows whose key the file no
 * longer has.
 */
async function upsert(m: EntityManager, plan: Plan): Promise<UpsertCounts> {
  const { table, columns } = plan;
  const rest = columns.slice(2);
  const facts = rest.filter((c) => !TRACKING_COLUMNS.has(c));
  const source = plan.rows[0]?.[0] ?? null;
  const [{ n: storedBefore }] = source === null ? [{ n: 0 }] : await m.query(`SELECT count(*)::int AS n FROM ${table} WHERE source = $1`, [source]);
  const examples: DatasetImportReport['examples'] = { inserted: [], updated: [], removed: [] };
  const note = (list: string[], key: string) => list.length < DIFF_EXAMPLES && list.push(key);
  // Last occurrence wins if a parser ever hands over a repeated key (one statement cannot touch a row twice).
  const byKey = new Map<string, unknown[]>();
  for (const row of plan.rows) byKey.set(`${row[0]}\u0000${row[1]}`, row);
  const rows = [...byKey.values()];
  const chunkSize = Math.max(1, Math.floor(30000 / columns.length));
  const sql = (n: number) => {
    const values = Array.from({ length: n }, (_, i) => `(${columns.map((_, j) => `$${i * columns.length + j + 1}`).join(', ')})`).join(', ');
    return (
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ` +
      `ON CONFLICT (source, key) DO UPDATE SET ${rest.map((c) => `${c} = EXCLUDED.${c}`).join(', ')} ` +
      `WHERE (${facts.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${facts.map((c) => `EXCLUDED.${c}`).join(', ')}) ` +
      `RETURNING (xmax = 0) AS inserted, key`
    );
  };
  let inserted = 0;
  let updated = 0;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    const returned: Array<{ inserted: boolean; key: string }> = await m.query(sql(chunk.length), chunk.flat());
    for (const r of returned) {
      if (r.inserted) {
        inserted++;
        note(examples.inserted, r.key);
      } else {
        updated++;
        note(examples.updated, r.key);
      }
    }
  }
  let removed = 0;
  if (source !== null) {
    // Wrapped in a SELECT: TypeORM answers a bare DELETE … RETURNING with [rows, count].
    const gone: Array<{ key: string }> = await m.query(
      `WITH gone AS (DELETE FROM ${table} WHERE source = $1 AND NOT (key = ANY ($2::text[])) RETURNING key) SELECT key FROM gone ORDER BY key`,
      [source, rows.map((r) => r[1])],
    );
    removed = gone.length;
    for (const g of gone) note(examples.removed, g.key);
  }
  return { inserted, updated, unchanged: rows.length - inserted - updated, removed, storedBefore, examples };
}

/**
 * Imports one file: parse with libs/data-import, then make the source's stored rows the file's, keyed by each
 * row's natural key (never its line), in ONE transaction. Re-running the same import — or a reordered copy of it —
 * changes nothing (all `unchanged`). A first import of a source applies at once; a file that would change or
 * remove stored rows is only previewed (`applied: false`, `confirmationNeeded: true`, the counts it would give)
 * unless `options.confirm`. A file with no usable row (empty, junk, every line refused) writes nothing
 * (`applied: false`). A failure anywhere rolls everything back. Rows the parser refused are reported with their
 * line (and sheet) and do not stop the import.
 */
export async function importDataset(db: DataSource, kind: DatasetKind, file: string, options: DatasetImportOptions = {}): Promise<DatasetImportReport> {
  const plan = await planImport(kind, file);
  const base = { kind, source: SOURCES[kind], rejected: plan.rejected };
  if (!plan.rows.length) {
    return { ...base, inserted: 0, updated: 0, unchanged: 0, removed: 0, applied: false, confirmationNeeded: false, examples: { inserted: [], updated: [], removed: [] } };
  }
  try {
    const counts = await db.transaction(async (m) => {
      const result = await upsert(m, plan);
      if (result.storedBefore > 0 && (result.updated > 0 || result.removed > 0) && !options.confirm) throw new Preview(result);
      if (options.beforeCommit) await options.beforeCommit(m);
      return result;
    });
    return { ...base, ...reportCounts(counts), applied: true, confirmationNeeded: false };
  } catch (error) {
    if (error instanceof Preview) return { ...base, ...reportCounts(error.counts), applied: false, confirmationNeeded: true };
    throw error;
  }
}

function reportCounts(c: UpsertCounts): Pick<DatasetImportReport, 'inserted' | 'updated' | 'unchanged' | 'removed' | 'examples'> {
  return { inserted: c.inserted, updated: c.updated, unchanged: c.unchanged, removed: c.removed, examples: c.examples };
}
