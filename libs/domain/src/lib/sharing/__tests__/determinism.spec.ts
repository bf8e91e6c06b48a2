/**
 * Properties of the engine as a pure function: same input → deep-equal output, inputs never mutated, and the
 * order of rules, agreements, categories and handling codes in the input never changes the decision.
 */
import { FormOfExploitation } from '../../enums';
import { decideSharing } from '../decide-sharing';
import { DataCategory, HandlingCode, SharingInput, SharingPurpose, TlpLabel } from '../types';
import { inputOf, IO_BUREAU, NL_POLICE, NL_SHELTER, PH_POLICE, RO_POLICE, RO_TRANSPLANT, Scenario, TH_POLICE, ZA_POLICE } from './fixtures';

const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, HEALTH_DATA: HEALTH, LOCATION_DATA: LOCATION } = DataCategory;

/** A spread of situations touching every check. */
const SITUATIONS: Scenario[] = [
  { categories: [VICTIM, SUSPECT], to: TH_POLICE, purpose: SharingPurpose.INVESTIGATION },
  { categories: [VICTIM, SUSPECT], to: TH_POLICE, purpose: SharingPurpose.PROSECUTION, at: '2024-12-31T23:59:59Z' },
  { handling: [HandlingCode.H0], categories: [VICTIM, SUSPECT, LOCATION], to: NL_SHELTER, purpose: SharingPurpose.VICTIM_ASSISTANCE },
  { categories: [VICTIM, SUSPECT, LOCATION], to: IO_BUREAU, purpose: SharingPurpose.ANALYSIS },
  { originator: NL_POLICE, via: TH_POLICE, handling: [HandlingCode.H2, HandlingCode.H3], condition: 'Only for operation Lighthouse', categories: [SUSPECT], to: PH_POLICE, purpose: SharingPurpose.INVESTIGATION },
  { originator: RO_POLICE, form: FormOfExploitation.REMOVAL_OF_ORGANS, categories: [VICTIM, HEALTH], to: RO_TRANSPLANT, purpose: SharingPurpose.VICTIM_ASSISTANCE },
  { originator: ZA_POLICE, categories: [VICTIM, SUSPECT], to: NL_POLICE, purpose: SharingPurpose.INVESTIGATION },
  { originator: RO_POLICE, via: NL_POLICE, tlp: TlpLabel.RED, named: ['nl-police'], categories: [SUSPECT], to: NL_SHELTER, purpose: SharingPurpose.PREVENTION },
];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value as object).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Deterministic shuffle (Fisher–Yates driven by a small linear congruential generator). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('determinism', () => {
  it.each(SITUATIONS.map((s, i) => [i, s] as const))('situation %i: same input gives a deep-equal decision', (_i, s) => {
    expect(decideSharing(inputOf(s))).toEqual(decideSharing(inputOf(s)));
  });

  it.each(SITUATIONS.map((s, i) => [i, s] as const))('situation %i: the input is not mutated', (_i, s) => {
    const input = inputOf(s);
    const before = structuredClone(input);
    expect(() => decideSharing(deepFreeze(input))).not.toThrow();
    expect(input).toEqual(before);
  });

  it.each(SITUATIONS.map((s, i) => [i, s] as const))('situation %i: shuffling rules and agreements changes nothing', (_i, s) => {
    const base = inputOf(s);
    const expected = decideSharing(base);
    for (let seed = 1; seed <= 25; seed++) {
      const input: SharingInput = { ...base, rules: shuffled(base.rules, seed), agreements: shuffled(base.agreements, seed * 7 + 3) };
      expect(decideSharing(input)).toEqual(expected);
    }
    expect(decideSharing({ ...base, rules: [...base.rules].reverse(), agreements: [...base.agreements].reverse() })).toEqual(expected);
  });

  it.each(SITUATIONS.map((s, i) => [i, s] as const))('situation %i: the order of categories and handling codes changes nothing', (_i, s) => {
    const base = inputOf(s);
    const expected = decideSharing(base);
    const lead = {
      ...base.lead,
      dataCategories: [...base.lead.dataCategories].reverse(),
      markings: { ...base.lead.markings, handlingCodes: [...base.lead.markings.handlingCodes].reverse() },
    };
    expect(decideSharing({ ...base, lead })).toEqual(expected);
  });
});
