import { AuthUser, isUuid, notFound } from '@taskforce/api-core';
import { NotificationDraft } from '@taskforce/api-notifications';
import { NotificationType } from '@taskforce/domain';

/**
 * True when the caller's identity carries a well-formed agency and user id. A token or session without them must
 * never reach a query: an undefined agency id in a TypeORM `where` drops the condition and would match every row.
 */
export function hasClaims(actor: Partial<Pick<AuthUser, 'agencyId' | 'userId'>> | null | undefined): actor is Pick<AuthUser, 'agencyId' | 'userId'> {
  return !!actor && typeof actor.agencyId === 'string' && isUuid(actor.agencyId) && typeof actor.userId === 'string' && isUuid(actor.userId);
}

/** @throws NOT_FOUND ("<what> not found") when the caller's identity lacks its agency or user id. */
export function requireClaims(actor: Partial<Pick<AuthUser, 'agencyId' | 'userId'>> | null | undefined, what: string): void {
  if (!hasClaims(actor)) throw notFound(what);
}

/** What a notification about a lead may say: never more than this and a link. */
const LEAD_ATTENTION_TITLE = 'A lead needs your attention';

/**
 * A notification about a lead: a fixed title and a link, nothing from the lead itself; it names the lead (`leadId`)
 * so that it is shown only while the recipient's agency may read the lead.
 */
export function attention(recipientUserId: string, type: NotificationType, leadId: string): NotificationDraft {
  return { recipientUserId, type, title: LEAD_ATTENTION_TITLE, body: null, operationId: null, leadId };
}
