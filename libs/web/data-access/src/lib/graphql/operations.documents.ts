import { graphql, type ResultOf } from './schema-types';

/** The joint operations the caller's agency participates in, with their task counts per status for a progress line. */
export const OPERATIONS_QUERY = graphql(`
  query Operations {
    operations {
      id
      name
      description
      status
      countries
      formsOfExploitation
      leadAgency {
        ...AgencyFields
      }
      participatingAgencies {
        ...AgencyFields
      }
      viewerIsCoordinator
      createdAt
      taskColumns {
        status
        total
      }
    }
  }
`);

/** A joint operation as shown on the dashboard, with its task counts per status. */
export type OperationSummary = ResultOf<typeof OPERATIONS_QUERY>['operations'][number];

/** Fields of an invitation as the operation's coordinators see it. */
export const OPERATION_INVITATION_FIELDS = graphql(`
  fragment OperationInvitationFields on OperationInvitation {
    id
    status
    role
    message
    agency {
      id
      acronym
      name
    }
    invitedBy
    createdAt
    expiresAt
    respondedAt
    respondedBy
    responseReason
    answerers
  }
`);

/**
 * An invitation of a joint operation, as its coordinators see it: `invitedBy` reads "Name (ACRONYM)"; `answerers` is
 * how many enabled coordinators and agency admins of the invited agency can answer it (0 = nobody can).
 */
export type OperationInvitationSummary = ResultOf<typeof OPERATION_INVITATION_FIELDS>;

/**
 * One joint operation with its task board (the tasks matching `filter`, `first` per column), the people its tasks are
 * assigned to, participants (with roles), invitations and history; NOT_FOUND for unknown and invisible ids alike.
 */
export const OPERATION_BOARD_QUERY = graphql(`
  query OperationBoard($id: ID!, $first: Int, $filter: TaskFilterInput) {
    operation(id: $id) {
      id
      name
      description
      status
      countries
      formsOfExploitation
      leadAgency {
        ...AgencyFields
      }
      participatingAgencies {
        ...AgencyFields
      }
      coordinators {
        ...PersonFields
      }
      viewerIsCoordinator
      escalationMinutes
      fileRetentionDays
      createdAt
      purpose
      version
      startsOn
      endsOn
      legalBasisAgreementId
      legalBasisCitation
      evaluationFinalisedAt
      participants {
        agency {
          ...AgencyFields
        }
        role
        isLead
        joinedAt
      }
      history {
        id
        action
        fromStatus
        toStatus
        detail
        reason
        at
        actor {
          ...PersonFields
        }
        agency {
          id
          acronym
        }
      }
      invitations {
        ...OperationInvitationFields
      }
      taskAssignees {
        id
        displayName
        agency {
          id
          acronym
        }
      }
      taskColumns(filter: $filter) {
        status
        total
        tasks(first: $first) {
          ...TaskCardFields
        }
      }
    }
  }
`);

/**
 * One page of the board's tasks matching `filter`, per column (`after`: the last task held, with a filter naming that
 * column's status alone): what the task CSV export walks until every column's total is read.
 */
export const OPERATION_TASK_EXPORT_QUERY = graphql(`
  query OperationTaskExport($id: ID!, $filter: TaskFilterInput, $first: Int, $after: ID) {
    operation(id: $id) {
      id
      taskColumns(filter: $filter) {
        status
        total
        tasks(first: $first, after: $after) {
          ...TaskCardFields
        }
      }
    }
  }
`);

/**
 * A joint operation with its board, lifecycle facts (give `version` as expectedVersion when changing it; `startsOn`
 * and `endsOn` are UTC dates YYYY-MM-DD; closing needs `evaluationFinalisedAt`), agencies, invitations and history.
 */
export type OperationBoardData = ResultOf<typeof OPERATION_BOARD_QUERY>['operation'];

/** An agency taking part in a joint operation, with its role and when it joined (UTC). */
export type OperationParticipantData = OperationBoardData['participants'][number];

/** One entry of a joint operation's history (oldest first); `actor` is null when the system did it (an expiry). */
export type OperationEventData = OperationBoardData['history'][number];

/** Active people of an agency that a coordinator may assign a task of this operation to. */
export const ASSIGNABLE_USERS_QUERY = graphql(`
  query AssignableUsers($operationId: ID!, $agencyId: ID!) {
    assignableUsers(operationId: $operationId, agencyId: $agencyId) {
      id
      displayName
      roles
    }
  }
`);

/** A person a coordinator may assign a task to. */
export type AssignableUser = ResultOf<typeof ASSIGNABLE_USERS_QUERY>['assignableUsers'][number];

