import { gql, type TypedDocumentNode } from '@apollo/client';
import { NOTIFICATION_FIELDS } from './fragments';
import type { NotificationData } from './types';

/** The caller's notifications, newest first. */
export const NOTIFICATIONS_QUERY: TypedDocumentNode<
  { notifications: NotificationData[] },
  { unreadOnly?: boolean; take?: number }
> = gql`
  query Notifications($unreadOnly: Boolean, $take: Int) {
    notifications(unreadOnly: $unreadOnly, take: $take) {
      ...NotificationFields
    }
  }
  ${NOTIFICATION_FIELDS}
`;

/** How many of the caller's notifications are unread. */
export const UNREAD_NOTIFICATION_COUNT_QUERY: TypedDocumentNode<
  { unreadNotificationCount: number },
  Record<string, never>
> = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

/** Marks one notification read. */
export const MARK_NOTIFICATION_READ_MUTATION: TypedDocumentNode<
  { markNotificationRead: Pick<NotificationData, 'id' | 'readAt'> },
  { id: string }
> = gql`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`;

/** Marks all of the caller's notifications read; returns how many were marked. */
export const MARK_ALL_NOTIFICATIONS_READ_MUTATION: TypedDocumentNode<
  { markAllNotificationsRead: number },
  Record<string, never>
> = gql`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`;
