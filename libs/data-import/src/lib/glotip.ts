import { IndicatorKind } from '@taskforce/domain';
import { Country, joinCountry } from './countries';
import { sortRejected } from './tip-tiers';
import { ImportResult, Rejected, SourceRef } from './types';
import { cellText, openWorkbook, WorkbookSource } from './xlsx';

export const GLOTIP_COLUMNS = [
  'Iso3_code',
  'Country',
  'Region',
  'Subregion',
  'Indicator',
  'Dimension',
  'Category',
  'Sex',
  'Age',
  'Year',
  'Unit of measurement',
  'txtVALUE',
  'Source',
] as const;

/** GLOTIP indicators and the task-force indicator each corresponds to (`null`: none). */
export const GLOTIP_INDICATORS: Readonly<Record<string, IndicatorKind | null>> = {
  'Detected trafficking victims': IndicatorKind.VICTIM_IDENTIFIED,
  // suspects arrested, cautioned or investigated
  'Persons brought into formal contact': IndicatorKind.INVESTIGATION_OPENED,
  'Persons prosecuted': IndicatorKind.PROSECUTION,
  'Persons convicted': IndicatorKind.CONVICTION,
  'Offences of trafficking in persons': null,
};

export interface GlotipRow extends SourceRef {
  /** Natural key: `iso3|indicator|dimension|category|sex|age|year` (category blank when UNODC left it blank). */
  key: string;
  country: Country;
  region: string;
  subregion: string;
  indicator: string;
  indicatorKind: IndicatorKind | null;
  dimension: string;
  /** As published; `''` for a breakdown row whose category UNODC left blank (not stated). */
  category: string;
  sex: string;
  age: string;
  year: number;
  unit: string;
  /** The count, or `null` when UNODC suppressed it. */
  value: number | null;
  /** `"<5"` in the source: a count from 1 to 4 that UNODC does not publish. */
  suppressed: boolean;
  /** The text as published (`"10,070"`, `"<5"`). */
  valueText: string;
  source: string;
}

const THOUSANDS = /^\d{1,3}(,\d{3})+$/;
const PLAIN = /^\d+(\.0+)?$/;

/** `"10,070"` → 10070, `"7"` → 7, `"<5"` → suppressed; anything else → `null` (rejected). */
export function parseGlotipValue(text: string): { value: number | null; suppressed: boolean } | null {
  const t = text.trim();
  if (/^<\s*5$/.test(t)) return { value: null, suppressed: true };
  if (THOUSANDS.test(t)) return { value: Number(t.replace(/,/g, '')), suppressed: false };
  if (PLAIN.test(t)) return { value: Math.round(Number(t)), suppressed: false };
  return null;
}

/** The sheet of UNODC's workbook that holds the data. */
const GLOTIP_SHEET = 'data_glotip_1';

/**
 * Parses UNODC's data_glotip.xlsx (sheet `data_glotip_1`; any other sheet is reported, line 0, and not read; without
 * that sheet the first one is read, and that is reported too). The header row is found by its `Iso3_code` cell, so
 * the banner rows above it (however many) are skipped. Totals are kept as published: UNODC's parts need not
 * add up to its totals (and `<5` parts cannot), so nothing is summed or "corrected" here. A breakdown row whose
 * Category is blank is kept with a blank category (not stated). Rows of UNODC regional aggregates, of no single
 * country, with an unreadable value, a blank Dimension, Sex or Age, or a repeated key are rejected.
 */