/** Sets how long an urgent task may wait for its acknowledgement before the coordinators are told (1–1440 min). */
export const SET_OPERATION_ESCALATION_MINUTES_MUTATION = graphql(`
  mutation SetOperationEscalationMinutes($operationId: ID!, $minutes: Int!) {
    setOperationEscalationMinutes(operationId: $operationId, minutes: $minutes) {
      id
      escalationMinutes
    }
  }
`);

/** Agreements of the sharing law, offered as a joint operation's legal basis (every signed-in user reads them). */
export const LEGAL_BASIS_AGREEMENTS_QUERY = graphql(`
  query LegalBasisAgreements {
    agreements {
      id
      title
      article
      status
    }
  }
`);

/** Forms a joint operation led by the caller's agency, PLANNED (coordinators only); BAD_USER_INPUT names fields. */
export const CREATE_OPERATION_MUTATION = graphql(`
  mutation CreateOperation($input: CreateOperationInput!) {
    createOperation(input: $input) {
      id
      name
      status
      version
    }
  }
`);

/** Edits a joint operation, version-checked (coordinators); an extension of the period needs `reason`. */
export const UPDATE_OPERATION_MUTATION = graphql(`
  mutation UpdateOperation($input: UpdateOperationInput!) {
    updateOperation(input: $input) {
      id
      version
    }
  }
`);

/** Moves a joint operation's status, version-checked (coordinators); reason required to suspend or close. */
export const CHANGE_OPERATION_STATUS_MUTATION = graphql(`
  mutation ChangeOperationStatus($input: ChangeOperationStatusInput!) {
    changeOperationStatus(input: $input) {
      id
      status
      version
    }
  }
`);

/** Invites an agency as PARTY or PARTICIPANT (coordinators). */
export const INVITE_AGENCY_MUTATION = graphql(`
  mutation InviteAgencyToOperation($input: InviteAgencyToOperationInput!) {
    inviteAgencyToOperation(input: $input) {
      ...OperationInvitationFields
    }
  }
`);

/** Withdraws a pending invitation (coordinators). */
export const WITHDRAW_INVITATION_MUTATION = graphql(`
  mutation WithdrawOperationInvitation($invitationId: ID!, $reason: String) {
    withdrawOperationInvitation(invitationId: $invitationId, reason: $reason) {
      ...OperationInvitationFields
    }
  }
`);

/** The caller's agency's pending invitations and those answered in the last 30 days, newest first. */
export const AGENCY_INVITATIONS_QUERY = graphql(`
  query OperationInvitations {
    operationInvitations {
      id
      status
      role
      message
      operation {
        id
        name
        purpose
        status
        startsOn
        endsOn
        leadAgency {
          id
          acronym
          name
        }
      }
      agency {
        id
        acronym
      }
      invitedBy
      createdAt
      expiresAt
      respondedAt
      respondedBy
      responseReason
    }
  }
`);

/** An invitation addressed to the caller's agency, with what it may know of the operation before accepting. */
export type AgencyInvitationData = ResultOf<typeof AGENCY_INVITATIONS_QUERY>['operationInvitations'][number];

/** Accepts or declines (reason required) an invitation of the caller's agency (its coordinators and agency admins). */
export const RESPOND_TO_INVITATION_MUTATION = graphql(`
  mutation RespondToOperationInvitation($input: RespondToOperationInvitationInput!) {
    respondToOperationInvitation(input: $input) {
      id
      status
      respondedAt
      respondedBy
      responseReason
    }
  }
`);

/** Takes the caller's agency out of a joint operation (its coordinators and agency admins; not the lead agency). */
export const LEAVE_OPERATION_MUTATION = graphql(`
  mutation LeaveOperation($operationId: ID!) {
    leaveOperation(operationId: $operationId)
  }
`);

/** Removes a participating agency (not the lead) from a joint operation (coordinators). */
export const REMOVE_AGENCY_MUTATION = graphql(`
  mutation RemoveAgencyFromOperation($operationId: ID!, $agencyId: ID!) {
    removeAgencyFromOperation(operationId: $operationId, agencyId: $agencyId) {
      id
    }
  }
`);

/** Appoints a co-coordinator: a person holding COORDINATOR in a participating agency (coordinators). */
export const APPOINT_COORDINATOR_MUTATION = graphql(`
  mutation AppointOperationCoordinator($operationId: ID!, $userId: ID!) {
    appointOperationCoordinator(operationId: $operationId, userId: $userId) {
      id
    }
  }
`);

/** Stands a coordinator down (themselves or another); the last one cannot. */
export const STAND_DOWN_COORDINATOR_MUTATION = graphql(`
  mutation StandDownOperationCoordinator($operationId: ID!, $userId: ID!) {
    standDownOperationCoordinator(operationId: $operationId, userId: $userId) {
      id
    }
  }
`);
