import { useMutation, useQuery } from '@apollo/client/react';
import {
  apiErrorParts,
  apiErrorText,
  MARK_NOTIFICATION_READ_MUTATION,
  NOTIFICATION_DIGEST_QUERY,
  NOTIFICATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
  type NotificationData,
} from '@taskforce/web-data-access';
import { Alert, EmptyState, LoadingState, messageId, useLingui } from '@taskforce/web-ui';
import { NotificationItem } from './notification-item';

interface NotificationDigestListProps {
  /** Called after the person followed a link in the list. */
  onNavigate?: () => void;
  /** Smaller heading-less rendering for the bell panel. */
  compact?: boolean;
}

/**
 * "Held back in the last 24 hours": the notifications that were stored but not pushed live because their kind or
 * operation is muted or they came during quiet hours (notificationDigest), newest first.
 */
export function NotificationDigestList({ onNavigate, compact = false }: NotificationDigestListProps) {
  const { _ } = useLingui();
  const { data, loading, error } = useQuery(NOTIFICATION_DIGEST_QUERY, { fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MARK_NOTIFICATION_READ_MUTATION, {
    refetchQueries: [UNREAD_NOTIFICATION_COUNT_QUERY, NOTIFICATIONS_QUERY],
  });
  const digest = data?.notificationDigest;

  const onOpen = (notification: NotificationData) => {
    if (!notification.readAt) void markRead({ variables: { id: notification.id } }).catch(() => undefined);
    onNavigate?.();
  };

  return (
    <div className={compact ? 'tf-digest tf-digest--compact' : 'tf-digest'} data-testid="notification-digest">
      {error && !digest && <Alert>{apiErrorText(_, apiErrorParts(error), messageId('digest.loadFailed'))}</Alert>}
      {loading && !digest && <LoadingState label={_('digest.loading')} />}
      {digest && (
        <p className="tf-muted tf-small" data-testid="digest-count">
          {_('digest.count', { count: digest.count })}
        </p>
      )}
      {digest && digest.items.length > 0 && (
        <ul className="tf-notification-list">
          {digest.items.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} onOpen={onOpen} />
          ))}
        </ul>
      )}
      {digest && digest.count === 0 && !compact && <EmptyState>{_('digest.none')}</EmptyState>}
    </div>
  );
}
