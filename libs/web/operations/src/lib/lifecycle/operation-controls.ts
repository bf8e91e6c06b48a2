import { isOperationWritable, nextOperationStatuses, operationTransitionNeedsReason, speaksForAgency } from '@taskforce/domain';
import { messageId, type Translate } from '@taskforce/web-ui';
import type {
  AgencySummary,
  AssignableUser,
  OperationEventAction,
  OperationEventData,
  OperationInvitationSummary,
  OperationParticipantData,
  OperationStatus,
  Role,
} from '@taskforce/web-data-access';

/** The person looking at the operation page. */
export interface PageViewer {
  userId: string;
  agencyId: string;
  roles: readonly Role[];
}

/** What the operation page needs to decide its controls. */
export interface OperationForControls {
  status: OperationStatus;
  viewerIsCoordinator: boolean;
  leadAgency: { id: string };
}

/** A status move offered as a button. */
export interface StatusMove {
  status: OperationStatus;
  label: string;
  /** Suspending and closing must say why. */
  needsReason: boolean;
}

/** Which controls the operation page shows to this viewer. */
export interface OperationControls {
  /** CLOSED: everything is read-only, for everyone. */
  readOnly: boolean;
  /** The create-task form, task editing and reassignment. */
  canManageTasks: boolean;
  /** "Edit operation". */
  canEdit: boolean;
  /** Status buttons (empty when none). */
  statusMoves: StatusMove[];
  /** Invite, withdraw, remove agencies, appoint and stand down co-coordinators. */
  canManageAgencies: boolean;
  /** "Leave this operation" for the viewer's own (non-lead) agency. */
  canLeave: boolean;
}

/**
 * The message id (catalogue `operation`) of a status move's button label: "Activate", "Reactivate", "Suspend",
 * "Close"; a status this client does not know yet comes back as it is.
 */
export function statusMoveLabel(from: OperationStatus, to: OperationStatus): string {
  switch (to) {
    case 'ACTIVE':
      return from === 'SUSPENDED' ? messageId('lifecycle.move.reactivate') : messageId('lifecycle.move.activate');
    case 'SUSPENDED':
      return messageId('lifecycle.move.suspend');
    case 'CLOSED':
      return messageId('lifecycle.move.close');
    default:
      return to;
  }
}

/**
 * The controls for a viewer: coordinators of an open operation manage tasks, edit it, move its status (the moves
 * the lifecycle allows) and manage its agencies; coordinators and agency admins of a participating agency other
 * than the lead may take their agency out. A CLOSED operation offers nothing to anyone.
 */
export function operationControls(operation: OperationForControls, viewer: PageViewer | null): OperationControls {
  const open = isOperationWritable(operation.status);
  const coordinates = open && operation.viewerIsCoordinator;
  return {
    readOnly: !open,
    canManageTasks: coordinates,
    canEdit: coordinates,
    statusMoves: coordinates
      ? nextOperationStatuses(operation.status).map((status) => ({
          status,
          label: statusMoveLabel(operation.status, status),
          needsReason: operationTransitionNeedsReason(status),
        }))
      : [],
    canManageAgencies: coordinates,
    canLeave: open && !!viewer && viewer.agencyId !== operation.leadAgency.id && speaksForAgency(viewer, viewer.agencyId),
  };
}

/** Agencies that may be invited: not taking part and without a pending invitation, by acronym. */
export function invitableAgencies(
  directory: readonly AgencySummary[],
  participants: readonly Pick<OperationParticipantData, 'agency'>[],
  invitations: readonly Pick<OperationInvitationSummary, 'status' | 'agency'>[],
): AgencySummary[] {
  const taken = new Set([
    ...participants.map((p) => p.agency.id),
    ...invitations.filter((i) => i.status === 'PENDING').map((i) => i.agency.id),
  ]);
  return directory.filter((agency) => !taken.has(agency.id)).sort((a, b) => a.acronym.localeCompare(b.acronym, 'en'));
}

/** People of an agency who may be appointed co-coordinator: holding COORDINATOR and not coordinating already. */
export function appointablePeople(people: readonly AssignableUser[], coordinatorIds: readonly string[]): AssignableUser[] {
  return people.filter((person) => person.roles.includes('COORDINATOR') && !coordinatorIds.includes(person.id));
}

const ACTION_WORDS: Record<OperationEventAction, string> = {
  CREATED: messageId('history.action.created'),
  STATUS_CHANGED: messageId('history.action.statusChanged'),
  EDITED: messageId('history.action.edited'),
  PERIOD_EXTENDED: messageId('history.action.periodExtended'),
  AGENCY_INVITED: messageId('history.action.agencyInvited'),
  INVITATION_ACCEPTED: messageId('history.action.invitationAccepted'),
  INVITATION_DECLINED: messageId('history.action.invitationDeclined'),
  INVITATION_WITHDRAWN: messageId('history.action.invitationWithdrawn'),
  AGENCY_LEFT: messageId('history.action.agencyLeft'),
  AGENCY_REMOVED: messageId('history.action.agencyRemoved'),
  COORDINATOR_APPOINTED: messageId('history.action.coordinatorAppointed'),
  COORDINATOR_STOOD_DOWN: messageId('history.action.coordinatorStoodDown'),
  EVALUATION_FINALISED: messageId('history.action.evaluationFinalised'),
  EVALUATION_REOPENED: messageId('history.action.evaluationReopened'),
};

export type { Translate } from '@taskforce/web-ui';

/**
 * One history entry in words, in the active language (`translate` is Lingui's `_`, ids of catalogue `operation`):
 * who ("Anna de Vries (NL-POL)" or "The system"), what (the action, then the server's detail, which stays as the
 * server wrote it, statuses with their labels) and why (the reason given, if any).
 */
export function describeHistoryEntry(
  event: OperationEventData,
  statusLabel: (status: string) => string,
  translate: Translate,
): { who: string; what: string; why: string | null } {
  const who = event.actor
    ? translate(messageId('history.actor'), { name: event.actor.displayName, agency: event.actor.agency.acronym })
    : translate(messageId('history.system'));
  const actionId = ACTION_WORDS[event.action];
  const action = actionId ? translate(actionId) : event.action;
  let what: string;
  if (event.action === 'STATUS_CHANGED' && event.fromStatus && event.toStatus) {
    what = translate(messageId('history.withDetail'), { action, detail: `${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}` });
  } else if (event.action === 'CREATED') {
    what = action;
  } else if (event.action === 'PERIOD_EXTENDED' && event.detail) {
    // The server writes "period extended: ends A → B"; the action already says the first half.
    what = translate(messageId('history.withDetail'), { action, detail: event.detail.replace(/^period extended:\s*/i, '') });
  } else {
    what = event.detail ? translate(messageId('history.withDetail'), { action, detail: event.detail }) : action;
  }
  return { who, what, why: event.reason?.trim() || null };
}
