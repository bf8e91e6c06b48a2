import { FormOfExploitation } from '../enums';
import { REASON_CODE_EFFECT, sortCategories } from './outcomes';
import {
  AgencyRef,
  Agreement,
  DataCategory,
  InformationCredibility,
  HandlingCode,
  JurisdictionRule,
  Reason,
  SharingDecision,
  SharingInput,
  SharingOutcome,
  SharingPurpose,
  SourceReliability,
  TlpLabel,
} from './types';

/** A lead as stored: the facts the engine reads, before any share's removals. */
export interface StoredLead {
  id: string;
  originatingAgencyId: string;
  formOfExploitation: FormOfExploitation;
  route: readonly { country: string }[];
  dataCategories: readonly DataCategory[];
  tlp: TlpLabel;
  sourceReliability: SourceReliability;
  informationCredibility: InformationCredibility;
  handlingCodes: readonly HandlingCode[];
  handlingCondition?: string | null;
  namedRecipientAgencyIds: readonly string[];
}

/**
 * How the sending agency holds the lead: null for the originating agency (the lead as stored); for an agency
 * passing on a lead it received, its own ACTIVE share — the categories removed on the way in and why.
 */
export interface HeldShare {
  senderAgencyId: string;
  redactedCategories: readonly DataCategory[];
  reasons: readonly Reason[];
}

/** Everything besides lead, holder and recipient that a decision depends on. */
export interface ShareContext {
  /** Every agency the lead, the sender or the recipient may name, by id. */
  agencies: ReadonlyMap<string, AgencyRef>;
  agreements: readonly Agreement[];
  rules: readonly JurisdictionRule[];
  /** Agencies taking part in the lead's joint operation (empty outside operations). */
  operationAgencyIds: readonly string[];
  /** The decision instant, ISO 8601 UTC. */
  at: string;
}

/** The categories of a lead as an agency holds it: all for the originator, minus its share's removals for a recipient. */
export function heldCategories(lead: Pick<StoredLead, 'dataCategories'>, held: Pick<HeldShare, 'redactedCategories'> | null): DataCategory[] {
  const removed = new Set(held?.redactedCategories ?? []);
  return lead.dataCategories.filter((c) => !removed.has(c));
}

/**
 * The engine's input (`decideSharing`) for sharing `lead` with `recipientAgencyId` for `purpose` at `ctx.at`: a
 * first share by the originator (`held` null), or an onward share by an agency holding an ACTIVE share — then the
 * lead goes in as that agency holds it (categories removed on the way in are absent) and the sender is that agency.
 * The one place where stored leads become engine inputs: sharing, its preview, approval, the lapse sweep and the
 * demo data all call it.
 * @throws Error when the originator, the recipient or the sender is not in `ctx.agencies` (a broken reference).
 */
export function shareRequest(lead: StoredLead, held: HeldShare | null, recipientAgencyId: string, purpose: SharingPurpose, ctx: ShareContext): SharingInput {
  const agency = (id: string): AgencyRef => {
    const a = ctx.agencies.get(id);
    if (!a) throw new Error(`agency ${id} is not known to the sharing context`);
    return { id: a.id, name: a.name, kind: a.kind, country: a.country };
  };
  return {
    lead: {
      id: lead.id,
      originatingAgency: agency(lead.originatingAgencyId),
      formOfExploitation: lead.formOfExploitation,
      routeCountries: lead.route.map((s) => s.country),
      dataCategories: heldCategories(lead, held),
      markings: {
        tlp: lead.tlp,
        sourceReliability: lead.sourceReliability,
        informationCredibility: lead.informationCredibility,
        handlingCodes: lead.handlingCodes,
        handlingCondition: lead.handlingCondition ?? null,
      },
      namedRecipientAgencyIds: lead.namedRecipientAgencyIds,
      operationAgencyIds: ctx.operationAgencyIds,
    },
    recipient: { ...agency(recipientAgencyId), taskForceMember: true },
    sender: held ? agency(held.senderAgencyId) : null,
    agreements: ctx.agreements,
    rules: ctx.rules,
    purpose,
    at: ctx.at,
  };
}

