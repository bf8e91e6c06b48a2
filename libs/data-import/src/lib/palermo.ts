import { columnsOf, readCsv } from './csv';
import { Country, joinCountry } from './countries';
import { parseYear, sortRejected } from './tip-tiers';
import { ImportResult, Rejected, SourceRef } from './types';

/** Last year the Kelley & Simmons data cover; their `2012` means "not ratified by the end of 2011". */
export const PALERMO_DATA_LAST_YEAR = 2011;
/** The Protocol was adopted in 2000 (UN Treaty Collection XVIII-12-a). */
export const PALERMO_ADOPTED = 2000;

export interface PalermoRatificationRow extends SourceRef {
  /** Natural key: the ISO alpha-3 code. */
  key: string;
  country: Country;
  /** Year of ratification (or accession), `null` when not ratified by the end of `PALERMO_DATA_LAST_YEAR`. */
  ratifiedYear: number | null;
  /** `true` when the source says 2012, i.e. "not ratified by the end of 2011" (not "ratified in 2012"). */
  notRatifiedByEndOfDataRange: boolean;
  cowCode: number | null;
  sourceName: string;
}

/**
 * Parses protocol_ratification_year.csv (`country, iso3, cow_code, protocol_year`, CRLF line ends). A row without
 * `iso3` is joined by its name (the United States is spelled `US`).
 */
export function parsePalermoRatificationYears(text: string): ImportResult<PalermoRatificationRow> {
  const csv = readCsv(text);
  const rejected: Rejected[] = [...csv.rejected];
  const cols = columnsOf(csv.header, ['country', 'iso3', 'cow_code', 'protocol_year'] as const);
  if ('missing' in cols) return { rows: [], rejected: [{ line: 1, reason: `missing columns: ${cols.missing.join(', ')}` }] };
  const rows: PalermoRatificationRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of csv.lines) {
    const name = values[cols.country].trim();
    const join = joinCountry(values[cols.iso3], name);
    if ('reason' in join) {
      rejected.push({ line, reason: join.reason });
      continue;
    }
    const year = parseYear(values[cols.protocol_year]);
    if (year === null || year < PALERMO_ADOPTED || year > PALERMO_DATA_LAST_YEAR + 1) {
      rejected.push({
        line,
        reason: `protocol_year "${values[cols.protocol_year]}" is not between ${PALERMO_ADOPTED} and ${PALERMO_DATA_LAST_YEAR + 1}`,
      });
      continue;
    }
    const key = join.country.alpha3;
    if (seen.has(key)) {
      rejected.push({ line, reason: `duplicate of line ${seen.get(key)} (${key})` });
      continue;
    }
    seen.set(key, line);
    const notRatified = year === PALERMO_DATA_LAST_YEAR + 1;
    const cow = values[cols.cow_code].trim();
    rows.push({
      line,
      key,
      country: join.country,
      ratifiedYear: notRatified ? null : year,
      notRatifiedByEndOfDataRange: notRatified,
      cowCode: /^\d+$/.test(cow) ? Number(cow) : null,
      sourceName: name,
    });
  }
  return { rows, rejected: sortRejected(rejected) };
}

export interface RatificationsCountRow extends SourceRef {
  /** Natural key. */
  year: number;
  ratified: number;
  cumulative: number;
}

/**
 * Parses ratifications_count.csv (`year, num_ratified, num_ratifited_cum` — the typo is the source's; the
 * correct spelling is accepted too). A row whose cumulative count is not the running sum, a year before the Protocol
 * (2000) or after 2100, and a repeated year are rejected with their line.
 */
export function parseRatificationsCount(text: string): ImportResult<RatificationsCountRow> {
  const csv = readCsv(text);
  const rejected: Rejected[] = [...csv.rejected];
  const cumName = csv.header.includes('num_ratifited_cum') ? 'num_ratifited_cum' : 'num_ratified_cum';
  const cols = columnsOf(csv.header, ['year', 'num_ratified', cumName]);
  if ('missing' in cols) return { rows: [], rejected: [{ line: 1, reason: `missing columns: ${cols.missing.join(', ')}` }] };
  const rows: RatificationsCountRow[] = [];
  const seenYears = new Map<number, number>();
  let running = 0;
  for (const { line, values } of csv.lines) {
    const year = parseYear(values[cols['year']]);
    const ratified = /^\d+$/.test(values[cols['num_ratified']].trim()) ? Number(values[cols['num_ratified']]) : null;
    const cumulative = /^\d+$/.test(values[cols[cumName]].trim()) ? Number(values[cols[cumName]]) : null;
    if (year === null || ratified === null || cumulative === null) {
      rejected.push({ line, reason: `not a year and two counts: ${values.join(',')}` });
      continue;
    }
    if (year < PALERMO_ADOPTED || year > 2100) {
      rejected.push({ line, reason: `year ${year} is not between ${PALERMO_ADOPTED} (the Protocol's adoption) and 2100` });
      continue;
    }
    if (seenYears.has(year)) {
      rejected.push({ line, reason: `duplicate of line ${seenYears.get(year)} (${year})` });
      continue;
    }
    seenYears.set(year, line);
    running += ratified;
    if (cumulative !== running) {
      rejected.push({ line, reason: `cumulative ${cumulative} is not the running sum ${running}` });
      running = cumulative; // carry on from the source's own figure
      continue;
    }
    rows.push({ line, year, ratified, cumulative });
  }
  return { rows, rejected: sortRejected(rejected) };
}
