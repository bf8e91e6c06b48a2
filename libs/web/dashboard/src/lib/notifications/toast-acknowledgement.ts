import { NotificationType } from '@taskforce/domain';
import { messageId, type MessageRef } from '@taskforce/web-ui';

/** Notifications that ask their recipient to acknowledge the task: to the assignee agency's liaison officers or the assignee. */
const ASKS_FOR_ACKNOWLEDGEMENT: ReadonlySet<string> = new Set([NotificationType.TASK_ASSIGNED_TO_AGENCY, NotificationType.TASK_ASSIGNED_TO_YOU]);

/**
 * Whether the toast of a pushed notification offers "Acknowledge": an urgent task assigned to the person's agency or
 * to them (the server checks again who may acknowledge).
 */
export function offersAcknowledgement(notification: { type: string; urgent: boolean; taskId: string | null }): boolean {
  return notification.urgent && notification.taskId !== null && ASKS_FOR_ACKNOWLEDGEMENT.has(notification.type);
}

/** A task as the acknowledgement mutation answers it. */
export interface AcknowledgedTask {
  title: string;
  /** ISO 8601 (UTC). */
  acknowledgedAt: string | null;
  acknowledgedBy: { id: string; displayName: string; agency: { acronym: string } } | null;
}

/** The texts of the toast that replaces the urgent one, as messages to translate (`shell` catalogue). */
export interface AcknowledgedToastText {
  tone: 'success' | 'info';
  title: MessageRef;
  body: MessageRef;
}

/**
 * The toast that replaces the urgent one once the acknowledgement went through: who acknowledged and when — the
 * person, or a colleague who was quicker (the first acknowledgement is kept). `formatMoment` renders an instant
 * ("15:04"); the time is left out when the server gave none.
 */
export function acknowledgedToast(task: AcknowledgedTask, viewerId: string, formatMoment: (iso: string) => string): AcknowledgedToastText {
  const at = task.acknowledgedAt ? formatMoment(task.acknowledgedAt) : null;
  const by = task.acknowledgedBy;
  if (by && by.id !== viewerId) {
    return {
      tone: 'info',
      title: { id: messageId('toast.alreadyAcknowledged'), values: { task: task.title } },
      body: at
        ? { id: messageId('toast.acknowledgedByAt'), values: { name: by.displayName, agency: by.agency.acronym, time: at } }
        : { id: messageId('toast.acknowledgedBy'), values: { name: by.displayName, agency: by.agency.acronym } },
    };
  }
  return {
    tone: 'success',
    title: { id: messageId('toast.acknowledged'), values: { task: task.title } },
    body: at ? { id: messageId('toast.youAcknowledgedAt'), values: { time: at } } : { id: messageId('toast.youAcknowledged') },
  };
}

/** The message id for a refused acknowledgement: FORBIDDEN names who may acknowledge; otherwise undefined. */
export function acknowledgementRefusal(code: string | undefined): string | undefined {
  return code === 'FORBIDDEN' ? messageId('toast.acknowledgeForbidden') : undefined;
}
