/**
 * Types of the sharing-decision engine: the markings a lead carries, agreements, jurisdiction rules and the
 * decision itself. Plain data only (JSON-serialisable), so rules and agreements can be stored and versioned.
 * Glossary: ../shared/DESIGN.md ("Standard terms"); instruments: ../shared/LEGAL-CONTEXT.md; design: ./README.md.
 */
import { AgencyKind, FormOfExploitation } from '../enums';

/**
 * TLP 2.0 label (FIRST, "Traffic Light Protocol — Standard Definitions and Usage Guidance, Version 2.0", 2022).
 * Keys and values are GraphQL-safe; the written label (`AMBER+STRICT`) comes from `tlpDisplayLabel` in ./tlp.ts
 * and is never translated.
 */
export enum TlpLabel {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}

/** Admiralty (NATO) source reliability, A (completely reliable) … F (cannot be judged); labels in ./admiralty.ts. */
export enum SourceReliability {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
  F = 'F',
}

/**
 * Admiralty (NATO) information credibility 1 (confirmed) … 6 (cannot be judged). Values are the digits used on
 * paper ("B2"); keys are GraphQL-safe names, since a GraphQL enum value may not start with a digit.
 */
export enum InformationCredibility {
  CONFIRMED = '1',
  PROBABLY_TRUE = '2',
  POSSIBLY_TRUE = '3',
  DOUBTFUL = '4',
  IMPROBABLE = '5',
  CANNOT_BE_JUDGED = '6',
}

/**
 * Originator handling code, Europol style (Europol Regulation (EU) 2016/794 art. 19 and 29; Palermo Protocol
 * art. 10(3)): H0 only to prevent and combat crime, H1 not for judicial proceedings without the provider's
 * permission, H2 not passed on without the provider's permission, H3 other restrictions (free text).
 */
export enum HandlingCode {
  H0 = 'H0',
  H1 = 'H1',
  H2 = 'H2',
  H3 = 'H3',
}

/** Category of (personal) data a lead contains; the unit of redaction. Canonical order: `DATA_CATEGORY_ORDER`. */
export enum DataCategory {
  VICTIM_PERSONAL_DATA = 'VICTIM_PERSONAL_DATA',
  SUSPECT_PERSONAL_DATA = 'SUSPECT_PERSONAL_DATA',
  HEALTH_DATA = 'HEALTH_DATA',
  FINANCIAL_DATA = 'FINANCIAL_DATA',
  LOCATION_DATA = 'LOCATION_DATA',
  COMMUNICATIONS_DATA = 'COMMUNICATIONS_DATA',
}

/** The order in which categories are always listed (redactions, reasons), whatever the input order. */
export const DATA_CATEGORY_ORDER: readonly DataCategory[] = [
  DataCategory.VICTIM_PERSONAL_DATA,
  DataCategory.SUSPECT_PERSONAL_DATA,
  DataCategory.HEALTH_DATA,
  DataCategory.FINANCIAL_DATA,
  DataCategory.LOCATION_DATA,
  DataCategory.COMMUNICATIONS_DATA,
];

/** Why the recipient wants the lead; agreements and rules are written per purpose. */
export enum SharingPurpose {
  INVESTIGATION = 'INVESTIGATION',
  PROSECUTION = 'PROSECUTION',
  VICTIM_ASSISTANCE = 'VICTIM_ASSISTANCE',
  PREVENTION = 'PREVENTION',
  ANALYSIS = 'ANALYSIS',
}

/** Kind of agreement: a multilateral instrument (UNTOC, ACTIP…), a bilateral treaty, or an agency-level MOU. */
export enum AgreementKind {
  MULTILATERAL = 'MULTILATERAL',
  BILATERAL = 'BILATERAL',
  MOU = 'MOU',
}

/** Outcome of a sharing decision, from least to most restrictive: ALLOW < ALLOW_REDACTED < REQUIRES_APPROVAL < DENY. */
export enum SharingOutcome {
  ALLOW = 'ALLOW',
  ALLOW_REDACTED = 'ALLOW_REDACTED',
  REQUIRES_APPROVAL = 'REQUIRES_APPROVAL',
  DENY = 'DENY',
}