/**
 * What a share made now records: the engine's decision completed with what the sender no longer holds. For an
 * onward share (`held` = the sender's ACTIVE share) its removals are added (union, in the categories' order) with
 * their reasons, and an ALLOW that now removes something is ALLOW_REDACTED; for a first share (`held` null) the
 * decision as it is. Sharing, its preview and approval all record this, so the three never disagree.
 */
export function withInheritedRemovals(
  d: Pick<SharingDecision, 'outcome' | 'redactedCategories' | 'reasons'>,
  held: Pick<HeldShare, 'redactedCategories' | 'reasons'> | null,
): Pick<SharingDecision, 'outcome' | 'redactedCategories' | 'reasons'> {
  const inheritedReasons = (held?.reasons ?? []).filter((r) => REASON_CODE_EFFECT[r.code] === SharingOutcome.ALLOW_REDACTED);
  const redactedCategories = sortCategories(new Set([...(held?.redactedCategories ?? []), ...d.redactedCategories]));
  const outcome = d.outcome === SharingOutcome.ALLOW && redactedCategories.length ? SharingOutcome.ALLOW_REDACTED : d.outcome;
  const reasons = [...d.reasons, ...inheritedReasons.filter((i) => !d.reasons.some((o) => o.code === i.code && o.ref === i.ref))];
  return { outcome, redactedCategories, reasons };
}

/** What an existing share records when it is decided again: `redecidedShare`. */
export interface RedecidedShare {
  /** The share's removals, the new decision's and the sender's current ones: union, in the categories' order. */
  redactedCategories: DataCategory[];
  /** True when the union removes more than the share did: the share is narrowed. */
  narrowed: boolean;
  /** The reasons of the share as recorded now: the decision's, the inherited removals', then the share's own removal reasons the decision no longer states. */
  reasons: Reason[];
  /** The removal reasons (decision's and inherited) the share did not carry yet (same code, ref and text): what a share still waiting for approval adds to its own. */
  addedRemovalReasons: Reason[];
  /** The new decision's outcome, ALLOW_REDACTED instead of ALLOW when the share removes anything. */
  outcome: SharingOutcome;
}

/**
 * An existing share decided again — when a liaison officer approves it, or when the law changes — with `d` the
 * engine's new decision and `held` the sender's ACTIVE share now (null for the originator). A share never gives
 * back what it removed: its removals stay, the new ones and the sender's current ones are added, each with its
 * reason. Approval and the lapse sweep both record this, so they never disagree.
 */
export function redecidedShare(
  share: Pick<HeldShare, 'redactedCategories' | 'reasons'>,
  d: Pick<SharingDecision, 'outcome' | 'redactedCategories' | 'reasons'>,
  held: Pick<HeldShare, 'redactedCategories' | 'reasons'> | null,
): RedecidedShare {
  const recorded = withInheritedRemovals(d, held);
  const redactedCategories = sortCategories(new Set([...share.redactedCategories, ...recorded.redactedCategories]));
  const removal = (r: Reason) => REASON_CODE_EFFECT[r.code] === SharingOutcome.ALLOW_REDACTED;
  const ownStill = share.reasons.filter((r) => removal(r) && !recorded.reasons.some((o) => o.code === r.code && o.ref === r.ref));
  return {
    redactedCategories,
    narrowed: redactedCategories.length > share.redactedCategories.length,
    reasons: [...recorded.reasons, ...ownStill],
    addedRemovalReasons: recorded.reasons.filter((r) => removal(r) && !share.reasons.some((o) => o.code === r.code && o.ref === r.ref && o.text === r.text)),
    outcome: recorded.outcome === SharingOutcome.ALLOW && redactedCategories.length ? SharingOutcome.ALLOW_REDACTED : recorded.outcome,
  };
}
