import { useApolloClient } from '@apollo/client/react';
import {
  MY_TASKS_QUERY,
  NOTIFICATIONS_QUERY,
  OPERATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
  useRealtimeEvent,
  useRealtimeReconnect,
  type NotificationEvent,
} from '@taskforce/web-data-access';
import { useToast } from '@taskforce/web-ui';
import { useCallback } from 'react';
import { notificationHref } from './notification-links';

/**
 * Reacts to the socket `notification` event wherever the user is: bumps the unread count at once, shows a
 * toast, and refetches the notification list, the count, "my tasks" and the operations' task counts (a new
 * task may be ours). After a reconnection the same queries are refetched to catch up on what was missed.
 */
export function useLiveNotifications(): void {
  const client = useApolloClient();
  const toast = useToast();

  const refetchAffected = useCallback(() => {
    void client
      .refetchQueries({ include: [UNREAD_NOTIFICATION_COUNT_QUERY, NOTIFICATIONS_QUERY, MY_TASKS_QUERY, OPERATIONS_QUERY] })
      .catch(() => undefined);
  }, [client]);

  useRealtimeEvent('notification', (event: NotificationEvent) => {
    client.cache.updateQuery({ query: UNREAD_NOTIFICATION_COUNT_QUERY }, (data) =>
      data ? { unreadNotificationCount: data.unreadNotificationCount + 1 } : data,
    );
    toast.show({
      title: event.title,
      body: event.body,
      href: notificationHref(event),
      hrefLabel: event.taskId ? 'Open task' : 'Open joint operation',
    });
    refetchAffected();
  });

  useRealtimeReconnect(refetchAffected);
}
