/**
 * Cell-key perturbation (the Australian Bureau of Statistics' method for its free-form TableBuilder: Fraser &
 * Wooton, "A proposed method for confidentialising tabular output to protect against differencing", UNECE work
 * session on statistical data confidentiality, 2005; Thompson, Broadfoot & Elazar, "Methodology for the automatic
 * confidentialisation of statistical outputs from remote servers at the Australian Bureau of Statistics", 2013).
 *
 * Every record carries a random **record key** (a whole number 0 … CELL_KEY_MODULUS − 1, drawn once when it is
 * stored and never shown). A figure's **cell key** is the sum of the record keys of the records it counts, modulo
 * CELL_KEY_MODULUS; the noise added to the figure is a fixed function of (count, cell key). The same records always
 * give the same cell key, so a figure shows the same value in every table, channel and request: asking again, or
 * asking for another table holding the same figure, gives nothing new to average away.
 *
 * Contributor-aware (docs/disclosure-control.md): the count and the cell key are those of the records **other
 * agencies** recorded. The viewer's own records neither change the noise nor receive any, so adding or deleting
 * one's own records (the padding attack) never draws fresh noise for the same figure of the others.
 */

/** Record keys and cell keys are whole numbers 0 … 2³² − 1. */
export const CELL_KEY_MODULUS = 2 ** 32;

/** The largest change the noise can make to a figure, in records (either way). */
export const PERTURBATION_BOUND = 10;

/** Ratio of the probabilities of noises e + 1 and e away from 0 (a two-sided geometric distribution). */
export const PERTURBATION_RATIO = 0.3;

/**
 * The perturbation table: noise e in −PERTURBATION_BOUND … +PERTURBATION_BOUND with probability proportional to
 * PERTURBATION_RATIO^|e| — a two-sided geometric distribution (as in differential privacy's geometric mechanism),
 * cut at the bound: P(0) ≈ 0.54, P(±1) ≈ 0.16 each, P(|e| ≥ 3) ≈ 0.04, P(e = ±10) ≈ 3 · 10⁻⁶ each; mean 0, standard
 * deviation ≈ 1.1 records. Why a long tail: an attacker who knows the method bounds a figure by its shown value
 * ± the bound, and can pin a figure only where several noises all sit at the edge of the bound together.
 * Near the floor, the noises that would take the figure below it are left out and the rest renormalised: a figure
 * is never shown below its floor, so "shown, hence at least the floor" never pins a figure the noise took down
 * (with the floor at k, a count of k shown as k − 1 would give itself away).
 */
const NOISE: readonly number[] = Array.from({ length: 2 * PERTURBATION_BOUND + 1 }, (_, i) => i - PERTURBATION_BOUND);
const WEIGHT: readonly number[] = NOISE.map((e) => PERTURBATION_RATIO ** Math.abs(e));

/**
 * The noise of a figure counting `count` records of other agencies whose record keys add up to `cellKey`
 * (mod CELL_KEY_MODULUS): 0 when `count` is 0, else a whole number in −PERTURBATION_BOUND … +PERTURBATION_BOUND
 * with count + noise ≥ floor, chosen by where cellKey / CELL_KEY_MODULUS falls in the cumulative perturbation table.
 * `floor` is the least value the figure may be shown with (default 1; the small-cell threshold k for figures that
 * are shown only from k records of other agencies).
 * @throws RangeError when `count` is not a whole number ≥ 0, `cellKey` is not a whole number, or a count ≥ 1 is
 * below `floor`.
 */
export function cellKeyNoise(count: number, cellKey: number, floor = 1): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  if (!Number.isInteger(cellKey)) throw new RangeError(`cell key must be a whole number, got ${cellKey}`);
  if (count === 0) return 0;
  if (!Number.isInteger(floor) || floor < 1 || count < floor) throw new RangeError(`floor must be a whole number from 1 to the count, got ${floor}`);
  const allowed = NOISE.map((e, i) => (count + e >= floor ? WEIGHT[i] : 0));
  const sum = allowed.reduce((s, w) => s + w, 0);
  const u = (((cellKey % CELL_KEY_MODULUS) + CELL_KEY_MODULUS) % CELL_KEY_MODULUS) / CELL_KEY_MODULUS;
  let cumulative = 0;
  for (let i = 0; i < NOISE.length; i++) {
    cumulative += allowed[i] / sum;
    if (u < cumulative) return NOISE[i];
  }
  return NOISE[allowed.map((w) => w > 0).lastIndexOf(true)];
}

/** The cell key of a set of records from their record keys (sum modulo CELL_KEY_MODULUS). */
export function cellKeyOf(recordKeys: Iterable<number>): number {
  let key = 0;
  for (const k of recordKeys) key = (key + k) % CELL_KEY_MODULUS;
  return key;
}
