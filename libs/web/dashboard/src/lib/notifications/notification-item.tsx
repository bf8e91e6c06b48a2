import type { NotificationData } from '@taskforce/web-data-access';
import { Badge, Button, classNames, formatDateTime, labelFrom, Link, NOTIFICATION_TYPE_LABEL_IDS, notificationText, useLingui } from '@taskforce/web-ui';
import { notificationHref } from './notification-links';

interface NotificationItemProps {
  notification: NotificationData;
  /** Absent for read-only lists (the digest). */
  onMarkRead?: (id: string) => void;
  onOpen: (notification: NotificationData) => void;
  busy?: boolean;
}

/** One notification in the bell panel: what happened, when, a link to it and a "mark as read" button. */
export function NotificationItem({ notification, onMarkRead, onOpen, busy = false }: NotificationItemProps) {
  const { _ } = useLingui();
  const unread = !notification.readAt;
  const href = notificationHref(notification);
  const text = notificationText(_, notification);
  return (
    <li
      className={classNames('tf-notification', unread && 'tf-notification--unread', notification.urgent && 'tf-notification--urgent')}
      data-testid="notification-item"
      data-notification-id={notification.id}
      tabIndex={-1}
    >
      <div className="tf-notification__meta">
        {unread && <span className="tf-dot" aria-label={_('notifications.unread')} role="img" />}
        {notification.urgent && <Badge tone="danger">{_('notifications.urgent')}</Badge>}
        <Badge tone={unread ? 'accent' : 'neutral'}>{labelFrom(_, NOTIFICATION_TYPE_LABEL_IDS, notification.type)}</Badge>
        <time className="tf-muted tf-small" dateTime={notification.createdAt}>
          {formatDateTime(notification.createdAt)}
        </time>
      </div>
      <p className="tf-notification__title">
        {href ? (
          <Link to={href} onClick={() => onOpen(notification)}>
            {text.title}
          </Link>
        ) : (
          text.title
        )}
      </p>
      {text.body && <p className="tf-notification__body">{text.body}</p>}
      {unread && onMarkRead && (
        <Button
          size="sm"
          variant="ghost"
          busy={busy}
          onClick={() => onMarkRead(notification.id)}
          data-testid="mark-read"
        >
          {_('notifications.markRead')}
          <span className="tf-visually-hidden">: {text.title}</span>
        </Button>
      )}
    </li>
  );
}
