import { NotificationType } from '@taskforce/domain';
import type { ToastMessage } from '@taskforce/web-ui';

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

/**
 * The toast that replaces the urgent one once the acknowledgement went through: who acknowledged and when — the
 * person, or a colleague who was quicker (the first acknowledgement is kept). `formatMoment` renders an instant
 * ("15:04"); `href` links to the task.
 */
export function acknowledgedToast(task: AcknowledgedTask, viewerId: string, formatMoment: (iso: string) => string, href?: string): ToastMessage {
  const at = task.acknowledgedAt ? ` at ${formatMoment(task.acknowledgedAt)}` : '';
  const by = task.acknowledgedBy;
  if (by && by.id !== viewerId) {
    return {
      tone: 'info',
      title: `Already acknowledged: ${task.title}`,
      body: `${by.displayName} (${by.agency.acronym}) acknowledged it${at}.`,
      href,
      hrefLabel: 'Open task',
    };
  }
  return { tone: 'success', title: `Acknowledged: ${task.title}`, body: `You acknowledged it${at}.`, href, hrefLabel: 'Open task' };
}

/** What to say when the acknowledgement was refused: FORBIDDEN names who may acknowledge; otherwise `fallback`. */
export function acknowledgementRefusal(code: string | undefined, fallback: string): string {
  return code === 'FORBIDDEN'
    ? 'Not allowed: only the liaison officers of the assignee agency or the assigned person acknowledge this task.'
    : fallback;
}