/** FIRST: the originating agency passes its own lead; ONWARD: an agency that received it passes it on. */
export enum ShareKind {
  FIRST = 'FIRST',
  ONWARD = 'ONWARD',
}

/** What the hop sender → recipient is: no move at all, a move inside one country, or across a border. */
export enum TransferKind {
  SAME_AGENCY = 'SAME_AGENCY',
  DOMESTIC = 'DOMESTIC',
  CROSS_BORDER = 'CROSS_BORDER',
}

/** An agency as the engine sees it. `country` is ISO 3166-1 alpha-2; null for international organisations. */
export interface AgencyRef {
  id: string;
  name: string;
  kind: AgencyKind;
  country: string | null;
}

/** The agency a lead would go to; `taskForceMember` = registered in this workspace (the TLP:GREEN community). */
export interface RecipientAgency extends AgencyRef {
  taskForceMember: boolean;
}

/** A lead's markings: TLP 2.0, Admiralty grading, handling codes (H3 with its free-text condition). */
export interface LeadMarkings {
  tlp: TlpLabel;
  sourceReliability: SourceReliability;
  informationCredibility: InformationCredibility;
  /** Zero or more of H0–H3 (Europol allows combinations such as H1 + H2). */
  handlingCodes: readonly HandlingCode[];
  /** The originator's free-text restriction; expected when H3 is set. */
  handlingCondition?: string | null;
}

/** The facts about a lead that the sharing decision looks at (as the sender holds it: already-redacted data absent). */
export interface LeadForSharing {
  id: string;
  originatingAgency: AgencyRef;
  formOfExploitation: FormOfExploitation;
  /** Countries of origin, transit and destination (ISO alpha-2); carried for display, not used to decide. */
  routeCountries: readonly string[];
  dataCategories: readonly DataCategory[];
  markings: LeadMarkings;
  /** TLP:RED named recipients: agency ids the originator listed. */
  namedRecipientAgencyIds: readonly string[];
  /** TLP:AMBER "those it needs to tell": agencies taking part in the joint operations the lead is linked to. */
  operationAgencyIds: readonly string[];
}

/** A party to an agreement: a whole country (ISO alpha-2) or one agency (e.g. an international organisation). */
export type AgreementParty = { kind: 'COUNTRY'; country: string } | { kind: 'AGENCY'; agencyId: string };

/**
 * An agreement: the legal basis for moving data between its parties. Dates are ISO 8601 UTC instants or UTC
 * dates (`2024-01-31` = that whole UTC day); the agreement is in force from `inForceFrom` to `inForceTo` inclusive
 * (open-ended when `inForceTo` is null or absent).
 */
export interface Agreement {
  id: string;
  kind: AgreementKind;
  title: string;
  /** The article(s) relied on, e.g. "art. 18 and 27"; null when none is cited. */
  article?: string | null;
  parties: readonly AgreementParty[];
  dataCategories: readonly DataCategory[];
  purposes: readonly SharingPurpose[];
  inForceFrom: string;
  inForceTo?: string | null;
  /** Suspended by a party or by the platform admin: not a basis while true. */
  suspended?: boolean;
}

/** Where a jurisdiction rule belongs: a country (ISO alpha-2) or every agency of one kind. */
export type RuleScope = { kind: 'COUNTRY'; country: string } | { kind: 'AGENCY_KIND'; agencyKind: AgencyKind };

/**
 * Which moves of a lead a rule governs, relative to its scope X, for the hop sender → recipient:
 * LEAVING sender in X and recipient not; ENTERING recipient in X and sender not; WITHIN both in X;
 * ONWARD the lead originated in X, an agency other than the originator passes it on, and the recipient is outside X
 * (Palermo art. 10(3); Directive (EU) 2016/680 art. 35(1)(e)). For an agency-kind scope, "in X" = "of kind X".
 */
export enum RuleFlow {
  LEAVING = 'LEAVING',
  ENTERING = 'ENTERING',
  WITHIN = 'WITHIN',
  ONWARD = 'ONWARD',
}

