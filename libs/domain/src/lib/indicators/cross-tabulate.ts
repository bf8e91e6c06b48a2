import { AGE_BAND_CATEGORIES, AGE_BANDS, AGE_UNKNOWN_IN_GROUP, AgeGroup, CaseRecord, Cell, CrossTab, DimensionKey, MULTIPLE, UNKNOWN } from './types';

/**
 * Bands 0–8 and 9–17 are minors; every other band is adult. The `ageBand` dimension's values for an unknown band
 * within a known group (`AGE_UNKNOWN_IN_GROUP`) belong to that group; anything else (`UNKNOWN` included) to none.
 */
export function ageGroupOfBand(band: string | null | undefined): AgeGroup | null {
  if (band === '0-8' || band === '9-17' || band === AGE_UNKNOWN_IN_GROUP.MINOR) return 'MINOR';
  return band && ((AGE_BANDS as readonly string[]).includes(band) || band === AGE_UNKNOWN_IN_GROUP.ADULT) ? 'ADULT' : null;
}

const known = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? UNKNOWN : String(value);

/** The value a record takes on one dimension; unknown → `UNKNOWN`. */
export function valueOf(record: CaseRecord, dimension: DimensionKey): string {
  switch (dimension) {
    case 'ageGroup':
      return known(record.ageGroup ?? ageGroupOfBand(record.ageBand));
    case 'ageBand': {
      // An unknown band within a known group stays in that group (AGE_UNKNOWN_IN_GROUP).
      const group = record.ageGroup ?? ageGroupOfBand(record.ageBand);
      return record.ageBand ? record.ageBand : group ? AGE_UNKNOWN_IN_GROUP[group] : UNKNOWN;
    }
    case 'formOfExploitation': {
      const forms = [...new Set(record.formsOfExploitation ?? [])];
      return forms.length === 0 ? UNKNOWN : forms.length === 1 ? forms[0] : MULTIPLE;
    }
    default:
      return known(record[dimension]);
  }
}

function defaultOrder(dimension: DimensionKey, values: Set<string>): string[] {
  const unknownLast = (a: string, b: string) => Number(a === UNKNOWN) - Number(b === UNKNOWN);
  if (dimension === 'ageBand') {
    const rank = (v: string) => {
      const i = AGE_BAND_CATEGORIES.indexOf(v);
      return i < 0 ? AGE_BAND_CATEGORIES.length : i;
    };
    return [...values].sort((a, b) => unknownLast(a, b) || rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  }
  return [...values].sort((a, b) => unknownLast(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

export interface CrossTabulateOptions {
  /**
   * Categories to show for a dimension even when no record has them (zeros), in this order. Values seen in the
   * records but missing from the list are appended (never dropped), `UNKNOWN` last.
   */
  categories?: Partial<Record<DimensionKey, readonly string[]>>;
}

/**
 * Counts records per combination of the given dimensions. Every record lands in exactly one cell (unknown values
 * in the `UNKNOWN` category, several forms of exploitation in `MULTIPLE`), so cells add up to `total`. Cells are
 * listed for every combination of categories (zeros included), in row-major order of `categories`.
 */
export function crossTabulate(
  records: readonly CaseRecord[],
  dimensions: readonly DimensionKey[],
  options: CrossTabulateOptions = {},
): CrossTab {
  return crossTabulateCounts(
    records.map((record) => ({ key: dimensions.map((d) => valueOf(record, d)), count: 1 })),
    dimensions,
    options,
  );
}

/**
 * The same table as `crossTabulate`, built from counts already aggregated elsewhere (e.g. a SQL `GROUP BY`):
 * `counts[i].key` holds one category per dimension, already mapped as `valueOf` would (`UNKNOWN`, `MULTIPLE`),
 * and `count` the records in it (≥ 0). Entries with the same key are added up. `total` is the sum of the counts.
 * @throws RangeError when a key's length differs from the number of dimensions or a count is not a whole number ≥ 0.
 */
export function crossTabulateCounts(
  counts: readonly Cell[],
  dimensions: readonly DimensionKey[],
  options: CrossTabulateOptions = {},
): CrossTab {
  const seen = dimensions.map(() => new Set<string>());
  const byKey = new Map<string, number>();
  let total = 0;
  for (const { key, count } of counts) {
    if (key.length !== dimensions.length) throw new RangeError(`cell key ${JSON.stringify(key)} does not match ${dimensions.length} dimension(s)`);
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`cell count must be a whole number ≥ 0, got ${count}`);
    key.forEach((v, i) => seen[i].add(v));
    const id = JSON.stringify(key);
    byKey.set(id, (byKey.get(id) ?? 0) + count);
    total += count;
  }
  const categories = dimensions.map((d, i) => {
    const given = options.categories?.[d];
    if (!given) return defaultOrder(d, seen[i]);
    const extra = [...seen[i]].filter((v) => !given.includes(v));
    return [...given.filter((v) => v !== UNKNOWN), ...defaultOrder(d, new Set(extra.filter((v) => v !== UNKNOWN))), ...(given.includes(UNKNOWN) || seen[i].has(UNKNOWN) ? [UNKNOWN] : [])];
  });
  const cells: Cell[] = [];
  const walk = (prefix: string[]) => {
    if (prefix.length === dimensions.length) {
      cells.push({ key: prefix, count: byKey.get(JSON.stringify(prefix)) ?? 0 });
      return;
    }
    for (const v of categories[prefix.length]) walk([...prefix, v]);
  };
  walk([]);
  return { dimensions: [...dimensions], categories, cells, total };
}

/** Total of each category of dimension `index` (sums the cells). */
export function marginalsOf(table: CrossTab, index: number): number[] {
  return table.categories[index].map((v) =>
    table.cells.filter((c) => c.key[index] === v).reduce((s, c) => s + c.count, 0),
  );
}
