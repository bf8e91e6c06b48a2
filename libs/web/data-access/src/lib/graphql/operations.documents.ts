import { gql, type TypedDocumentNode } from '@apollo/client';
import { AGENCY_FIELDS, PERSON_FIELDS, TASK_CARD_FIELDS } from './fragments';
import type { AssignableUser, OperationBoardData, OperationSummary } from './types';

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

/** One joint operation with its task board; NOT_FOUND for unknown and invisible ids alike. */
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
      tasks {
        ...TaskCardFields
      }
    }
  }
  ${AGENCY_FIELDS}
  ${PERSON_FIELDS}
  ${TASK_CARD_FIELDS}
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
