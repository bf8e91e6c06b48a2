import { NotificationType } from '@taskforce/domain';

/** Notification types about leads: the screens of this library refetch when one of them arrives. */
export const LEAD_NOTIFICATION_TYPES: ReadonlySet<string> = new Set<string>([
  NotificationType.LEAD_SHARED,
  NotificationType.LEAD_APPROVAL_REQUESTED,
  NotificationType.LEAD_APPROVAL_DECIDED,
  NotificationType.LEAD_SHARE_LAPSED,
]);

/** True for a notification about a lead (shared, approval requested, approval decided). */
export function isLeadNotification(type: string): boolean {
  return LEAD_NOTIFICATION_TYPES.has(type);
}

/**
 * The server's redaction notice ("removed: victim personal data — rule NL-2") as a heading, capitalised; null when
 * the server gave none (the screen then writes its own heading).
 */
export function noticeHeading(notice: string): string | null {
  const text = notice.trim();
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : null;
}
