/**
 * What the checks of the sharing-decision engine share: the findings they return, the facts they read (computed
 * once per decision), default principles and small helpers for naming sides and matching parties. Internal to
 * ./decide-sharing.ts and its checks.
 */
import { AgencyKind } from '../enums';
import { AgencyRef, Agreement, AgreementParty, DataCategory, JurisdictionRule, LegalBasis, Reason, ReasonCode, ReasonSource, ReasonValues, RecipientAgency, ShareKind, SharingInput, SharingOutcome, SharingPurpose, TransferKind } from './types';

/** One finding of one check: the reason, its effect on the outcome (null = explanatory) and what it removes. */
export interface Finding {
  reason: Reason;
  effect: SharingOutcome | null;
  /** Categories removed (effect ALLOW_REDACTED) or concerned. */
  categories: DataCategory[];
  /** The reason in a few words, for the decision summary. */
  short: string;
}

/** The facts every check reads, computed once. */
export interface Context {
  input: SharingInput;
  originator: AgencyRef;
  sender: AgencyRef;
  recipient: RecipientAgency;
  purpose: SharingPurpose;
  atMs: number;
  shareKind: ShareKind;
  transfer: TransferKind;
  categories: DataCategory[];
  rules: JurisdictionRule[];
}

/** An agreement that names both sides, checked against the instant and the purpose. */
export interface AgreementCheck {
  agreement: Agreement;
  status: 'CANDIDATE' | 'NOT_YET_IN_FORCE' | 'EXPIRED' | 'SUSPENDED' | 'PURPOSE_NOT_COVERED';
}

/** Result of the legal-basis step. */
export interface BasisResult {
  findings: Finding[];
  legalBasis: LegalBasis | null;
  /** Agreements in force naming both sides and covering the purpose. */
  candidates: Agreement[];
  /** The candidate covering most of the lead's categories: the one used as basis or for coverage checks. */
  best: Agreement | null;
}

export const DEFAULT_SAME_AGENCY = 'default:same-agency';
export const DEFAULT_NO_BASIS = 'default:no-basis';
export const DEFAULT_FAIL_CLOSED = 'default:fail-closed';

export function marking(code: ReasonCode, ref: string, effect: SharingOutcome | null, text: string, short: string, values: ReasonValues = {}): Finding {
  return { reason: makeReason(code, 'MARKING', ref, text, values), effect, categories: [], short };
}

export function makeReason(code: ReasonCode, source: ReasonSource, ref: string, text: string, values: ReasonValues = {}): Reason {
  return { code, source, ref, text, values };
}

/** The two sides of a hop as sentences name them (`sideName`), as reason values. */
export function sideValues(ctx: Context): { sender: string; recipient: string } {
  return { sender: sideName(ctx.sender, ctx), recipient: sideName(ctx.recipient, ctx) };
}

/** `COUNTRY:NL` for a national agency; `AGENCY:<id>` for an international organisation (its own jurisdiction). */
export function jurisdictionKey(agency: AgencyRef): string {
  const country = jurisdictionCountry(agency);
  return country ? `COUNTRY:${country}` : `AGENCY:${agency.id}`;
}

/** How a side is named in sentences: its country code across borders, its name at home or for an international organisation. */
export function sideName(agency: AgencyRef, ctx: Context): string {
  const country = jurisdictionCountry(agency);
  return ctx.transfer === TransferKind.CROSS_BORDER && country ? country : agency.name;
}

export function partyMatches(party: AgreementParty, agency: AgencyRef): boolean {
  if (party.kind === 'AGENCY') return party.agencyId === agency.id;
  const country = jurisdictionCountry(agency);
  return country !== null && party.country.toUpperCase() === country;
}

export function dedupeParties(parties: readonly AgreementParty[]): AgreementParty[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const key = p.kind === 'AGENCY' ? `A:${p.agencyId}` : `C:${p.country.toUpperCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareStrings(a.id, b.id));
}

/** Code-unit comparison: the same everywhere, unlike `localeCompare`. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isOneOf(enumeration: Record<string, string>, value: unknown): boolean {
  return typeof value === 'string' && Object.values(enumeration).includes(value);
}

/** Country of an agency for jurisdiction purposes (upper-case ISO alpha-2); null for international organisations. */
export function jurisdictionCountry(agency: AgencyRef): string | null {
  if (agency.kind === AgencyKind.INTERNATIONAL_ORGANIZATION || !agency.country) return null;
  return agency.country.toUpperCase();
}

/** True when an agreement's parties include both sides of the hop, each matched by a different party (country or agency). */
export function agreementCoversParties(agreement: Agreement, sender: AgencyRef, recipient: AgencyRef): boolean {
  const parties = dedupeParties(agreement.parties);
  return parties.some((p, i) => partyMatches(p, sender) && parties.some((q, j) => j !== i && partyMatches(q, recipient)));
}

// ---------------------------------------------------------------------------------------------------------------
// Checks, in the order of ./README.md
