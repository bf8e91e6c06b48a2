/**
 * Ordering of outcomes ("most restrictive wins": DENY > REQUIRES_APPROVAL > ALLOW_REDACTED > ALLOW), the effect
 * of each reason code, and the English wording used in reason texts. See ./README.md.
 */
import { DataCategory, DATA_CATEGORY_ORDER, ReasonCode, SharingOutcome, SharingPurpose } from './types';

/** Outcomes from least to most restrictive. */
export const OUTCOME_ORDER: readonly SharingOutcome[] = [
  SharingOutcome.ALLOW,
  SharingOutcome.ALLOW_REDACTED,
  SharingOutcome.REQUIRES_APPROVAL,
  SharingOutcome.DENY,
];

/** Rank 0 (ALLOW) … 3 (DENY). */
export function outcomeRank(outcome: SharingOutcome): number {
  return OUTCOME_ORDER.indexOf(outcome);
}

/** The most restrictive of the outcomes given; ALLOW for none. */
export function mostRestrictiveOutcome(outcomes: readonly SharingOutcome[]): SharingOutcome {
  return outcomes.reduce((worst, o) => (outcomeRank(o) > outcomeRank(worst) ? o : worst), SharingOutcome.ALLOW);
}

/**
 * What each reason code does to the outcome: the outcome it forces at least, or null for a reason that only
 * explains (a legal basis found, a rule satisfied, a condition the recipient takes on).
 */
export const REASON_CODE_EFFECT: Readonly<Record<ReasonCode, SharingOutcome | null>> = {
  [ReasonCode.SAME_AGENCY]: null,
  [ReasonCode.INVALID_INPUT]: SharingOutcome.DENY,
  [ReasonCode.TLP_RED_NAMED_RECIPIENT]: null,
  [ReasonCode.TLP_RED_NOT_NAMED]: SharingOutcome.DENY,
  [ReasonCode.TLP_OUTSIDE_COMMUNITY]: SharingOutcome.REQUIRES_APPROVAL,
  [ReasonCode.TLP_AMBER_BEYOND_NEED_TO_KNOW]: SharingOutcome.REQUIRES_APPROVAL,
  [ReasonCode.TLP_AMBER_STRICT_OUTSIDE_ORGANISATION]: SharingOutcome.REQUIRES_APPROVAL,
  [ReasonCode.H0_PURPOSE_NOT_CRIME_FIGHTING]: SharingOutcome.REQUIRES_APPROVAL,
  [ReasonCode.H1_JUDICIAL_USE_NEEDS_PERMISSION]: SharingOutcome.REQUIRES_APPROVAL,
  [ReasonCode.H2_ONWARD_NEEDS_PERMISSION]: SharingOutcome.REQUIRES_APPROVAL,
  [ReasonCode.H3_ONWARD_NEEDS_CHECK]: SharingOutcome.REQUIRES_APPROVAL,
  [ReasonCode.H0_PURPOSE_LIMITATION]: null,
  [ReasonCode.H1_NO_JUDICIAL_USE]: null,
  [ReasonCode.H2_NO_ONWARD_SHARING]: null,
  [ReasonCode.H3_CONDITION]: null,
  [ReasonCode.AGREEMENT_APPLIES]: null,
  [ReasonCode.AGREEMENT_CATEGORY_NOT_COVERED]: SharingOutcome.ALLOW_REDACTED,
  [ReasonCode.AGREEMENT_EXPIRED]: null,
  [ReasonCode.AGREEMENT_NOT_YET_IN_FORCE]: null,
  [ReasonCode.AGREEMENT_SUSPENDED]: null,
  [ReasonCode.AGREEMENT_PURPOSE_NOT_COVERED]: null,
  [ReasonCode.NO_AGREEMENT]: SharingOutcome.REQUIRES_APPROVAL,
  [ReasonCode.NO_DOMESTIC_BASIS]: SharingOutcome.REQUIRES_APPROVAL,
  [ReasonCode.RULE_LEGAL_BASIS]: null,
  [ReasonCode.RULE_SATISFIED]: null,
  [ReasonCode.RULE_REDACTS]: SharingOutcome.ALLOW_REDACTED,
  [ReasonCode.RULE_REQUIRES_APPROVAL]: SharingOutcome.REQUIRES_APPROVAL,
  [ReasonCode.RULE_DENIES]: SharingOutcome.DENY,
};

/** Lower-case English name of each data category, for sentences. */
export const DATA_CATEGORY_TEXT: Readonly<Record<DataCategory, string>> = {
  [DataCategory.VICTIM_PERSONAL_DATA]: 'victim personal data',
  [DataCategory.SUSPECT_PERSONAL_DATA]: 'suspect personal data',
  [DataCategory.HEALTH_DATA]: 'health data',
  [DataCategory.FINANCIAL_DATA]: 'financial data',
  [DataCategory.LOCATION_DATA]: 'location data',
  [DataCategory.COMMUNICATIONS_DATA]: 'communications data',
};

/** Lower-case English name of each purpose, for sentences. */
export const SHARING_PURPOSE_TEXT: Readonly<Record<SharingPurpose, string>> = {
  [SharingPurpose.INVESTIGATION]: 'investigation',
  [SharingPurpose.PROSECUTION]: 'prosecution',
  [SharingPurpose.VICTIM_ASSISTANCE]: 'victim assistance',
  [SharingPurpose.PREVENTION]: 'prevention',
  [SharingPurpose.ANALYSIS]: 'analysis',
};

/** Opening words of a decision summary for each outcome. */
export const OUTCOME_SUMMARY_PREFIX: Readonly<Record<SharingOutcome, string>> = {
  [SharingOutcome.ALLOW]: 'Shared',
  [SharingOutcome.ALLOW_REDACTED]: 'Shared with redaction',
  [SharingOutcome.REQUIRES_APPROVAL]: "Needs the approval of the originating agency's liaison officer",
  [SharingOutcome.DENY]: 'Not shared',
};

/** Categories in canonical order, without duplicates. */
export function sortCategories(categories: Iterable<DataCategory>): DataCategory[] {
  const set = new Set(categories);
  return DATA_CATEGORY_ORDER.filter((c) => set.has(c));
}

/** "victim personal data", "victim personal data and health data", "a, b and c". */
export function listCategories(categories: readonly DataCategory[]): string {
  const words = sortCategories(categories).map((c) => DATA_CATEGORY_TEXT[c]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Upper-cases the first letter of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
