import { canSeeOperation } from '../task-rules';

/** Status of a share that lets its recipient read the lead (the API's `LeadShareStatus.ACTIVE`). */
export const ACTIVE_SHARE_STATUS = 'ACTIVE';

/** The facts about one share of a lead that the read rule looks at. */
export interface ShareReadFacts {
  /** `ACTIVE`, `PENDING_APPROVAL`, `REFUSED`, `REVOKED` or `LAPSED`; only ACTIVE lets the recipient read. */
  status: string;
  recipientAgencyId: string;
  /** Exclusive end (UTC) of the in-force period of the agreement the share relies on; null when it has none. */
  basisValidUntil: Date | null;
  /**
   * Participating agency ids of the joint operation the share was made through (now), or null when it was made
   * directly to the agency.
   */
  operationParticipants: readonly string[] | null;
}

/**
 * True when the share is in effect at `atMs` (epoch milliseconds, UTC): ACTIVE, its legal basis has not ended
 * (an expiring agreement ends the share at that instant, before the lapse sweep marks it LAPSED), and, when it was
 * made through a joint operation, its recipient still takes part in that operation (`canSeeOperation`).
 */
export function isShareInEffect(share: ShareReadFacts, atMs: number): boolean {
  if (share.status !== ACTIVE_SHARE_STATUS) return false;
  if (share.basisValidUntil !== null && share.basisValidUntil.getTime() <= atMs) return false;
  return share.operationParticipants === null || canSeeOperation({ agencyId: share.recipientAgencyId }, { participatingAgencyIds: share.operationParticipants });
}

/**
 * Need-to-know for leads: an agency reads a lead when it originated it or holds a share of it in effect at `atMs`
 * (UTC) — nobody else, platform admins included. Returns the share it reads through (null for the originator), or
 * undefined when it may not read the lead.
 */
export function readingShare<S extends ShareReadFacts>(
  agencyId: string,
  lead: { originatingAgencyId: string },
  shares: readonly S[],
  atMs: number,
): S | null | undefined {
  if (lead.originatingAgencyId === agencyId) return null;
  return shares.find((s) => s.recipientAgencyId === agencyId && isShareInEffect(s, atMs));
}

/** True when the agency may read the lead at `atMs` (see `readingShare`). */
export function canReadLead(agencyId: string, lead: { originatingAgencyId: string }, shares: readonly ShareReadFacts[], atMs: number): boolean {
  return readingShare(agencyId, lead, shares, atMs) !== undefined;
}
