import { gql, type TypedDocumentNode } from '@apollo/client';
import { NOTIFICATION_FIELDS } from './fragments';
import type { NotificationData, NotificationDigest, NotificationPreferences } from './types';

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

/** The caller's notification preferences (defaults when never set: nothing muted, no quiet hours, UTC). */
export const NOTIFICATION_PREFERENCES_QUERY: TypedDocumentNode<
  { notificationPreferences: NotificationPreferences },
  Record<string, never>
> = gql`
  query NotificationPreferences {
    notificationPreferences {
      mutedTypes
      mutedOperationIds
      quietHoursStart
      quietHoursEnd
      timeZone
    }
  }
`;

/** Replaces the caller's notification preferences; BAD_USER_INPUT names the invalid fields. */
export const UPDATE_NOTIFICATION_PREFERENCES_MUTATION: TypedDocumentNode<
  { updateNotificationPreferences: NotificationPreferences },
  { input: NotificationPreferences }
> = gql`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      mutedTypes
      mutedOperationIds
      quietHoursStart
      quietHoursEnd
      timeZone
    }
  }
`;

/** What was held back (muted or during quiet hours) in the last 24 hours. */
export const NOTIFICATION_DIGEST_QUERY: TypedDocumentNode<
  { notificationDigest: NotificationDigest },
  Record<string, never>
> = gql`
  query NotificationDigest {
    notificationDigest {
      until
      count
      items {
        ...NotificationFields
      }
    }
  }
  ${NOTIFICATION_FIELDS}
`;

/** The caller's newest notification (id and time only): where live replay starts when nothing was seen yet. */
export const LATEST_NOTIFICATION_QUERY: TypedDocumentNode<
  { notifications: Array<Pick<NotificationData, 'id' | 'createdAt'>> },
  Record<string, never>
> = gql`
  query LatestNotification {
    notifications(take: 1) {
      id
      createdAt
    }
  }
`;
