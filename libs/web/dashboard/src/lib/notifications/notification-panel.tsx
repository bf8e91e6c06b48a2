import { useMutation, useQuery } from '@apollo/client/react';
import {
  apiErrorParts,
  apiErrorText,
  MARK_ALL_NOTIFICATIONS_READ_MUTATION,
  MARK_NOTIFICATION_READ_MUTATION,
  NOTIFICATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
  type NotificationData,
} from '@taskforce/web-data-access';
import { Alert, Button, EmptyState, Link, LoadingState, messageId, pathTo, useLingui } from '@taskforce/web-ui';
import { useRef, useState } from 'react';
import { DesktopAlertsControl } from './desktop-alerts-control';
import { NotificationDigestList } from './notification-digest';
import { NotificationItem } from './notification-item';
import { NOTIFICATION_PANEL_SIZE } from './use-live-notifications';

interface NotificationPanelProps {
  id: string;
  unreadCount: number;
  /** Called after the person followed a link in the panel. */
  onNavigate: () => void;
}

/** The first thing to focus in a notification item: its "mark as read" button, else its link, else the item. */
function focusTargetIn(item: Element): HTMLElement | null {
  return (
    item.querySelector<HTMLElement>('[data-testid="mark-read"]:not(:disabled)') ??
    item.querySelector<HTMLElement>('a[href]') ??
    (item instanceof HTMLElement ? item : null)
  );
}

/**
 * The list of recent notifications under the bell, with "mark as read" and "mark all as read", what was held back
 * (muted, quiet hours) in the last 24 hours, and the switch for desktop alerts. The "mark as read" button
 * disappears once the notification is read, so focus then moves to the next notification (or the previous one, or
 * the panel heading) rather than falling back to the page.
 */
export function NotificationPanel({ id, unreadCount, onNavigate }: NotificationPanelProps) {
  const { data, loading, error } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { take: NOTIFICATION_PANEL_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [UNREAD_NOTIFICATION_COUNT_QUERY, NOTIFICATIONS_QUERY];
  const [markRead] = useMutation(MARK_NOTIFICATION_READ_MUTATION, { refetchQueries });
  const [markAllRead, markAll] = useMutation(MARK_ALL_NOTIFICATIONS_READ_MUTATION, { refetchQueries });
  const [pendingId, setPendingId] = useState<string | null>(null);
  const { _ } = useLingui();
  const [actionError, setActionError] = useState<unknown>(null);
  const [digestOpen, setDigestOpen] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  /** After the DOM has caught up, focuses the item after `notificationId` (or before it, or the heading). */
  const keepFocusNear = (notificationId: string) => {
    window.requestAnimationFrame(() => {
      const items = [...(panelRef.current?.querySelectorAll('[data-testid="notification-item"]') ?? [])];
      const index = items.findIndex((item) => item.getAttribute('data-notification-id') === notificationId);
      const neighbour = index >= 0 ? (items[index + 1] ?? items[index - 1]) : undefined;
      const target = (neighbour && focusTargetIn(neighbour)) ?? headingRef.current;
      target?.focus();
    });
  };

  const onMarkRead = async (notificationId: string) => {
    setPendingId(notificationId);
    setActionError(null);
    try {
      await markRead({ variables: { id: notificationId } });
      keepFocusNear(notificationId);
    } catch (caught: unknown) {
      setActionError(caught);
      window.requestAnimationFrame(() => headingRef.current?.focus());
    } finally {
      setPendingId(null);
    }
  };

  const onMarkAllRead = async () => {
    setActionError(null);
    try {
      await markAllRead();
    } catch (caught: unknown) {
      setActionError(caught);
    }
    // The button is disabled once nothing is unread: keep focus in the panel.
    window.requestAnimationFrame(() => headingRef.current?.focus());
  };

  const onOpen = (notification: NotificationData) => {
    if (!notification.readAt) void markRead({ variables: { id: notification.id } }).catch(() => undefined);
    onNavigate();
  };

  const notifications = data?.notifications ?? [];
  return (
    <div
      ref={panelRef}
      className="tf-popover tf-notification-panel"
      id={id}
      role="region"
      aria-label={_('notifications.title')}
      data-testid="notification-panel"
    >
      <div className="tf-popover__header">
        <h2 className="tf-popover__title" ref={headingRef} tabIndex={-1} data-testid="notification-panel-title">
          {_('notifications.title')}
        </h2>
        <Button
          size="sm"
          variant="ghost"
          onClick={onMarkAllRead}
          busy={markAll.loading}
          disabled={unreadCount === 0}
          data-testid="mark-all-read"
        >
          {_('notifications.markAllRead')}
        </Button>
      </div>
      {actionError !== null && <Alert>{apiErrorText(_, apiErrorParts(actionError))}</Alert>}
      {error && !data && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('notifications.loadFailed'))}</Alert>}
      {loading && !data && <LoadingState label={_('notifications.loading')} />}
      {data && notifications.length === 0 && <EmptyState>{_('notifications.none')}</EmptyState>}
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
      <details
        className="tf-digest-details"
        data-testid="notification-panel-digest"
        onToggle={(event) => setDigestOpen(event.currentTarget.open)}
      >
        <summary>{_('notifications.heldBack')}</summary>
        {digestOpen && <NotificationDigestList onNavigate={onNavigate} compact />}
      </details>
      <DesktopAlertsControl />
      <p className="tf-popover__footer tf-small">
        <Link to={pathTo('notificationSettings')} onClick={onNavigate} data-testid="notification-settings-link-panel">
          {_('page.notificationSettings')}
        </Link>
      </p>
    </div>
  );
}
