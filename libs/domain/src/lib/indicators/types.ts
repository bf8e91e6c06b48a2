/**
 * Shapes of the monitoring-and-evaluation maths: case-level records, the keys they are broken down by, and the
 * tables `crossTabulate` and `suppressSmallCells` produce. Framework-free and JSON-serialisable.
 */
import { FormOfExploitation } from '../enums';

/** What one case-level record counts towards (one record per person and event). */
export enum IndicatorKind {
  /** A potential victim identified. */
  VICTIM_IDENTIFIED = 'VICTIM_IDENTIFIED',
  /** A potential victim referred to assistance (shelter, NGO, health, legal aid…). */
  VICTIM_REFERRED = 'VICTIM_REFERRED',
  /** A victim who received assistance. */
  VICTIM_ASSISTED = 'VICTIM_ASSISTED',
  /** An investigation opened (one record per suspect, or per case if the agency counts cases). */
  INVESTIGATION_OPENED = 'INVESTIGATION_OPENED',
  /** A person prosecuted. */
  PROSECUTION = 'PROSECUTION',
  /** A person convicted. */
  CONVICTION = 'CONVICTION',
}

/** Sex as recorded; anything else or nothing is unknown. */
export type Sex = 'FEMALE' | 'MALE' | 'OTHER';

/** Minor (under 18 at identification) or adult — CTDC's `majorityStatus`. */
export type AgeGroup = 'MINOR' | 'ADULT';

/**
 * CTDC's broad age bands (`ageBroad` of the CTDC global victim data set: 0–8, 9–17, 18–20, 21–23, 24–26, 27–29,
 * 30–38, 39–47, 48+). The synthetic condensed file in ../shared/data only carries `majorityStatus` for victims
 * (and the coarser `0--29, 30--38, 39--47, 48+` for perpetrators); see README.md.
 */
export const AGE_BANDS = ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Value of a dimension the record does not know (blank, not asked, refused). Always its own cell. */
export const UNKNOWN = 'UNKNOWN';

/**
 * Values of the `ageBand` dimension for a record whose band is unknown but whose age group is known: the band
 * dimension splits the unknown band by group, so that every value of it belongs to one age group (the bands 0–8 and
 * 9–17 and `MINOR_AGE_UNKNOWN` add up to the minors, the other bands and `ADULT_AGE_UNKNOWN` to the adults, and
 * `UNKNOWN` is the records of unknown group). The figures by band then add up to the figures by group exactly, which
 * the protection needs (docs/disclosure-control.md, "Age bands and age groups"). Not values a record can be given.
 */
export const AGE_UNKNOWN_IN_GROUP: Readonly<Record<AgeGroup, string>> = { MINOR: 'MINOR_AGE_UNKNOWN', ADULT: 'ADULT_AGE_UNKNOWN' };

/**
 * The values of the `ageBand` dimension in table order: each group's bands then its unknown band, then `UNKNOWN`.
 */
export const AGE_BAND_CATEGORIES: readonly string[] = [
  '0-8',
  '9-17',
  AGE_UNKNOWN_IN_GROUP.MINOR,
  '18-20',
  '21-23',
  '24-26',
  '27-29',
  '30-38',
  '39-47',
  '48+',
  AGE_UNKNOWN_IN_GROUP.ADULT,
  'UNKNOWN',
];

/** Whether a category says the value is not known (`UNKNOWN`, or an age band unknown within a known group). */
export function isUnknownCategory(category: string): boolean {
  return category === UNKNOWN || category === AGE_UNKNOWN_IN_GROUP.MINOR || category === AGE_UNKNOWN_IN_GROUP.ADULT;
}
/** Value of `formOfExploitation` for a record with more than one form (keeps the breakdown additive). */
export const MULTIPLE = 'MULTIPLE';

/**
 * One case-level record. Every descriptive field is optional: `undefined` and `null` both mean unknown, and the
 * record then falls in the `UNKNOWN` cell of that dimension.
 */
export interface CaseRecord {
  id: string;
  /** Random record key for cell-key perturbation (`cell-key.ts`); records without one are never perturbed. */
  recordKey?: number;
  /** The agency that recorded it (the "owner" of the figure for small-cell protection). */
  agencyId: string;
  operationId?: string | null;
  indicator: IndicatorKind;
  /** Calendar year, or a band such as CTDC's `'2014-2018'` when the source only has that. */
  year?: number | string | null;
  sex?: Sex | null;
  ageGroup?: AgeGroup | null;
  ageBand?: AgeBand | null;
  /** Citizenship, ISO 3166-1 alpha-2. */
  citizenship?: string | null;
  /** Country of exploitation, ISO 3166-1 alpha-2. */
  countryOfExploitation?: string | null;
  /** Region of citizenship, as the source names it (CTDC: `Africa`, `Americas/Oceania`, `Asia`, `Europe`). */
  citizenshipRegion?: string | null;
  /** Region of the country of exploitation, as the source names it (CTDC regions, as `citizenshipRegion`). */
  exploitationRegion?: string | null;
  /** Forms of exploitation; empty/absent = unknown, several = `MULTIPLE` in a breakdown. */
  formsOfExploitation?: FormOfExploitation[] | null;
}

/** Keys a table can be broken down by. */
export type DimensionKey =
  | 'indicator'
  | 'year'
  | 'sex'
  | 'ageGroup'
  | 'ageBand'
  | 'citizenship'
  | 'countryOfExploitation'
  | 'citizenshipRegion'
  | 'exploitationRegion'
  | 'formOfExploitation'
  | 'operationId'
  | 'agencyId';

export const DIMENSION_KEYS: readonly DimensionKey[] = [
  'indicator',
  'year',
  'sex',
  'ageGroup',
  'ageBand',
  'citizenship',
  'countryOfExploitation',
  'citizenshipRegion',
  'exploitationRegion',
  'formOfExploitation',
  'operationId',
  'agencyId',
];

/** One cell: its coordinates (one value per dimension, in the table's dimension order) and its count. */
export interface Cell {
  key: string[];
  count: number;
}

/** An exact cross-tabulation. `categories[i]` lists the values of `dimensions[i]`, in display order. */
export interface CrossTab {
  dimensions: DimensionKey[];
  categories: string[][];
  /** Every combination of categories, zeros included, in row-major order. */
  cells: Cell[];
  total: number;
}

/** A figure as it may be shown: the exact count, or `null` with the suppression label. */
export interface ShownFigure {
  count: number | null;
  suppressed: boolean;
  /** `'12'` or `'suppressed (< 11)'`. */
  label: string;
  /**
   * Present and true when `count` carries cell-key noise (at most ±PERTURBATION_BOUND records; see `cell-key.ts`):
   * figures of other agencies' records in two-way tables and by age band.
   */
  perturbed?: boolean;
}

export interface ShownCell extends ShownFigure {
  key: string[];
}

/** A table after small-cell protection. For the owner nothing is suppressed. */
export interface ProtectedTable {
  dimensions: DimensionKey[];
  categories: string[][];
  cells: ShownCell[];
  /** Marginal totals per dimension: `marginals[i][j]` is the total of category `categories[i][j]`. */
  marginals: ShownFigure[][];
  total: ShownFigure;
  k: number;
  viewerIsOwner: boolean;
}
