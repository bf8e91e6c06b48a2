import { useApolloClient } from '@apollo/client/react';
import {
  ACKNOWLEDGE_TASK_MUTATION,
  apiErrorCode,
  describeApiError,
  MARK_NOTIFICATION_READ_MUTATION,
  MY_TASKS_QUERY,
  NOTIFICATION_DIGEST_QUERY,
  NOTIFICATIONS_QUERY,
  OPERATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
  useRealtimeEvent,
  useRealtimeReconnect,
  useViewer,
  type NotificationEvent,
} from '@taskforce/web-data-access';
import { formatMoment, useNavigate, useToast, type ToastAction, type ToastMessage } from '@taskforce/web-ui';
import { useCallback, useEffect, useRef } from 'react';
import { desktopAlertPermission, showDesktopAlert, turnOnDesktopAlerts } from './desktop-alerts';
import { notificationHref, notificationLinkLabel } from './notification-links';
import { acknowledgedToast, acknowledgementRefusal, offersAcknowledgement } from './toast-acknowledgement';

/** How many notifications the bell panel lists. */
export const NOTIFICATION_PANEL_SIZE = 30;

/** How long notifications arriving together are gathered before one refetch of the lists, in ms. */
const GATHER_MS = 60;

/** Offered once per page, after the first urgent notification, while the browser has not been asked yet. */
const DESKTOP_ALERTS_OFFER: ToastMessage = {
  tone: 'info',
  title: 'Get desktop alerts for urgent work',
  body: 'When this tab is in the background, urgent notifications and those for you in person also show on your desktop.',
};

/**
 * Reacts to the socket `notification` event wherever the user is (events arrive de-duplicated by id, so a
 * notification replayed around a reconnection is counted and toasted once): bumps the unread count at once,
 * shows a toast — a distinct, persistent one for urgent notifications, with "Acknowledge" when it asks the person to
 * acknowledge a task — and, while the tab is hidden, a desktop alert for urgent and personal ones (see
 * desktop-alerts.ts), then refetches the notification list, the count, "my tasks" and the operations' task counts (a
 * new task may be ours). The socket payload says whether it is urgent and what it links to (`operationId`, `taskId`,
 * `leadId`, or its type for invitations). After a reconnection the same queries are refetched to catch up on what
 * was missed. The first urgent notification of a page offers to turn desktop alerts on, if the browser was never
 * asked.
 */
export function useLiveNotifications(): void {
  const client = useApolloClient();
  const toast = useToast();
  const navigate = useNavigate();
  const viewer = useViewer();
  const viewerId = viewer?.id ?? null;
  const pending = useRef<NotificationEvent[]>([]);
  const timer = useRef<number | null>(null);
  const offeredDesktopAlerts = useRef(false);

  const refetchAffected = useCallback(() => {
    void client
      .refetchQueries({
        include: [UNREAD_NOTIFICATION_COUNT_QUERY, NOTIFICATIONS_QUERY, NOTIFICATION_DIGEST_QUERY, MY_TASKS_QUERY, OPERATIONS_QUERY],
      })
      .catch(() => undefined);
  }, [client]);

  /** "Acknowledge" on an urgent task's toast: the task's acknowledgement mutation, then the notification is read. */
  const acknowledgeAction = useCallback(
    (event: NotificationEvent, href: string | undefined): ToastAction | undefined => {
      const taskId = event.taskId;
      if (!taskId || !offersAcknowledgement(event)) return undefined;
      return {
        label: 'Acknowledge',
        labelDetail: event.title,
        testId: 'toast-acknowledge',
        run: async () => {
          let result;
          try {
            result = await client.mutate({ mutation: ACKNOWLEDGE_TASK_MUTATION, variables: { taskId } });
          } catch (caught: unknown) {
            const fallback = describeApiError(caught, 'The acknowledgement could not be sent. Please try again.');
            throw new Error(acknowledgementRefusal(apiErrorCode(caught), fallback));
          }
          void client
            .mutate({ mutation: MARK_NOTIFICATION_READ_MUTATION, variables: { id: event.id }, refetchQueries: [UNREAD_NOTIFICATION_COUNT_QUERY, NOTIFICATIONS_QUERY] })
            .catch(() => undefined);
          void client.refetchQueries({ include: [MY_TASKS_QUERY] }).catch(() => undefined);
          const task = result.data?.acknowledgeTask;
          return task ? acknowledgedToast(task, viewerId ?? '', (iso) => formatMoment(iso), href) : null;
        },
      };
    },
    [client, viewerId],
  );

  const offerDesktopAlerts = useCallback(() => {
    if (offeredDesktopAlerts.current || desktopAlertPermission() !== 'default') return;
    offeredDesktopAlerts.current = true;
    toast.show({
      ...DESKTOP_ALERTS_OFFER,
      action: {
        label: 'Turn on desktop alerts',
        testId: 'offer-desktop-alerts',
        run: async () =>
          (await turnOnDesktopAlerts()) === 'granted'
            ? { tone: 'success', title: 'Desktop alerts are on', body: 'Turn them off under the bell.' }
            : { tone: 'info', title: 'Desktop alerts stay off', body: "You can turn them on under the bell once your browser's site settings allow it." },
      },
    });
  }, [toast]);

  const showToast = useCallback(
    (event: NotificationEvent, urgent: boolean) => {
      const href = notificationHref(event);
      toast.show({
        title: event.title,
        body: event.body,
        tone: urgent ? 'urgent' : 'info',
        href,
        hrefLabel: notificationLinkLabel(event),
        action: acknowledgeAction(event, href),
      });
      showDesktopAlert(event, () => {
        if (href) void navigate(href);
      });
      if (urgent) offerDesktopAlerts();
    },
    [toast, navigate, acknowledgeAction, offerDesktopAlerts],
  );

  const flush = useCallback(() => {
    timer.current = null;
    const events = pending.current;
    pending.current = [];
    if (events.length === 0) return;
    for (const event of events) {
      showToast(event, event.urgent);
    }
    refetchAffected();
  }, [showToast, refetchAffected]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  useRealtimeEvent('notification', (event: NotificationEvent) => {
    client.cache.updateQuery({ query: UNREAD_NOTIFICATION_COUNT_QUERY }, (data) =>
      data ? { unreadNotificationCount: data.unreadNotificationCount + 1 } : data,
    );
    pending.current.push(event);
    if (timer.current === null) timer.current = window.setTimeout(flush, GATHER_MS);
  });

  useRealtimeReconnect(refetchAffected);
}