/** Optional narrowing of a rule; each listed field must match (absent = any). */
export interface RuleFilter {
  purposes?: readonly SharingPurpose[];
  formsOfExploitation?: readonly FormOfExploitation[];
  recipientKinds?: readonly AgencyKind[];
  transfers?: readonly (TransferKind.DOMESTIC | TransferKind.CROSS_BORDER)[];
}

/** What a restrictive rule does when it bites: remove the categories, ask the originator, or refuse. */
export type RuleEffect = 'REDACT' | 'REQUIRES_APPROVAL' | 'DENY';

/**
 * The condition a jurisdiction rule states (discriminated on `kind`):
 * - LEGAL_BASIS: domestic sharing is lawful under the national `law` cited (used as legal basis, WITHIN only);
 * - REQUIRES_AGREEMENT: the categories move only under an agreement in force that covers them, else `otherwise`;
 * - RESTRICT_CATEGORIES: the categories never move freely along this flow: `effect` applies whenever present;
 * - LIMIT_PURPOSES: the flow is open only for the purposes listed, else `otherwise`;
 * - RESTRICT_FLOW: every move along this flow gets `effect` (e.g. onward transfers need authorisation).
 */
export type RuleCondition =
  | { kind: 'LEGAL_BASIS'; law: string }
  | { kind: 'REQUIRES_AGREEMENT'; categories: readonly DataCategory[]; otherwise: RuleEffect }
  | { kind: 'RESTRICT_CATEGORIES'; categories: readonly DataCategory[]; effect: RuleEffect }
  | { kind: 'LIMIT_PURPOSES'; purposes: readonly SharingPurpose[]; otherwise: 'REQUIRES_APPROVAL' | 'DENY' }
  | { kind: 'RESTRICT_FLOW'; effect: 'REQUIRES_APPROVAL' | 'DENY' };

/**
 * A jurisdiction rule: a country's (or agency kind's) condition on data leaving or entering it. Stored and
 * versioned: per `id`, the highest `version` in effect at the decision instant applies. `text` is the
 * human-readable statement decisions cite (with the instrument and article).
 */
export interface JurisdictionRule {
  id: string;
  version: number;
  /** ISO 8601 UTC instant or UTC date; absent = always. Same inclusive reading as agreements. */
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  scope: RuleScope;
  flows: readonly RuleFlow[];
  when?: RuleFilter;
  condition: RuleCondition;
  text: string;
}

/** Everything one sharing decision depends on; nothing else (no clock, no I/O). */
export interface SharingInput {
  lead: LeadForSharing;
  recipient: RecipientAgency;
  /** The agency passing the lead on; absent, null or the originator itself = first share. */
  sender?: AgencyRef | null;
  agreements: readonly Agreement[];
  rules: readonly JurisdictionRule[];
  purpose: SharingPurpose;
  /** The decision instant, ISO 8601 with `Z` or an offset (e.g. `2025-03-01T09:00:00Z`). */
  at: string;
}

/** Who or what a reason comes from. */
export type ReasonSource = 'RULE' | 'MARKING' | 'AGREEMENT' | 'DEFAULT';

