import { gql, type TypedDocumentNode } from '@apollo/client';
import { AGENCY_FIELDS, PERSON_FIELDS, TASK_CARD_FIELDS } from './fragments';
import type {
  AgencyInvitationData,
  AssignableUser,
  CreateOperationInput,
  LegalBasisAgreement,
  OperationBoardData,
  OperationInvitationSummary,
  OperationSummary,
  UpdateOperationInput,
} from './types';

/** The joint operations the caller's agency participates in, with their tasks' statuses for a progress line. */
export const OPERATIONS_QUERY: TypedDocumentNode<{ operations: OperationSummary[] }, Record<string, never>> = gql`
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
      tasks {
        id
        status
      }
    }
  }
  ${AGENCY_FIELDS}
`;

/** Fields of an invitation as the operation's coordinators see it. */
export const OPERATION_INVITATION_FIELDS = gql`
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
`;

/**
 * One joint operation with its task board, participants (with roles), invitations and history; NOT_FOUND for
 * unknown and invisible ids alike.
 */
export const OPERATION_BOARD_QUERY: TypedDocumentNode<{ operation: OperationBoardData }, { id: string }> = gql`
  query OperationBoard($id: ID!) {
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
      tasks {
        ...TaskCardFields
      }
    }
  }
  ${AGENCY_FIELDS}
  ${PERSON_FIELDS}
  ${TASK_CARD_FIELDS}
  ${OPERATION_INVITATION_FIELDS}
`;

/** Active people of an agency that a coordinator may assign a task of this operation to. */
export const ASSIGNABLE_USERS_QUERY: TypedDocumentNode<
  { assignableUsers: AssignableUser[] },
  { operationId: string; agencyId: string }
> = gql`
  query AssignableUsers($operationId: ID!, $agencyId: ID!) {
    assignableUsers(operationId: $operationId, agencyId: $agencyId) {
      id
      displayName
      roles
    }
  }
`;

/** Sets how long an urgent task may wait for its acknowledgement before the coordinators are told (1–1440 min). */
export const SET_OPERATION_ESCALATION_MINUTES_MUTATION: TypedDocumentNode<
  { setOperationEscalationMinutes: Pick<OperationBoardData, 'id' | 'escalationMinutes'> },
  { operationId: string; minutes: number }
> = gql`
  mutation SetOperationEscalationMinutes($operationId: ID!, $minutes: Int!) {
    setOperationEscalationMinutes(operationId: $operationId, minutes: $minutes) {
      id
      escalationMinutes
    }
  }
`;

/** Agreements of the sharing law, offered as a joint operation's legal basis (every signed-in user reads them). */
export const LEGAL_BASIS_AGREEMENTS_QUERY: TypedDocumentNode<{ agreements: LegalBasisAgreement[] }, Record<string, never>> = gql`
  query LegalBasisAgreements {
    agreements {
      id
      title
      article
      status
    }
  }
`;

/** Forms a joint operation led by the caller's agency, PLANNED (coordinators only); BAD_USER_INPUT names fields. */
export const CREATE_OPERATION_MUTATION: TypedDocumentNode<
  { createOperation: Pick<OperationBoardData, 'id' | 'name' | 'status' | 'version'> },
  { input: CreateOperationInput }
> = gql`
  mutation CreateOperation($input: CreateOperationInput!) {
    createOperation(input: $input) {
      id
      name
      status
      version
    }
  }
`;

/** Edits a joint operation, version-checked (coordinators); an extension of the period needs `reason`. */
export const UPDATE_OPERATION_MUTATION: TypedDocumentNode<
  { updateOperation: Pick<OperationBoardData, 'id' | 'version'> },
  { input: UpdateOperationInput }
> = gql`
  mutation UpdateOperation($input: UpdateOperationInput!) {
    updateOperation(input: $input) {
      id
      version
    }
  }
`;

/** Moves a joint operation's status, version-checked (coordinators); reason required to suspend or close. */
export const CHANGE_OPERATION_STATUS_MUTATION: TypedDocumentNode<
  { changeOperationStatus: Pick<OperationBoardData, 'id' | 'status' | 'version'> },
  { input: { operationId: string; status: string; expectedVersion: number; reason?: string | null } }
