import { useApolloClient } from '@apollo/client/react';
import {
  ACKNOWLEDGE_TASK_MUTATION,
  apiErrorCode,
  apiErrorParts,
  apiErrorText,
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
import { formatMoment, messageId, notificationText, useLingui, useNavigate, useToast, type ToastAction } from '@taskforce/web-ui';
import { useCallback, useEffect, useRef } from 'react';
import { desktopAlertPermission, showDesktopAlert, turnOnDesktopAlerts } from './desktop-alerts';
import { notificationHref, notificationLinkLabel } from './notification-links';
import { acknowledgedToast, acknowledgementRefusal, offersAcknowledgement } from './toast-acknowledgement';

/** How many notifications the bell panel lists. */
export const NOTIFICATION_PANEL_SIZE = 30;

/** How long notifications arriving together are gathered before one refetch of the lists, in ms. */
const GATHER_MS = 60;

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
  // Texts are written when a toast is shown, in the language shown then.
  const { i18n } = useLingui();
  const _ = useCallback((id: string, values?: Record<string, unknown>) => i18n._(id, values), [i18n]);

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
        label: _('toast.acknowledge'),
        labelDetail: notificationText(_, event).title,
        testId: 'toast-acknowledge',
        run: async () => {
          let result;
          try {
            result = await client.mutate({ mutation: ACKNOWLEDGE_TASK_MUTATION, variables: { taskId } });
          } catch (caught: unknown) {
            const refusal = acknowledgementRefusal(apiErrorCode(caught));
            throw new Error(refusal ? _(refusal) : apiErrorText(_, apiErrorParts(caught), messageId('toast.acknowledgeFailed')));
          }
          void client
            .mutate({ mutation: MARK_NOTIFICATION_READ_MUTATION, variables: { id: event.id }, refetchQueries: [UNREAD_NOTIFICATION_COUNT_QUERY, NOTIFICATIONS_QUERY] })
            .catch(() => undefined);
          void client.refetchQueries({ include: [MY_TASKS_QUERY] }).catch(() => undefined);
          const task = result.data?.acknowledgeTask;
          if (!task) return null;
          const text = acknowledgedToast(task, viewerId ?? '', (iso) => formatMoment(iso));
          return { tone: text.tone, title: _(text.title.id, text.title.values), body: _(text.body.id, text.body.values), href, hrefLabel: _('notification.openTask') };
        },
      };
    },
    [client, viewerId, _],
  );

  const offerDesktopAlerts = useCallback(() => {
    if (offeredDesktopAlerts.current || desktopAlertPermission() !== 'default') return;
    offeredDesktopAlerts.current = true;
    // Offered once per page, after the first urgent notification, while the browser has not been asked yet.
    toast.show({
      tone: 'info',
      title: _('desktopAlerts.offerTitle'),
      body: _('desktopAlerts.offerBody'),
      action: {
        label: _('desktopAlerts.turnOn'),
        testId: 'offer-desktop-alerts',
        run: async () =>
          (await turnOnDesktopAlerts()) === 'granted'
            ? { tone: 'success', title: _('desktopAlerts.onTitle'), body: _('desktopAlerts.onBody') }
            : { tone: 'info', title: _('desktopAlerts.offTitle'), body: _('desktopAlerts.offBody') },
      },
    });
  }, [toast, _]);

  const showToast = useCallback(
    (event: NotificationEvent, urgent: boolean) => {
      const href = notificationHref(event);
      const text = notificationText(_, event);
      toast.show({
        title: text.title,
        body: text.body,
        tone: urgent ? 'urgent' : 'info',
        href,
        hrefLabel: _(notificationLinkLabel(event)),
        action: acknowledgeAction(event, href),
      });
      showDesktopAlert({ ...event, ...text }, _, () => {
        if (href) void navigate(href);
      });
      if (urgent) offerDesktopAlerts();
    },
    [toast, navigate, acknowledgeAction, offerDesktopAlerts, _],
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
