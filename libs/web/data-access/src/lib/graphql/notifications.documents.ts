import { graphql, type ResultOf } from './schema-types';

/** The caller's notifications, newest first. */
export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($unreadOnly: Boolean, $take: Int) {
    notifications(unreadOnly: $unreadOnly, take: $take) {
      ...NotificationFields
    }
  }
`);

/** How many of the caller's notifications are unread. */
export const UNREAD_NOTIFICATION_COUNT_QUERY = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** Marks one notification read. */
export const MARK_NOTIFICATION_READ_MUTATION = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

/** Marks all of the caller's notifications read; returns how many were marked. */
export const MARK_ALL_NOTIFICATIONS_READ_MUTATION = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** The caller's notification preferences (defaults when never set: nothing muted, no quiet hours, UTC). */
export const NOTIFICATION_PREFERENCES_QUERY = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      mutedTypes
      mutedOperationIds
      quietHoursStart
      quietHoursEnd
      timeZone
    }
  }
`);

/** A person's notification preferences; quiet hours are "HH:MM" in `timeZone` (IANA, e.g. "Europe/Bucharest"), both null when off. */
export type NotificationPreferences = ResultOf<typeof NOTIFICATION_PREFERENCES_QUERY>['notificationPreferences'];

/** Replaces the caller's notification preferences; BAD_USER_INPUT names the invalid fields. */
export const UPDATE_NOTIFICATION_PREFERENCES_MUTATION = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      mutedTypes
      mutedOperationIds
      quietHoursStart
      quietHoursEnd
      timeZone
    }
  }
`);

/** What was held back (muted or during quiet hours) in the last 24 hours. */
export const NOTIFICATION_DIGEST_QUERY = graphql(`
  query NotificationDigest {
    notificationDigest {
      until
      count
      items {
        ...NotificationFields
      }
    }
  }
`);

/** The caller's newest notification (id and time only): where live replay starts when nothing was seen yet. */
export const LATEST_NOTIFICATION_QUERY = graphql(`
  query LatestNotification {
    notifications(take: 1) {
      id
      createdAt
    }
  }
`);
