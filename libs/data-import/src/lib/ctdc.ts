import { CaseRecord, FormOfExploitation, IndicatorKind } from '@taskforce/domain';
import { createHash } from 'node:crypto';
import { columnsOf, readCsv } from './csv';
import { sortRejected } from './tip-tiers';
import { ImportResult, Rejected, SourceRef } from './types';

export const CTDC_COLUMNS = [
  'yearRegister',
  'gender',
  'majorityStatus',
  'isForcedLabour',
  'isSexualExploit',
  'UN_COO_Region',
  'UN_COE_Region',
  'IP_Exploiter',
  'IP_Gender',
  'IP_ageBroad',
  'IP_citizen_UNRegion',
  'IP_Relation',
  'IP_PayMoney',
  'IP_RecruiterBroker',
  'IP_TransactionProcess',
  'IP_ControlAbuseKidnap',
] as const;

/** UN regions as CTDC groups them (Americas and Oceania together). */
export const CTDC_REGIONS = ['Africa', 'Americas/Oceania', 'Asia', 'Europe'] as const;
export type CtdcRegion = (typeof CTDC_REGIONS)[number];

export interface YearBand {
  /** As in the source: `2019`, `2014-2018`. */
  label: string;
  from: number;
  to: number;
}

/** One victim record of the CTDC synthetic condensed file. Blank = unknown = `null` / `[]`. */
export interface CtdcVictimRow extends SourceRef {
  /**
   * Identity from the content, not the line: `ctdc:<sha256 of the 16 values, hex, first 32>:<n>`, n counting the
   * lines with that same content (1, 2, …) in file order. Synthetic records repeat: identical lines are distinct
   * victims, not duplicates, and a reordered file keeps every key.
   */
  key: string;
  yearRegister: YearBand | null;
  sex: 'FEMALE' | 'MALE' | null;
  ageGroup: 'ADULT' | 'MINOR' | null;
  /** From the two flags; both set → two forms; neither → unknown (`[]`). */
  formsOfExploitation: FormOfExploitation[];
  citizenshipRegion: CtdcRegion | null;
  exploitationRegion: CtdcRegion | null;
  perpetrator: {
    exploiter: boolean;
    gender: string[];
    ageBroad: string[];
    citizenshipRegion: string[];
    relation: string[];
    payMoney: string[];
    recruiterBroker: boolean;
    transactionProcess: boolean;
    controlAbuseKidnap: boolean;
  };
}

const YEAR_BAND = /^(\d{4})(?:-(\d{4}))?$/;
const list = (v: string) => (v.trim() ? v.split(';').map((s) => s.trim()).filter(Boolean) : []);

/**
 * Parses CTDC_VPsynthetic_condensed.csv. Handles a BOM (documented, though the copy in ../shared/data has
 * none), blanks as unknown, year bands, `1`-or-blank flags and `;`-joined perpetrator values. Anything else in a
 * coded column rejects the row with its line number.
 */
export function parseCtdcCsv(text: string): ImportResult<CtdcVictimRow> {
  const csv = readCsv(text);
  const rejected: Rejected[] = [...csv.rejected];
  const cols = columnsOf(csv.header, CTDC_COLUMNS);
  if ('missing' in cols) return { rows: [], rejected: [{ line: 1, reason: `missing columns: ${cols.missing.join(', ')}` }] };
  const rows: CtdcVictimRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of csv.lines) {
    const get = (c: (typeof CTDC_COLUMNS)[number]) => values[cols[c]].trim();
    const problems: string[] = [];
    const flag = (c: (typeof CTDC_COLUMNS)[number]) => {
      const v = get(c);
      if (v !== '' && v !== '1') problems.push(`${c} "${v}" is not 1 or blank`);
      return v === '1';
    };
    const coded = <T extends string>(c: (typeof CTDC_COLUMNS)[number], allowed: Record<string, T>): T | null => {
      const v = get(c);
      if (v === '') return null;
      if (!(v in allowed)) problems.push(`${c} "${v}" is not one of ${Object.keys(allowed).join(', ')} or blank`);
      return allowed[v] ?? null;
    };
    let yearRegister: YearBand | null = null;
    const y = get('yearRegister');
    if (y) {
      const m = YEAR_BAND.exec(y);
      const from = m ? Number(m[1]) : NaN;
      const to = m ? Number(m[2] ?? m[1]) : NaN;
      if (!m || from > to) problems.push(`yearRegister "${y}" is not a year or a band like 2014-2018`);
      else yearRegister = { label: y, from, to };
    }
    const sex = coded('gender', { Female: 'FEMALE', Male: 'MALE' } as const);
    const ageGroup = coded('majorityStatus', { Adult: 'ADULT', Minor: 'MINOR' } as const);
    const regions = Object.fromEntries(CTDC_REGIONS.map((r) => [r, r])) as Record<string, CtdcRegion>;
    const citizenshipRegion = coded('UN_COO_Region', regions);
    const exploitationRegion = coded('UN_COE_Region', regions);
    const labour = flag('isForcedLabour');
    const sexual = flag('isSexualExploit');
    const perpetrator = {
      exploiter: flag('IP_Exploiter'),
      gender: list(get('IP_Gender')),
      ageBroad: list(get('IP_ageBroad')),
      citizenshipRegion: list(get('IP_citizen_UNRegion')),
      relation: list(get('IP_Relation')),
      payMoney: list(get('IP_PayMoney')),
      recruiterBroker: flag('IP_RecruiterBroker'),
      transactionProcess: flag('IP_TransactionProcess'),
      controlAbuseKidnap: flag('IP_ControlAbuseKidnap'),
    };
    if (problems.length) {
      rejected.push({ line, reason: problems.join('; ') });
      continue;
    }
    const formsOfExploitation = [
      ...(sexual ? [FormOfExploitation.SEXUAL_EXPLOITATION] : []),
      ...(labour ? [FormOfExploitation.FORCED_LABOUR] : []),
    ];
    const content = ctdcContentKey(CTDC_COLUMNS.map((c) => get(c)));
    const nth = (seen.get(content) ?? 0) + 1;
    seen.set(content, nth);
    rows.push({ line, key: `ctdc:${content}:${nth}`, yearRegister, sex, ageGroup, formsOfExploitation, citizenshipRegion, exploitationRegion, perpetrator });
  }
  return { rows, rejected: sortRejected(rejected) };
}

/** The content part of a CTDC key: SHA-256 over the trimmed values joined by U+001F, hex, first 32 characters. */
export function ctdcContentKey(values: readonly string[]): string {
  return createHash('sha256').update(values.map((v) => v.trim()).join('\u001f')).digest('hex').slice(0, 32);
}

/**
 * CTDC rows as case-level records for the indicator maths (potential victims identified, year = the band label).
 * Countries are unknown: the condensed file only has UN regions (`citizenshipRegion`, `exploitationRegion`).
 */
export function ctdcToCaseRecords(rows: readonly CtdcVictimRow[], agencyId = 'ctdc'): CaseRecord[] {
  return rows.map((r) => ({
    id: r.key,
    agencyId,
    indicator: IndicatorKind.VICTIM_IDENTIFIED,
    year: r.yearRegister?.label ?? null,
    sex: r.sex,
    ageGroup: r.ageGroup,
    citizenship: null,
    countryOfExploitation: null,
    citizenshipRegion: r.citizenshipRegion,
    exploitationRegion: r.exploitationRegion,
    formsOfExploitation: r.formsOfExploitation,
  }));
}
