import { readCsv, columnsOf } from './csv';
import { Country, joinCountry, countryFromName } from './countries';
import { cellText, openWorkbook, WorkbookSource } from './xlsx';
import { ImportResult, Rejected, SourceRef } from './types';

/** US State Department TIP Report ranking. */
export type TipTier = 'TIER_1' | 'TIER_2' | 'TIER_2_WATCH_LIST' | 'TIER_3' | 'SPECIAL_CASE' | 'NOT_RATED';

export interface TipTierRow extends SourceRef {
  /** Natural key: `${alpha3}:${year}`. */
  key: string;
  country: Country;
  year: number;
  tier: TipTier;
  /** The spelling in the source. */
  sourceName: string;
  /** Correlates of War country code (map_tiers.csv only). */
  cowCode?: number | null;
}

/**
 * map_tiers.csv (Kelley & Heiss) codes tiers as numbers, and **3 is the Watch List, 4 is Tier 3** — reading the
 * code as the tier number would demote every Watch List country and promote every Tier 3 one. `NA` = not rated
 * or special case (the file does not say which).
 */
const MAP_TIERS_CODES: Readonly<Record<string, TipTier>> = {
  '1': 'TIER_1',
  '2': 'TIER_2',
  '3': 'TIER_2_WATCH_LIST',
  '4': 'TIER_3',
  NA: 'NOT_RATED',
};

/** Parses map_tiers.csv: `countryname, iso, year, ccode, tier`. */
export function parseMapTiersCsv(text: string): ImportResult<TipTierRow> {
  const csv = readCsv(text);
  const rejected: Rejected[] = [...csv.rejected];
  const cols = columnsOf(csv.header, ['countryname', 'iso', 'year', 'ccode', 'tier'] as const);
  if ('missing' in cols) return { rows: [], rejected: [{ line: 1, reason: `missing columns: ${cols.missing.join(', ')}` }] };
  const rows: TipTierRow[] = [];
  for (const { line, values } of csv.lines) {
    const name = values[cols.countryname].trim();
    const join = joinCountry(values[cols.iso], name);
    if ('reason' in join) {
      rejected.push({ line, reason: join.reason });
      continue;
    }
    const year = parseYear(values[cols.year]);
    if (year === null) {
      rejected.push({ line, reason: `year "${values[cols.year]}" is not a year` });
      continue;
    }
    const tier = MAP_TIERS_CODES[values[cols.tier].trim()];
    if (!tier) {
      rejected.push({ line, reason: `tier code "${values[cols.tier]}" is not 1, 2, 3 (Watch List), 4 (Tier 3) or NA` });
      continue;
    }
    const ccode = values[cols.ccode].trim();
    rows.push({
      line,
      key: `${join.country.alpha3}:${year}`,
      country: join.country,
      year,
      tier,
      sourceName: name,
      cowCode: /^\d+$/.test(ccode) ? Number(ccode) : null,
    });
  }
  return dedupe(rows, rejected);
}

/** Tier spellings of the hand-entered workbook. */
function tierFromText(value: string): TipTier | null {
  const v = value.trim().toUpperCase().replace(/\s+/g, ' ');
  if (v === '1') return 'TIER_1';
  if (v === '2') return 'TIER_2';
  if (v === '3') return 'TIER_3';
  if (['2W', '2 W', '2WL', '2 WL', '2 WATCH LIST', 'TIER 2 WATCH LIST'].includes(v)) return 'TIER_2_WATCH_LIST';
  if (v === 'SPECIAL CASE') return 'SPECIAL_CASE';
  // the US was described in a narrative, not ranked, before the 2010 report
  if (v === 'UNDER US NARRATIVE') return 'NOT_RATED';
  return null;
}

/**
 * Parses "TIP Tier Rankings.xlsx": one sheet per year with `Year, Country, Tier Ranking`, messy on purpose. Only
 * sheets named by a year are read; every other sheet is reported (line 0, its name) and not read. The
 * `Year` column wins over the sheet name (the first sheet holds every year). Tiers may be numbers or text
 * (`2W`, `2 WL`, `"1"`, `Special Case`); names are joined through aliases; blank cells are rejected; rows
 * repeated with the same tier are kept once (the repeats are reported); rows of one country and year that
 * disagree are all rejected.
 */
export async function parseTipTierRankingsXlsx(source: WorkbookSource): Promise<ImportResult<TipTierRow>> {
  const opened = await openWorkbook(source);
  if ('reason' in opened) return { rows: [], rejected: [{ line: 1, reason: opened.reason }] };
  const { workbook } = opened;
  const rows: TipTierRow[] = [];
  const rejected: Rejected[] = [];
  workbook.eachSheet((sheet) => {
    if (!/^(19|20)\d\d$/.test(sheet.name.trim())) {
      rejected.push({ line: 0, sheet: sheet.name, reason: `unexpected sheet "${sheet.name}", not read: only sheets named by a year (such as 2010) hold tiers` });
      return;
    }
    sheet.eachRow((row, line) => {
      const [yearCell, nameCell, tierCell] = [1, 2, 3].map((c) => cellText(row.getCell(c).value));
      const at = { line, sheet: sheet.name };
      if (line === 1 && yearCell.toLowerCase() === 'year') return;
      if (!yearCell && !nameCell && !tierCell) return;
      const blanks = [!yearCell && 'Year', !nameCell && 'Country', !tierCell && 'Tier Ranking'].filter(Boolean);
      if (blanks.length) {
        rejected.push({ ...at, reason: `blank ${blanks.join(', ')}` });
        return;
      }
      const year = parseYear(yearCell);
      if (year === null) {
        rejected.push({ ...at, reason: `year "${yearCell}" is not a year` });
        return;
      }
      const join = countryFromName(nameCell);
      if ('reason' in join) {
        rejected.push({ ...at, reason: join.reason });
        return;
      }
      const tier = tierFromText(tierCell);
      if (!tier) {
        rejected.push({ ...at, reason: `tier "${tierCell}" is not 1, 2, 2W, 3 or Special Case` });
        return;
      }
      rows.push({ ...at, key: `${join.country.alpha3}:${year}`, country: join.country, year, tier, sourceName: nameCell });
    });
  });
  return dedupe(rows, rejected);
}

const where = (r: SourceRef) => (r.sheet ? `${r.sheet}!${r.line}` : `line ${r.line}`);

/** One row per natural key: exact repeats are reported and dropped, disagreements reject every row of the key. */
function dedupe(rows: TipTierRow[], rejected: Rejected[]): ImportResult<TipTierRow> {
  const byKey = new Map<string, TipTierRow[]>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const kept: TipTierRow[] = [];
  for (const [key, group] of byKey) {
    const tiers = [...new Set(group.map((r) => r.tier))];
    if (tiers.length === 1) {
      kept.push(group[0]);
      for (const dup of group.slice(1)) {
        rejected.push({ line: dup.line, sheet: dup.sheet, reason: `duplicate of ${where(group[0])} (${key}, same tier)` });
      }
    } else {
      for (const r of group) {
        rejected.push({
          line: r.line,
          sheet: r.sheet,
          reason: `conflicting tiers for ${key}: ${group.map((g) => `${g.tier} at ${where(g)}`).join(', ')}`,
        });
      }
    }
  }
  return { rows: kept, rejected: sortRejected(rejected) };
}

export function parseYear(value: string): number | null {
  const v = value.trim();
  return /^\d{4}$/.test(v) ? Number(v) : null;
}

export function sortRejected(rejected: Rejected[]): Rejected[] {
  return [...rejected].sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || a.line - b.line);
}
