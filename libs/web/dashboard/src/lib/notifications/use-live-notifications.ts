import { useApolloClient } from '@apollo/client/react';
import {
  MY_TASKS_QUERY,
  NOTIFICATION_DIGEST_QUERY,
  NOTIFICATIONS_QUERY,
  OPERATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
  useRealtimeEvent,
  useRealtimeReconnect,
  type NotificationEvent,
} from '@taskforce/web-data-access';
import { useToast } from '@taskforce/web-ui';
import { useCallback, useEffect, useRef } from 'react';
import { notificationHref, notificationLinkLabel } from './notification-links';

/** How many notifications the bell panel lists. */
export const NOTIFICATION_PANEL_SIZE = 30;

/** How long notifications arriving together are gathered before one refetch of the lists, in ms. */
const GATHER_MS = 60;

/**
 * Reacts to the socket `notification` event wherever the user is (events arrive de-duplicated by id, so a
 * notification replayed around a reconnection is counted and toasted once): bumps the unread count at once,
 * shows a toast — a distinct, persistent one for urgent notifications — and refetches the notification list,
 * the count, "my tasks" and the operations' task counts (a new task may be ours). The socket payload says
 * whether it is urgent and what it links to (`operationId`, `taskId`, `leadId`, or its type for invitations).
 * After a reconnection the same queries are refetched to catch up on what was missed.
 */
export function useLiveNotifications(): void {
  const client = useApolloClient();
  const toast = useToast();
  const pending = useRef<NotificationEvent[]>([]);
  const timer = useRef<number | null>(null);

  const refetchAffected = useCallback(() => {
    void client
      .refetchQueries({
        include: [UNREAD_NOTIFICATION_COUNT_QUERY, NOTIFICATIONS_QUERY, NOTIFICATION_DIGEST_QUERY, MY_TASKS_QUERY, OPERATIONS_QUERY],
      })
      .catch(() => undefined);
  }, [client]);

  const showToast = useCallback(
    (event: NotificationEvent, urgent: boolean) => {
      toast.show({
        title: event.title,
        body: event.body,
        tone: urgent ? 'urgent' : 'info',
        href: notificationHref(event),
        hrefLabel: notificationLinkLabel(event),
      });
    },
    [toast],
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
