import { PERTURBATION_BOUND } from '@taskforce/domain';

/**
 * Matchers for figures that carry cell-key noise (docs/disclosure-control.md). The noise of a figure depends on random
 * record keys drawn when the records are stored, so a test states what holds whatever the keys: the figure says it is
 * perturbed, is a whole number within ±PERTURBATION_BOUND of the true count worked out by hand, and never below
 * `floor` (k for figures of other agencies' records).
 */

/** Asymmetric matcher (Jest duck-types `asymmetricMatch`): a whole number within the bound of `truth`, ≥ floor. */
export function within(truth: number, floor = 11) {
  return {
    asymmetricMatch: (n: unknown) => typeof n === 'number' && Number.isInteger(n) && Math.abs(n - truth) <= PERTURBATION_BOUND && n >= Math.min(floor, truth),
    toString: () => `within ±${PERTURBATION_BOUND} of ${truth}`,
    toAsymmetricMatcher: () => `within ±${PERTURBATION_BOUND} of ${truth}`,
  };
}

/** A shown figure (count, suppressed, label, perturbed) carrying noise around `truth`. */
export function perturbedNear(truth: number, floor = 11) {
  return {
    asymmetricMatch: (f: unknown) => {
      const figure = f as { count?: unknown; suppressed?: unknown; label?: unknown; perturbed?: unknown } | null;
      return !!figure && figure.suppressed === false && figure.perturbed === true && within(truth, floor).asymmetricMatch(figure.count) && figure.label === String(figure.count);
    },
    toString: () => `a perturbed figure within ±${PERTURBATION_BOUND} of ${truth}`,
    toAsymmetricMatcher: () => `a perturbed figure within ±${PERTURBATION_BOUND} of ${truth}`,
  };
}
