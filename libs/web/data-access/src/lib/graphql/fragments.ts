import { graphql, type ResultOf } from './schema-types';

/** Fields of an agency shown on badges and cards. */
export const AGENCY_FIELDS = graphql(`
  fragment AgencyFields on Agency {
    id
    name
    acronym
    kind
    country
  }
`);

/**
 * An agency as shown on pages and badges (`country` ISO 3166-1 alpha-2, null for international bodies; the client
 * names the country in the person's language).
 */
export type AgencySummary = ResultOf<typeof AGENCY_FIELDS>;

/** The fields of an agency its badge shows, on every task card: no more, as a board holds hundreds of cards. */
export const AGENCY_BADGE_FIELDS = graphql(`
  fragment AgencyBadgeFields on Agency {
    id
    name
    acronym
    country
  }
`);

/** Fields of a person named on tasks, comments and history. */
export const PERSON_FIELDS = graphql(`
  fragment PersonFields on User {
    id
    displayName
    agency {
      id
      acronym
    }
  }
`);

/** A person named on a task, a comment or an event. */
export type PersonSummary = ResultOf<typeof PERSON_FIELDS>;

/** Fields of the signed-in person. */
export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on User {
    id
    email
    displayName
    roles
    language
    agency {
      ...AgencyFields
    }
  }
`);

/** The signed-in person. */
export type Viewer = ResultOf<typeof VIEWER_FIELDS>;

/** Fields of a task card on the board and in "my tasks". */
export const TASK_CARD_FIELDS = graphql(`
  fragment TaskCardFields on Task {
    id
    title
    status
    version
    priority
    pillar
    dueAt
    createdAt
    updatedAt
    assigneeAgency {
      ...AgencyBadgeFields
    }
    assigneeUser {
      id
      displayName
    }
    viewerCanUpdateStatus
    requiresAcknowledgement
    acknowledgedAt
    acknowledgedBy {
      id
      displayName
      agency {
        id
        acronym
      }
    }
    escalatedAt
    assigneeLeft
  }
`);

/**
 * A task as shown on a board card. `requiresAcknowledgement` is true for URGENT tasks, whose escalation clock starts
 * at `createdAt` (UTC); `escalatedAt` is when the coordinators were told nobody acknowledged in time; `assigneeLeft`
 * means the assignee agency no longer takes part.
 */
export type TaskCardData = ResultOf<typeof TASK_CARD_FIELDS>;

/** Fields of a notification in the bell panel. */
export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    type
    title
    body
    textValues {
      name
      value
    }
    operationId
    taskId
    leadId
    urgent
    heldBack
    readAt
    createdAt
  }
`);

/**
 * A stored notification: what the socket pushes (`NotificationEvent` in libs/domain), plus `heldBack` (stored but
 * not pushed live: muted or quiet hours) and `readAt`.
 */
export type NotificationData = ResultOf<typeof NOTIFICATION_FIELDS>;

/** A figure as the server lets it be shown (small-cell protection): the count, or null with its label. */
export const SHOWN_FIGURE_FIELDS = graphql(`
  fragment ShownFigureFields on ShownFigure {
    count
    suppressed
    label
    threshold
  }
`);

/** A figure as it may be shown: the count, or `null` with the label "suppressed (< k)". */
export type ShownFigure = ResultOf<typeof SHOWN_FIGURE_FIELDS>;
