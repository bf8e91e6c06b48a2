import { gql } from '@apollo/client';

/** Fields of an agency shown on badges and cards. */
export const AGENCY_FIELDS = gql`
  fragment AgencyFields on Agency {
    id
    name
    acronym
    kind
    country
    countryName
  }
`;

/** Fields of a person named on tasks, comments and history. */
export const PERSON_FIELDS = gql`
  fragment PersonFields on User {
    id
    displayName
    agency {
      id
      acronym
    }
  }
`;

/** Fields of the signed-in person. */
export const VIEWER_FIELDS = gql`
  fragment ViewerFields on User {
    id
    email
    displayName
    roles
    agency {
      ...AgencyFields
    }
  }
  ${AGENCY_FIELDS}
`;

/** Fields of a task card on the board and in "my tasks". */
export const TASK_CARD_FIELDS = gql`
  fragment TaskCardFields on Task {
    id
    title
    status
    version
    priority
    pillar
    dueAt
    updatedAt
    assigneeAgency {
      ...AgencyFields
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
  ${AGENCY_FIELDS}
`;

/** Fields of a notification in the bell panel. */
export const NOTIFICATION_FIELDS = gql`
  fragment NotificationFields on Notification {
    id
    type
    title
    body
    operationId
    taskId
    leadId
    urgent
    heldBack
    readAt
    createdAt
  }
`;

/** A figure as the server lets it be shown (small-cell protection): the count, or null with its label. */
export const SHOWN_FIGURE_FIELDS = gql`
  fragment ShownFigureFields on ShownFigure {
    count
    suppressed
    label
    perturbed
  }
`;
