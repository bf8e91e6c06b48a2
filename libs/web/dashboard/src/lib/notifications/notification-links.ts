import { messageId, pathTo } from '@taskforce/web-ui';
import { NotificationType } from '@taskforce/domain';

/** What a notification points to: its structured links and its type (never a path read out of its text). */
export interface NotificationTarget {
  type?: NotificationType | string;
  operationId: string | null;
  taskId: string | null;
  leadId?: string | null;
}

/** Invitation notifications go to the invited agency's list: it does not see the operation before accepting. */
const INVITATION_TYPES: ReadonlySet<string> = new Set([NotificationType.OPERATION_INVITATION_RECEIVED, NotificationType.OPERATION_INVITATION_WITHDRAWN]);

/**
 * The in-app address a notification points to: the task's detail on its operation board, the board, the lead, or
 * the invitations list; undefined when it points nowhere.
 */
export function notificationHref(target: NotificationTarget): string | undefined {
  if (target.operationId) {
    const board = pathTo('operation', { id: target.operationId });
    return target.taskId ? `${board}?task=${encodeURIComponent(target.taskId)}` : board;
  }
  if (target.leadId) return pathTo('lead', { id: target.leadId });
  if (target.type && INVITATION_TYPES.has(target.type)) return pathTo('invitations');
  return undefined;
}

/** Message id (`shell` catalogue) of the label of the link to a notification's subject. */
export function notificationLinkLabel(target: NotificationTarget): string {
  if (target.taskId) return messageId('notification.openTask');
  if (target.operationId) return messageId('notification.openOperation');
  if (target.leadId) return messageId('notification.openLead');
  return messageId('notification.openInvitations');
}
