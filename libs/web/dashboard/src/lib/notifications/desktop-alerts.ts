import { NotificationType } from '@taskforce/domain';
import { messageId } from '@taskforce/web-ui';

/**
 * Notification types addressed to the person themself (not to their agency or to every coordinator): a task assigned
 * to them, the answer to a share or a request for information they asked for.
 */
export const PERSONAL_NOTIFICATION_TYPES: ReadonlySet<string> = new Set([
  NotificationType.TASK_ASSIGNED_TO_YOU,
  NotificationType.LEAD_APPROVAL_DECIDED,
  NotificationType.INFORMATION_REQUEST_ACKNOWLEDGED,
  NotificationType.INFORMATION_REQUEST_ANSWERED,
]);

/** Where desktop alerts stand in this browser: the Notification API's permission, or `unsupported` without it. */
export type DesktopAlertPermission = 'unsupported' | 'default' | 'granted' | 'denied';

/** What deciding on a desktop alert looks at. */
export interface DesktopAlertContext {
  /** The notification pushed by the server. */
  notification: { type: string; urgent: boolean };
  permission: DesktopAlertPermission;
  /** False when the person turned desktop alerts off in this browser. */
  enabled: boolean;
  /** `document.visibilityState` of this tab. */
  visibility: DocumentVisibilityState;
}

/**
 * Whether a notification also goes to the desktop: an urgent or personal one, while this tab is hidden (a visible
 * tab shows its toast, which is enough), with the browser's permission and not turned off here.
 */
export function shouldAlertOnDesktop({ notification, permission, enabled, visibility }: DesktopAlertContext): boolean {
  if (permission !== 'granted' || !enabled || visibility !== 'hidden') return false;
  return notification.urgent || PERSONAL_NOTIFICATION_TYPES.has(notification.type);
}

/**
 * The desktop alert's title and text: urgent ones say so first (`desktopAlerts.urgentTitle`, translated by
 * `translate`), since the system shows them among other apps'.
 */
export function desktopAlertContent(
  notification: { title: string; body: string | null; urgent: boolean },
  translate: (id: string, values: { title: string }) => string,
): { title: string; body: string } {
  return {
    title: notification.urgent ? translate(messageId('desktopAlerts.urgentTitle'), { title: notification.title }) : notification.title,
    body: notification.body ?? '',
  };
}

const OFF_KEY = 'taskforce.desktopAlerts';

/** The Notification API's permission in this browser. */
export function desktopAlertPermission(): DesktopAlertPermission {
  if (typeof window === 'undefined' || typeof window.Notification !== 'function') return 'unsupported';
  return window.Notification.permission;
}

/** False when the person turned desktop alerts off in this browser (kept in localStorage); true by default. */
export function desktopAlertsEnabled(): boolean {
  try {
    return window.localStorage.getItem(OFF_KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Turns desktop alerts on or off in this browser (the browser's permission is left as it is). */
export function setDesktopAlertsEnabled(enabled: boolean): void {
  try {
    if (enabled) window.localStorage.removeItem(OFF_KEY);
    else window.localStorage.setItem(OFF_KEY, 'off');
  } catch {
    // Storage refused (private mode): the choice lasts for this page only through the caller's state.
  }
}

/**
 * Asks the browser for permission to show desktop alerts (call it from a click: browsers ignore or hide requests
 * made without one) and turns them on here; resolves to the permission the person gave.
 */
export async function turnOnDesktopAlerts(): Promise<DesktopAlertPermission> {
  const current = desktopAlertPermission();
  if (current === 'unsupported' || current === 'denied') return current;
  const permission = current === 'granted' ? current : await window.Notification.requestPermission();
  if (permission === 'granted') setDesktopAlertsEnabled(true);
  return permission;
}

/** A pushed notification as far as its desktop alert goes. */
export interface DesktopAlertNotification {
  id: string;
  type: string;
  title: string;
  body: string | null;
  urgent: boolean;
}

/**
 * Shows a desktop alert for `notification` when `shouldAlertOnDesktop` says so. Clicking it brings this tab to the
 * front and calls `onOpen` (to open what it is about). The tag is the notification's id, so several tabs of the same
 * person show it once. Returns true when an alert was shown.
 */
export function showDesktopAlert(notification: DesktopAlertNotification, translate: (id: string, values: { title: string }) => string, onOpen: () => void): boolean {
  const context: DesktopAlertContext = {
    notification,
    permission: desktopAlertPermission(),
    enabled: desktopAlertsEnabled(),
    visibility: document.visibilityState,
  };
  if (!shouldAlertOnDesktop(context)) return false;
  const { title, body } = desktopAlertContent(notification, translate);
  try {
    const alert = new window.Notification(title, {
      body,
      tag: `taskforce-notification-${notification.id}`,
      requireInteraction: notification.urgent,
    });
    alert.onclick = () => {
      window.focus();
      alert.close();
      onOpen();
    };
    return true;
  } catch {
    // Some mobile browsers allow alerts only from a service worker: the toast and the tab title still tell.
    return false;
  }
}
