import { FieldProblem } from '@taskforce/api-core';
import { readCsv } from '@taskforce/data-import';
import { NormalisedSelector, normaliseSelector, SelectorKind } from '@taskforce/domain/matching';

/** The most data lines (the header not counted) one list may hold. */
export const SELECTOR_LIST_MAX_LINES = 10_000;

/** Columns a list must have. */
export const SELECTOR_LIST_REQUIRED_COLUMNS = ['kind', 'value'] as const;
/** Columns a list may have, read when the line's kind uses them; any other column is ignored. */
export const SELECTOR_LIST_OPTIONAL_COLUMNS = ['country', 'issuingCountry', 'documentType', 'network', 'platform', 'platformName', 'bankCode'] as const;

/** The input field of each kind that the `value` column fills (libs/domain matching README, "Normalisation"). */
const VALUE_FIELD: Record<SelectorKind, string> = {
  [SelectorKind.PHONE]: 'phone',
  [SelectorKind.EMAIL]: 'email',
  [SelectorKind.IDENTITY_DOCUMENT]: 'number',
  [SelectorKind.IBAN]: 'iban',
  [SelectorKind.ACCOUNT_NUMBER]: 'number',
  [SelectorKind.VEHICLE_REGISTRATION]: 'plate',
  [SelectorKind.CRYPTO_ADDRESS]: 'address',
  [SelectorKind.ONLINE_HANDLE]: 'handle',
  [SelectorKind.WEB_DOMAIN]: 'domain',
};

/** One data line of a list: its selector, or the problems naming its columns (`field` null: the line as a whole). */
export type SelectorListLine =
  | { line: number; kind: SelectorKind; selector: NormalisedSelector; errors?: undefined }
  | { line: number; kind: SelectorKind | null; selector?: undefined; errors: Array<{ field: string | null; message: string }> };

/** A list read: its lines in file order, or the problems of the file as a whole (named on the `csv` argument). */
export type SelectorList = { ok: true; lines: SelectorListLine[] } | { ok: false; problems: FieldProblem[] };

/**
 * Reads a CSV list of selectors (RFC 4180, header first; csv-parse through `readCsv`): columns `kind` and `value`,
 * optionally `country` (ACCOUNT_NUMBER, VEHICLE_REGISTRATION; for PHONE the region national numbers are read in, else
 * `defaultRegion`), `issuingCountry`, `documentType`, `network`, `platform`, `platformName`, `bankCode`. `value` is
 * the kind's main field (phone, e-mail, document or account number, IBAN, plate, address, handle, domain). Each line
 * is normalised as a single query is; its problems name the column (`value` for the main field). Line numbers are
 * the file's, the header being line 1.
 * @returns problems on `csv` for a missing column or more than SELECTOR_LIST_MAX_LINES data lines.
 */
export function readSelectorList(csv: string, defaultRegion: string | null): SelectorList {
  const table = readCsv(csv);
  const missing = SELECTOR_LIST_REQUIRED_COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length) {
    return { ok: false, problems: [{ field: 'csv', message: `The header must name the columns ${SELECTOR_LIST_REQUIRED_COLUMNS.join(' and ')} (missing: ${missing.join(', ')})` }] };
  }
  const count = table.lines.length + table.rejected.length;
  if (count > SELECTOR_LIST_MAX_LINES) {
    return { ok: false, problems: [{ field: 'csv', message: `A list holds at most ${SELECTOR_LIST_MAX_LINES.toLocaleString('en')} lines; this one has ${count.toLocaleString('en')}` }] };
  }
  const column = (name: string) => table.header.indexOf(name);
  const read = (values: string[], name: string): string | undefined => (column(name) < 0 ? undefined : values[column(name)]?.trim() || undefined);
  const lines: SelectorListLine[] = table.lines.map(({ line, values }) => {
    const kindText = read(values, 'kind')?.toUpperCase() ?? '';
    if (!(kindText in VALUE_FIELD)) return { line, kind: null, errors: [{ field: 'kind', message: `Not a selector kind; one of ${Object.keys(VALUE_FIELD).join(', ')}` }] };
    const kind = kindText as SelectorKind;
    const valueField = VALUE_FIELD[kind];
    const fields: Record<string, string | undefined> = { [valueField]: read(values, 'value') ?? '' };
    for (const name of SELECTOR_LIST_OPTIONAL_COLUMNS) if (name !== 'country' || kind !== SelectorKind.PHONE) fields[name] ??= read(values, name);
    const region = kind === SelectorKind.PHONE ? (read(values, 'country')?.toUpperCase() ?? defaultRegion) : defaultRegion;
    const result = normaliseSelector(kind, fields as never, { defaultRegion: region });
    if (result.ok) return { line, kind, selector: result.selector };
    return { line, kind, errors: result.problems.map((p) => ({ field: p.field === valueField ? 'value' : p.field, message: p.message })) };
  });
  const rejected: SelectorListLine[] = table.rejected.map((r) => ({ line: r.line, kind: null, errors: [{ field: null, message: r.reason }] }));
  return { ok: true, lines: [...lines, ...rejected].sort((a, b) => a.line - b.line) };
}