> = gql`
  mutation ChangeOperationStatus($input: ChangeOperationStatusInput!) {
    changeOperationStatus(input: $input) {
      id
      status
      version
    }
  }
`;

/** Invites an agency as PARTY or PARTICIPANT (coordinators). */
export const INVITE_AGENCY_MUTATION: TypedDocumentNode<
  { inviteAgencyToOperation: OperationInvitationSummary },
  { input: { operationId: string; agencyId: string; role: string; message?: string | null } }
> = gql`
  mutation InviteAgencyToOperation($input: InviteAgencyToOperationInput!) {
    inviteAgencyToOperation(input: $input) {
      ...OperationInvitationFields
    }
  }
  ${OPERATION_INVITATION_FIELDS}
`;

/** Withdraws a pending invitation (coordinators). */
export const WITHDRAW_INVITATION_MUTATION: TypedDocumentNode<
  { withdrawOperationInvitation: OperationInvitationSummary },
  { invitationId: string; reason?: string | null }
> = gql`
  mutation WithdrawOperationInvitation($invitationId: ID!, $reason: String) {
    withdrawOperationInvitation(invitationId: $invitationId, reason: $reason) {
      ...OperationInvitationFields
    }
  }
  ${OPERATION_INVITATION_FIELDS}
`;

/** The caller's agency's pending invitations and those answered in the last 30 days, newest first. */
export const AGENCY_INVITATIONS_QUERY: TypedDocumentNode<{ operationInvitations: AgencyInvitationData[] }, Record<string, never>> = gql`
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
`;

/** Accepts or declines (reason required) an invitation of the caller's agency (its coordinators and agency admins). */
export const RESPOND_TO_INVITATION_MUTATION: TypedDocumentNode<
  { respondToOperationInvitation: Pick<AgencyInvitationData, 'id' | 'status' | 'respondedAt' | 'respondedBy' | 'responseReason'> },
  { input: { invitationId: string; accept: boolean; reason?: string | null } }
> = gql`
  mutation RespondToOperationInvitation($input: RespondToOperationInvitationInput!) {
    respondToOperationInvitation(input: $input) {
      id
      status
      respondedAt
      respondedBy
      responseReason
    }
  }
`;

/** Takes the caller's agency out of a joint operation (its coordinators and agency admins; not the lead agency). */
export const LEAVE_OPERATION_MUTATION: TypedDocumentNode<{ leaveOperation: boolean }, { operationId: string }> = gql`
  mutation LeaveOperation($operationId: ID!) {
    leaveOperation(operationId: $operationId)
  }
`;

/** Removes a participating agency (not the lead) from a joint operation (coordinators). */
export const REMOVE_AGENCY_MUTATION: TypedDocumentNode<
  { removeAgencyFromOperation: Pick<OperationBoardData, 'id'> },
  { operationId: string; agencyId: string }
> = gql`
  mutation RemoveAgencyFromOperation($operationId: ID!, $agencyId: ID!) {
    removeAgencyFromOperation(operationId: $operationId, agencyId: $agencyId) {
      id
    }
  }
`;

/** Appoints a co-coordinator: a person holding COORDINATOR in a participating agency (coordinators). */
export const APPOINT_COORDINATOR_MUTATION: TypedDocumentNode<
  { appointOperationCoordinator: Pick<OperationBoardData, 'id'> },
  { operationId: string; userId: string }
> = gql`
  mutation AppointOperationCoordinator($operationId: ID!, $userId: ID!) {
    appointOperationCoordinator(operationId: $operationId, userId: $userId) {
      id
    }
  }
`;

/** Stands a coordinator down (themselves or another); the last one cannot. */
export const STAND_DOWN_COORDINATOR_MUTATION: TypedDocumentNode<
  { standDownOperationCoordinator: Pick<OperationBoardData, 'id'> },
  { operationId: string; userId: string }
> = gql`
  mutation StandDownOperationCoordinator($operationId: ID!, $userId: ID!) {
    standDownOperationCoordinator(operationId: $operationId, userId: $userId) {
      id
    }
  }
`;
