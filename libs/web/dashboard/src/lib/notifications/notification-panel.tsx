import { useMutation, useQuery } from '@apollo/client/react';
import {
  describeApiError,
  MARK_ALL_NOTIFICATIONS_READ_MUTATION,
  MARK_NOTIFICATION_READ_MUTATION,
  NOTIFICATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
  type NotificationData,
} from '@taskforce/web-data-access';
import { Alert, Button, EmptyState, LoadingState } from '@taskforce/web-ui';
import { useState } from 'react';
import { NotificationItem } from './notification-item';

const PANEL_SIZE = 30;

interface NotificationPanelProps {
  id: string;
  unreadCount: number;
  /** Called after the person followed a link in the panel. */
  onNavigate: () => void;
}

/** The list of recent notifications under the bell, with "mark as read" and "mark all as read". */
export function NotificationPanel({ id, unreadCount, onNavigate }: NotificationPanelProps) {
  const { data, loading, error } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { take: PANEL_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [UNREAD_NOTIFICATION_COUNT_QUERY, NOTIFICATIONS_QUERY];
  const [markRead] = useMutation(MARK_NOTIFICATION_READ_MUTATION, { refetchQueries });
  const [markAllRead, markAll] = useMutation(MARK_ALL_NOTIFICATIONS_READ_MUTATION, { refetchQueries });
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const onMarkRead = async (notificationId: string) => {
    setPendingId(notificationId);
    setActionError(null);
    try {
      await markRead({ variables: { id: notificationId } });
    } catch (caught: unknown) {
      setActionError(describeApiError(caught));
    } finally {
      setPendingId(null);
    }
  };

  const onMarkAllRead = async () => {
    setActionError(null);
    try {
      await markAllRead();
    } catch (caught: unknown) {
      setActionError(describeApiError(caught));
    }
  };

  const onOpen = (notification: NotificationData) => {
    if (!notification.readAt) void markRead({ variables: { id: notification.id } }).catch(() => undefined);
    onNavigate();
  };

  const notifications = data?.notifications ?? [];
  return (
    <div className="tf-popover tf-notification-panel" id={id} role="region" aria-label="Notifications" data-testid="notification-panel">
      <div className="tf-popover__header">
        <h2 className="tf-popover__title">Notifications</h2>
        <Button
          size="sm"
          variant="ghost"
          onClick={onMarkAllRead}
          busy={markAll.loading}
          disabled={unreadCount === 0}
          data-testid="mark-all-read"
        >
          Mark all as read
        </Button>
      </div>
      {actionError && <Alert>{actionError}</Alert>}
      {error && !data && <Alert>{describeApiError(error, 'Notifications cannot be loaded right now.')}</Alert>}
      {loading && !data && <LoadingState label="Loading notifications…" />}
      {data && notifications.length === 0 && <EmptyState>No notifications yet.</EmptyState>}
      {notifications.length > 0 && (
        <ul className="tf-notification-list">
          {notifications.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onMarkRead={onMarkRead}
              onOpen={onOpen}
              busy={pendingId === notification.id}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
