import { Agreement, LegalBasis, parseInstant } from '@taskforce/domain';
import { LeadShareEntity } from './lead.entity';

/** One UTC day in ms: a bare-date bound (`2024-12-31`) covers that whole day (libs/domain/src/lib/sharing/README.md, "Time"). */
const DAY_MS = 86_400_000;

/**
 * The instant (UTC, exclusive) at which a legal basis stops holding by itself: for an agreement, the end of its
 * in-force period as the engine reads it (`inForceTo` a date → the next UTC midnight; an instant → 1 ms later);
 * null when the agreement is open-ended, unknown here, or the basis is not an agreement (national law, no
 * transfer, none).
 */
export function basisValidUntil(legalBasis: LegalBasis | null, agreements: readonly Agreement[]): Date | null {
  if (!legalBasis || legalBasis.kind !== 'AGREEMENT') return null;
  const agreement = agreements.find((a) => a.id === legalBasis.id);
  if (!agreement?.inForceTo) return null;
  const end = parseInstant(agreement.inForceTo);
  if (!end) return null;
  return new Date(end.dateOnly ? end.ms + DAY_MS : end.ms + 1);
}

/**
 * The columns a new share needs so that it follows the law over time: `basisValidUntil` (see above) and the
 * joint operation it was made through (null when made to named agencies). Spread into the share when it is created.
 */
export function shareLawColumns(
  legalBasis: LegalBasis | null,
  agreements: readonly Agreement[],
  operationId: string | null,
  heldUntil: Date | null = null,
): Pick<LeadShareEntity, 'basisValidUntil' | 'operationId'> {
  const own = basisValidUntil(legalBasis, agreements);
  // An onward share cannot outlive the sender's own share: it ends when either basis ends.
  const until = own && heldUntil ? (own.getTime() <= heldUntil.getTime() ? own : heldUntil) : (own ?? heldUntil);
  return { basisValidUntil: until, operationId };
}

/** True when two legal bases name the same instrument (kind and id). */
export function sameBasis(a: LegalBasis | null, b: LegalBasis | null): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && a.id === b.id;
}