/** Machine code of a reason; the effect each code has on the outcome is listed in `REASON_CODE_EFFECT`. */
export enum ReasonCode {
  SAME_AGENCY = 'SAME_AGENCY',
  INVALID_INPUT = 'INVALID_INPUT',
  TLP_RED_NAMED_RECIPIENT = 'TLP_RED_NAMED_RECIPIENT',
  TLP_RED_NOT_NAMED = 'TLP_RED_NOT_NAMED',
  TLP_OUTSIDE_COMMUNITY = 'TLP_OUTSIDE_COMMUNITY',
  TLP_AMBER_BEYOND_NEED_TO_KNOW = 'TLP_AMBER_BEYOND_NEED_TO_KNOW',
  TLP_AMBER_STRICT_OUTSIDE_ORGANISATION = 'TLP_AMBER_STRICT_OUTSIDE_ORGANISATION',
  H0_PURPOSE_NOT_CRIME_FIGHTING = 'H0_PURPOSE_NOT_CRIME_FIGHTING',
  H1_JUDICIAL_USE_NEEDS_PERMISSION = 'H1_JUDICIAL_USE_NEEDS_PERMISSION',
  H2_ONWARD_NEEDS_PERMISSION = 'H2_ONWARD_NEEDS_PERMISSION',
  H3_ONWARD_NEEDS_CHECK = 'H3_ONWARD_NEEDS_CHECK',
  H0_PURPOSE_LIMITATION = 'H0_PURPOSE_LIMITATION',
  H1_NO_JUDICIAL_USE = 'H1_NO_JUDICIAL_USE',
  H2_NO_ONWARD_SHARING = 'H2_NO_ONWARD_SHARING',
  H3_CONDITION = 'H3_CONDITION',
  AGREEMENT_APPLIES = 'AGREEMENT_APPLIES',
  AGREEMENT_CATEGORY_NOT_COVERED = 'AGREEMENT_CATEGORY_NOT_COVERED',
  AGREEMENT_EXPIRED = 'AGREEMENT_EXPIRED',
  AGREEMENT_NOT_YET_IN_FORCE = 'AGREEMENT_NOT_YET_IN_FORCE',
  AGREEMENT_SUSPENDED = 'AGREEMENT_SUSPENDED',
  AGREEMENT_PURPOSE_NOT_COVERED = 'AGREEMENT_PURPOSE_NOT_COVERED',
  NO_AGREEMENT = 'NO_AGREEMENT',
  NO_DOMESTIC_BASIS = 'NO_DOMESTIC_BASIS',
  RULE_LEGAL_BASIS = 'RULE_LEGAL_BASIS',
  RULE_SATISFIED = 'RULE_SATISFIED',
  RULE_REDACTS = 'RULE_REDACTS',
  RULE_REQUIRES_APPROVAL = 'RULE_REQUIRES_APPROVAL',
  RULE_DENIES = 'RULE_DENIES',
}

/**
 * One reason of a decision. `ref` names what decided: a rule id, a marking (`TLP:RED`, `H2`), an agreement id,
 * or a `default:*` principle of ./README.md. `text` is the English sentence (logs, API clients); `values` hold what it
 * is written from, by name, so a client writes it in its reader's language from `code` (names in `REASON_VALUE_NAMES`).
 * Reasons recorded before `values` existed have none: show `text`.
 */
export interface Reason {
  code: ReasonCode;
  source: ReasonSource;
  ref: string;
  text: string;
  values?: ReasonValues;
}

/**
 * The values of a reason's sentence. Codes of the domain stay codes (`categories`: DataCategory codes joined by `,`;
 * `purpose`, `purposes`: SharingPurpose codes; `why`: AGREEMENT_USED | NO_AGREEMENT | PURPOSE_NOT_PERMITTED); names,
 * ids, dates (YYYY-MM-DD) and what people wrote (`ruleText`, `law`, `title`, `condition`) as they are.
 */
export type ReasonValues = Readonly<Record<string, string>>;

/** The legal basis a share relies on: an agreement, a national law stated by a rule, or no transfer at all. */
export interface LegalBasis {
  kind: 'AGREEMENT' | 'NATIONAL_LAW' | 'NO_TRANSFER';
  /** Agreement id, rule id, or the agency id for NO_TRANSFER. */
  id: string;
  title: string;
  article: string | null;
}

/**
 * The result of checking one lead against one recipient at one instant. `redactedCategories` lists what is
 * removed (also under REQUIRES_APPROVAL: removed even once approved); empty for ALLOW and DENY. `legalBasis`
 * is null when denied or when no basis exists. `conditions` are the originator's restrictions the recipient
 * takes on (Palermo art. 10(3)); empty when denied.
 */
export interface SharingDecision {
  outcome: SharingOutcome;
  redactedCategories: DataCategory[];
  legalBasis: LegalBasis | null;
  reasons: Reason[];
  conditions: Reason[];
  summary: string;
  shareKind: ShareKind;
  transfer: TransferKind;
  purpose: SharingPurpose;
  at: string;
}
