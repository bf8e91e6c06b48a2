import { NotificationType } from '@taskforce/domain';
import { messageId } from '../i18n/messages';
import { formatDateTime } from './dates';
import { OPERATION_STATUS_LABEL_IDS, TASK_STATUS_LABEL_IDS } from './labels';
import type { Translate } from '../i18n/messages';

/** A notification as the API lists it and the socket pushes it: its type, its English text and the values behind it. */
export interface NotificationTextSource {
  type: string;
  title: string;
  body: string | null;
  textValues?: ReadonlyArray<{ name: string; value: string }> | null;
}


/** Title message ids (catalogue `shell`) by notification type; their placeholders are the API's `textValues`. */
const TITLE_IDS: Readonly<Record<string, string>> = {
  [NotificationType.TASK_ASSIGNED_TO_AGENCY]: messageId('notificationText.taskAssignedToAgency'),
  [NotificationType.TASK_ASSIGNED_TO_YOU]: messageId('notificationText.taskAssignedToYou'),
  [NotificationType.TASK_STATUS_CHANGED]: messageId('notificationText.taskStatusChanged'),
  [NotificationType.TASK_COMMENTED]: messageId('notificationText.taskCommented'),
  [NotificationType.TASK_ACKNOWLEDGED]: messageId('notificationText.taskAcknowledged'),
  [NotificationType.TASK_ESCALATED]: messageId('notificationText.taskEscalated'),
  [NotificationType.TASK_REASSIGNED_AWAY]: messageId('notificationText.taskReassignedAway'),
  [NotificationType.OPERATION_INVITATION_RECEIVED]: messageId('notificationText.operationInvitationReceived'),
  [NotificationType.OPERATION_INVITATION_ANSWERED]: messageId('notificationText.operationInvitationAnswered'),
  [NotificationType.OPERATION_INVITATION_WITHDRAWN]: messageId('notificationText.operationInvitationWithdrawn'),
  [NotificationType.OPERATION_STATUS_CHANGED]: messageId('notificationText.operationStatusChanged'),
  [NotificationType.OPERATION_AGENCY_LEFT]: messageId('notificationText.operationAgencyLeft'),
  [NotificationType.OPERATION_MENTION]: messageId('notificationText.operationMention'),
  [NotificationType.INFORMATION_REQUEST_RECEIVED]: messageId('notificationText.informationRequestReceived'),
  [NotificationType.INFORMATION_REQUEST_ACKNOWLEDGED]: messageId('notificationText.informationRequestAcknowledged'),
  [NotificationType.INFORMATION_REQUEST_ANSWERED]: messageId('notificationText.informationRequestAnswered'),
  [NotificationType.INFORMATION_REQUEST_ESCALATED]: messageId('notificationText.informationRequestEscalated'),
  [NotificationType.SELECTOR_QUERIED]: messageId('notificationText.selectorQueried'),
  [NotificationType.DECONFLICTION_CONTACT_PROPOSED]: messageId('notificationText.deconflictionContactProposed'),
  [NotificationType.DECONFLICTION_LEAD_REQUESTED]: messageId('notificationText.deconflictionLeadRequested'),
  [NotificationType.DECONFLICTION_LEAD_REQUEST_DECIDED]: messageId('notificationText.deconflictionLeadRequestDecided'),
};

/** Lead notifications say only that a lead needs attention (never which, in the text): no values needed. */
const LEAD_ATTENTION_TYPES: ReadonlySet<string> = new Set([
  NotificationType.LEAD_SHARED,
  NotificationType.LEAD_APPROVAL_REQUESTED,
  NotificationType.LEAD_APPROVAL_DECIDED,
  NotificationType.LEAD_SHARE_LAPSED,
]);

/**
 * A notification's title and body in the shown language, written from its type and `textValues` (status codes shown
 * by their labels, `dueAt` (ISO 8601, UTC) as a local date and time). A notification without values (stored before
 * they were kept) or of a type this client cannot write keeps the API's English text. A body the API took from what
 * a person typed (a reason) is shown as it was typed.
 */
export function notificationText(_: Translate, n: NotificationTextSource): { title: string; body: string | null } {
  if (LEAD_ATTENTION_TYPES.has(n.type)) return { title: _(messageId('notificationText.leadAttention')), body: n.body };
  const titleId = TITLE_IDS[n.type];
  const given = n.textValues ?? [];
  if (!titleId || given.length === 0) return { title: n.title, body: n.body };
  const values: Record<string, string> = Object.fromEntries(given.map((v) => [v.name, v.value]));
  const statusIds = n.type === NotificationType.OPERATION_STATUS_CHANGED ? OPERATION_STATUS_LABEL_IDS : TASK_STATUS_LABEL_IDS;
  for (const key of ['fromStatus', 'toStatus']) {
    const id = values[key] !== undefined ? statusIds[values[key]] : undefined;
    if (id) values[key] = _(id);
  }
  const shown = {
    ...values,
    due: values['dueAt'] ? formatDateTime(values['dueAt']) : '',
    hasDue: values['dueAt'] ? 'yes' : 'no',
    hasAgency: values['agency'] ? 'yes' : 'no',
  };
  return { title: _(titleId, shown), body: notificationBody(_, n, shown) };
}

/** The bodies the API writes from values (priority, a closed operation, open tasks to reassign); others as given. */
function notificationBody(_: Translate, n: NotificationTextSource, values: Record<string, string>): string | null {
  switch (n.type) {
    case NotificationType.TASK_ASSIGNED_TO_AGENCY:
    case NotificationType.TASK_ASSIGNED_TO_YOU:
      return values['priority'] ? _(messageId('notificationText.priorityBody'), values) : n.body;
    case NotificationType.OPERATION_INVITATION_WITHDRAWN:
      return values['cause'] === 'OPERATION_CLOSED' ? _(messageId('notificationText.operationClosedBody')) : n.body;
    case NotificationType.OPERATION_AGENCY_LEFT:
      return Number(values['openTasks']) > 0 ? _(messageId('notificationText.openTasksBody'), { ...values, openTasks: Number(values['openTasks']) }) : n.body;
    case NotificationType.SELECTOR_QUERIED:
      return values['case'] ? _(messageId('notificationText.selectorQueriedBody'), values) : n.body;
    case NotificationType.DECONFLICTION_LEAD_REQUESTED:
      return values['case'] ? _(messageId('notificationText.deconflictionLeadRequestedBody'), values) : n.body;
    default:
      return n.body;
  }
}
