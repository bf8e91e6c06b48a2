import { marginalsOf } from './cross-tabulate';
import { CrossTab, ProtectedTable, ShownFigure } from './types';

/** Default small-cell threshold: counts from 1 to k − 1 are suppressed for anyone but the recording agency. */
export const DEFAULT_SMALL_CELL_THRESHOLD = 11;

/** The label a suppressed figure carries on screen and in exports. */
export function suppressedLabel(k: number): string {
  return `suppressed (< ${k})`;
}

export interface SuppressionOptions {
  /** The viewer belongs to the agency that recorded every record in the table: exact counts, nothing hidden. */
  viewerIsOwner: boolean;
}

/** A sum relation that anyone can read off the table: `parts` add up to `whole`. Indices into the figure list. */
interface Line {
  parts: number[];
  whole: number;
}

/**
 * Small-cell protection of a 0-, 1- or 2-dimensional table (see README.md for the rules and their limits).
 *
 * - Owner (`viewerIsOwner`): exact counts, nothing suppressed.
 * - Anyone else: **primary** suppression of every figure — cell, marginal total or grand total — with
 *   `0 < count < k`. Zeros are shown (a zero is not a person; see README). Then **complementary** suppression,
 *   repeated until nothing changes, over every sum relation shown (cells of a row → row total, of a column →
 *   column total, row totals → grand total, column totals → grand total; in 1-D cells → total):
 *   - a relation whose total is shown and that holds suppressed parts needs **at least two** of them and their
 *     sum **≥ k** (otherwise the pair would still pin the values down to a tiny range); else the smallest shown
 *     non-zero part is suppressed too (ties: first in table order); if there is none, the total is suppressed;
 *   - a relation whose total is suppressed but whose parts are all shown would give the total away by addition,
 *     so its smallest non-zero part is suppressed.
 */
export function suppressSmallCells(
  table: CrossTab,
  threshold: number | undefined,
  options: SuppressionOptions,
): ProtectedTable {
  const k = threshold ?? DEFAULT_SMALL_CELL_THRESHOLD;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`small-cell threshold k must be an integer ≥ 1, got ${k}`);
  const n = table.dimensions.length;
  if (n > 2) throw new RangeError(`small-cell suppression supports tables of at most 2 dimensions, got ${n}`);

  // Figures: cells first, then (2-D only) row marginals, column marginals, then the grand total.
  const values: number[] = table.cells.map((c) => c.count);
  const marginalIdx: number[][] = [];
  if (n === 1) {
    marginalIdx.push(table.cells.map((_, i) => i)); // in 1-D a category's total is its cell
  } else if (n === 2) {
    for (let d = 0; d < 2; d++) {
      marginalIdx.push(marginalsOf(table, d).map((v) => values.push(v) - 1));
    }
  }
  const totalIdx = values.push(table.total) - 1;

  const lines: Line[] = [];
  if (n === 1) lines.push({ parts: table.cells.map((_, i) => i), whole: totalIdx });
  if (n === 2) {
    const cols = table.categories[1].length;
    table.categories[0].forEach((_, r) =>
      lines.push({ parts: table.categories[1].map((__, c) => r * cols + c), whole: marginalIdx[0][r] }),
    );
    table.categories[1].forEach((_, c) =>
      lines.push({ parts: table.categories[0].map((__, r) => r * cols + c), whole: marginalIdx[1][c] }),
    );
    lines.push({ parts: marginalIdx[0], whole: totalIdx }, { parts: marginalIdx[1], whole: totalIdx });
  }

  const hidden = values.map((v) => !options.viewerIsOwner && v > 0 && v < k);
  if (!options.viewerIsOwner) {
    const smallestShown = (parts: number[]) =>
      parts.filter((i) => !hidden[i] && values[i] > 0).sort((a, b) => values[a] - values[b] || a - b)[0];
    let changed = true;
    while (changed) {
      changed = false;
      for (const { parts, whole } of lines) {
        const suppressed = parts.filter((i) => hidden[i]);
        if (!hidden[whole]) {
          if (suppressed.length === 0) continue;
          const sum = suppressed.reduce((s, i) => s + values[i], 0);
          if (suppressed.length >= 2 && sum >= k) continue;
          const next = smallestShown(parts);
          if (next !== undefined) hidden[next] = true;
          else hidden[whole] = true;
          changed = true;
        } else if (suppressed.length === 0) {
          const next = smallestShown(parts);
          if (next !== undefined) {
            hidden[next] = true;
            changed = true;
          }
        }
      }
    }
  }

  const label = suppressedLabel(k);
  const figure = (i: number): ShownFigure =>
    hidden[i] ? { count: null, suppressed: true, label } : { count: values[i], suppressed: false, label: String(values[i]) };
  return {
    dimensions: [...table.dimensions],
    categories: table.categories.map((c) => [...c]),
    cells: table.cells.map((c, i) => ({ key: [...c.key], ...figure(i) })),
    marginals: marginalIdx.map((idx) => idx.map(figure)),
    total: figure(totalIdx),
    k,
    viewerIsOwner: options.viewerIsOwner,
  };
}

/** Number of figures of a table that would be suppressed for a non-owner (cells only). */
export function countSuppressedCells(table: ProtectedTable): number {
  return table.cells.filter((c) => c.suppressed).length;
}


/**
 * Protection against differencing between overlapping scopes. A figure over several parts (the task force = every
 * visible joint operation plus the records outside operations) can be compared with the same figure over one
 * part (one operation), and the difference gives away the rest. So a figure of the whole is also suppressed when
 * the same figure of any part, protected on its own, is suppressed: what a part hides, the whole hides too.
 * `whole` and every part must be protected with the same k for the same viewer; cells are matched by key,
 * marginals by category, absent ones count as 0 (never suppressed). The owner's exact view is left as it is.
 */
export function protectAcrossParts(whole: ProtectedTable, parts: readonly ProtectedTable[]): ProtectedTable {
  if (whole.viewerIsOwner || parts.length < 2) return whole;
  const label = suppressedLabel(whole.k);
  const hide = <F extends ShownFigure>(f: F): F => (f.suppressed ? f : { ...f, count: null, suppressed: true, label });
  const id = (key: readonly string[]) => JSON.stringify(key);
  const hiddenCells = new Set(parts.flatMap((p) => p.cells.filter((c) => c.suppressed).map((c) => id(c.key))));
  const marginHidden = (d: number, category: string) =>
    parts.some((p) => {
      const j = p.categories[d]?.indexOf(category) ?? -1;
      return j >= 0 && p.marginals[d]?.[j]?.suppressed === true;
    });
  return {
    ...whole,
    cells: whole.cells.map((c) => (hiddenCells.has(id(c.key)) ? hide(c) : c)),
    marginals: whole.marginals.map((row, d) => row.map((f, j) => (marginHidden(d, whole.categories[d][j]) ? hide(f) : f))),
    total: parts.some((p) => p.total.suppressed) ? hide(whole.total) : whole.total,
  };
}
