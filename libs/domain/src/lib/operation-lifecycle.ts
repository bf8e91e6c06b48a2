import { InvitationStatus, OperationStatus, Role } from './enums';
import { Actor, canSeeOperation, OperationFacts } from './task-rules';

/**
 * The life of a joint operation, after the joint investigation teams of Art. 13 of the 2000 EU Convention on Mutual
 * Assistance in Criminal Matters and Council Framework Decision 2002/465/JHA: formed by the consent of the agencies
 * taking part, for a period that may be extended, and closed with an evaluation. Pure rules; the API enforces them.
 */

/** Days an invitation to a joint operation stays open before it expires. */
export const INVITATION_TTL_DAYS = 14;

/**
 * Moves a joint operation's status may make: `PLANNED → ACTIVE ⇄ SUSPENDED → CLOSED`; an operation that never
 * started may also be closed. CLOSED is final.
 */
const OPERATION_TRANSITIONS: Readonly<Record<OperationStatus, readonly OperationStatus[]>> = {
  [OperationStatus.PLANNED]: [OperationStatus.ACTIVE, OperationStatus.CLOSED],
  [OperationStatus.ACTIVE]: [OperationStatus.SUSPENDED, OperationStatus.CLOSED],
  [OperationStatus.SUSPENDED]: [OperationStatus.ACTIVE, OperationStatus.CLOSED],
  [OperationStatus.CLOSED]: [],
};

/** True when a joint operation may move from `from` to `to`. */
export function isAllowedOperationTransition(from: OperationStatus, to: OperationStatus): boolean {
  return OPERATION_TRANSITIONS[from].includes(to);
}

/** The statuses a joint operation in `from` may move to, in the order a screen offers them. */
export function nextOperationStatuses(from: `${OperationStatus}`): readonly OperationStatus[] {
  return OPERATION_TRANSITIONS[from];
}

/** A move that must say why (it stops work): suspending and closing. */
export function operationTransitionNeedsReason(to: `${OperationStatus}`): boolean {
  return to === OperationStatus.SUSPENDED || to === OperationStatus.CLOSED;
}

/**
 * True when work may still be written through the operation: tasks, comments, status moves, links, targets and
 * shares. A CLOSED operation stays readable to its members and is read-only for everyone.
 */
export function isOperationWritable(status: `${OperationStatus}`): boolean {
  return status !== OperationStatus.CLOSED;
}

/** Who of an agency answers for it on a joint operation: its coordinators and agency admins (roles as enum or string). */
export function speaksForAgency(actor: Pick<Actor, 'agencyId'> & { roles: readonly `${Role}`[] }, agencyId: string): boolean {
  return actor.agencyId === agencyId && (actor.roles.includes(Role.COORDINATOR) || actor.roles.includes(Role.AGENCY_ADMIN));
}

/** The people of an invited agency who hear of the invitation: agency admins, coordinators and liaison officers. */
export function hearsOfInvitations(roles: readonly `${Role}`[]): boolean {
  return roles.includes(Role.AGENCY_ADMIN) || roles.includes(Role.COORDINATOR) || roles.includes(Role.LIAISON_OFFICER);
}

/**
 * True when the actor may take their own agency out of the operation: a coordinator or agency admin of a
 * participating agency that is not the lead agency.
 */
export function canLeaveOperation(actor: Actor, operation: OperationFacts, leadAgencyId: string): boolean {
  return canSeeOperation(actor, operation) && actor.agencyId !== leadAgencyId && speaksForAgency(actor, actor.agencyId);
}

/** An invitation as the status rule sees it. */
export interface InvitationFacts {
  status: InvitationStatus;
  /** UTC instant the invitation stops being answerable. */
  expiresAt: Date;
}

/** The invitation's status at `now` (UTC): a PENDING invitation past its expiry is EXPIRED. */
export function invitationStatusAt(invitation: InvitationFacts, now: Date): InvitationStatus {
  if (invitation.status === InvitationStatus.PENDING && invitation.expiresAt.getTime() <= now.getTime()) return InvitationStatus.EXPIRED;
  return invitation.status;
}

/**
 * A person who may be appointed co-coordinator of an operation: active, holding the COORDINATOR role in their own
 * agency, and of a participating agency.
 */
export function canBeCoordinatorOf(person: { agencyId: string; roles: readonly Role[]; disabled: boolean }, operation: OperationFacts): boolean {
  return !person.disabled && person.roles.includes(Role.COORDINATOR) && operation.participatingAgencyIds.includes(person.agencyId);
}

/** A planned period as UTC calendar dates `YYYY-MM-DD`; either end may be open. */
export interface OperationPeriod {
  startsOn: string | null;
  endsOn: string | null;
}

/** True when `endsOn` moves later than before (or becomes open-ended): a recorded extension that needs a reason. */
export function isPeriodExtension(before: OperationPeriod, after: OperationPeriod): boolean {
  if (before.endsOn === null) return false;
  return after.endsOn === null || after.endsOn > before.endsOn;
}