export async function parseGlotipXlsx(source: WorkbookSource): Promise<ImportResult<GlotipRow>> {
  const opened = await openWorkbook(source);
  if ('reason' in opened) return { rows: [], rejected: [{ line: 1, reason: opened.reason }] };
  const { workbook } = opened;
  const named = workbook.getWorksheet(GLOTIP_SHEET);
  const sheet = named ?? workbook.worksheets[0];
  const rejected: Rejected[] = [];
  const rows: GlotipRow[] = [];
  if (!sheet) return { rows, rejected: [{ line: 0, reason: 'workbook has no sheet' }] };
  if (!named) rejected.push({ line: 0, sheet: sheet.name, reason: `no sheet ${GLOTIP_SHEET}: read the first sheet, "${sheet.name}", instead` });
  for (const other of workbook.worksheets.filter((w) => w !== sheet)) {
    rejected.push({ line: 0, sheet: other.name, reason: `unexpected sheet "${other.name}", not read: the data are in sheet ${GLOTIP_SHEET}` });
  }
  let cols: Record<string, number> | null = null;
  sheet.eachRow((row, line) => {
    const at = { line, sheet: sheet.name };
    const cells = (row.values as unknown[]).slice(1).map(cellText);
    if (!cols) {
      if (cells[0] === 'Iso3_code') {
        const missing = GLOTIP_COLUMNS.filter((c) => !cells.includes(c));
        if (missing.length) rejected.push({ ...at, reason: `missing columns: ${missing.join(', ')}` });
        else cols = Object.fromEntries(GLOTIP_COLUMNS.map((c) => [c, cells.indexOf(c)]));
      }
      return;
    }
    const get = (c: (typeof GLOTIP_COLUMNS)[number]) => cells[(cols as Record<string, number>)[c]] ?? '';
    const join = joinCountry(get('Iso3_code'), get('Country'));
    if ('reason' in join) {
      rejected.push({ ...at, reason: join.reason });
      return;
    }
    const year = /^\d{4}$/.test(get('Year')) ? Number(get('Year')) : null;
    if (year === null) {
      rejected.push({ ...at, reason: `Year "${get('Year')}" is not a year` });
      return;
    }
    const indicator = get('Indicator');
    if (!(indicator in GLOTIP_INDICATORS)) {
      rejected.push({ ...at, reason: `unknown indicator "${indicator}"` });
      return;
    }
    const parsed = parseGlotipValue(get('txtVALUE'));
    if (!parsed) {
      rejected.push({ ...at, reason: `txtVALUE "${get('txtVALUE')}" is not a count, a count with thousands separators or <5` });
      return;
    }
    const [dimension, category, sex, age] = [get('Dimension'), get('Category'), get('Sex'), get('Age')];
    // A breakdown row (Dimension "by …") with a blank Category is a published figure whose category UNODC did not
    // state (e.g. citizenship not stated): kept, with the category blank as published. A blank Dimension, Sex or Age,
    // or a blank Category of a total, leaves the figure's meaning unknown: rejected.
    if (!dimension || !sex || !age || (!category && dimension === 'Total')) {
      rejected.push({ ...at, reason: 'blank Dimension, Sex or Age, or a total without its Category' });
      return;
    }
    const key = [join.country.alpha3, indicator, dimension, category, sex, age, year].join('|');
    rows.push({
      ...at,
      key,
      country: join.country,
      region: get('Region'),
      subregion: get('Subregion'),
      indicator,
      indicatorKind: GLOTIP_INDICATORS[indicator],
      dimension,
      category,
      sex,
      age,
      year,
      unit: get('Unit of measurement'),
      ...parsed,
      valueText: get('txtVALUE'),
      source: get('Source'),
    });
  });
  if (!cols) rejected.push({ line: 0, sheet: sheet.name, reason: 'no header row starting with Iso3_code' });
  return { rows: dedupeByKey(rows, rejected), rejected: sortRejected(rejected) };
}

/**
 * One row per natural key. Repeats with the same value are dropped and reported; rows of one key with different
 * values (the source has some, e.g. two "Female, Total age" figures for one country and year) are all rejected:
 * picking one would be a guess.
 */
function dedupeByKey(rows: GlotipRow[], rejected: Rejected[]): GlotipRow[] {
  const byKey = new Map<string, GlotipRow[]>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const kept: GlotipRow[] = [];
  for (const [key, group] of byKey) {
    const values = new Set(group.map((r) => r.valueText));
    if (values.size === 1) {
      kept.push(group[0]);
      for (const dup of group.slice(1)) {
        rejected.push({ line: dup.line, sheet: dup.sheet, reason: `duplicate of row ${group[0].line} (${key}, same value)` });
      }
    } else {
      const all = group.map((g) => `"${g.valueText}" at row ${g.line}`).join(', ');
      for (const r of group) rejected.push({ line: r.line, sheet: r.sheet, reason: `conflicting values for ${key}: ${all}` });
    }
  }
  return kept.sort((a, b) => a.line - b.line);
}
