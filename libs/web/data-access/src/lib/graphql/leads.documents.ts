import { gql, type TypedDocumentNode } from '@apollo/client';
import { AGENCY_FIELDS, PERSON_FIELDS } from './fragments';
import type {
  CreateLeadInput,
  LeadDetailData,
  LeadListItem,
  LeadShareData,
  PendingApprovalsData,
  PotentialVictimIdentity,
  SharingPreviewData,
  ShareLeadInput,
  UpdateLeadInput,
} from './leads.types';
import type { OperationStatus } from '@taskforce/domain';
import type { AgencySummary } from './types';

/** Fields of a reason given by the sharing engine. */
export const SHARING_REASON_FIELDS = gql`
  fragment SharingReasonFields on SharingReason {
    code
    source
    ref
    text
  }
`;

/** Fields of a lead share, as the originating agency and the approvals inbox show it. */
export const LEAD_SHARE_FIELDS = gql`
  fragment LeadShareFields on LeadShare {
    id
    leadId
    recipientAgency {
      ...AgencyFields
    }
    senderAgency {
      ...AgencyFields
    }
    sharedBy {
      ...PersonFields
    }
    purpose
    outcome
    status
    redactedCategories
    legalBasis {
      kind
      id
      title
      article
    }
    reasons {
      ...SharingReasonFields
    }
    conditions {
      ...SharingReasonFields
    }
    summary
    decidedAt
    approvalReason
    approvalAt
    revokedAt
    lapsedAt
    lapseReason
    createdAt
  }
  ${AGENCY_FIELDS}
  ${PERSON_FIELDS}
  ${SHARING_REASON_FIELDS}
`;

/** The leads the caller's agency may read (the server enforces need-to-know), newest first, and their count. */
export const LEADS_QUERY: TypedDocumentNode<{ leads: LeadListItem[]; leadCount: number }, Record<string, never>> = gql`
  query Leads {
    leadCount
    leads {
      id
      summary
      originatingAgency {
        ...AgencyFields
      }
      formOfExploitation
      route {
        country
        role
      }
      tlp
      sourceReliability
      informationCredibility
      grade
      handlingCodes
      status
      viewerIsOriginator
      redaction {
        categories
      }
      createdAt
    }
  }
  ${AGENCY_FIELDS}
`;

/** One lead in the caller's projection; NOT_FOUND for unknown and unreadable ids alike. */
export const LEAD_QUERY: TypedDocumentNode<{ lead: LeadDetailData }, { id: string }> = gql`
  query Lead($id: ID!) {
    lead(id: $id) {
      id
      summary
      details
      operation {
        id
        name
      }
      originatingAgency {
        ...AgencyFields
      }
      formOfExploitation
      route {
        country
        role
      }
      dataCategories
      tlp
      sourceReliability
      informationCredibility
      grade
      handlingCodes
      handlingCondition
      namedRecipients {
        ...AgencyFields
      }
      status
      version
      persons {
        id
        role
        name
        pseudonym
        description
        hasIdentity
      }
      viewerIsOriginator
      redaction {
        categories
        notice
        reasons {
          ...SharingReasonFields
        }
      }
      shares {
        ...LeadShareFields
      }
      linkedTasks {
        id
        title
        status
        operation {
          id
          name
        }
      }
      createdAt
      updatedAt
    }
  }
  ${AGENCY_FIELDS}
  ${SHARING_REASON_FIELDS}
  ${LEAD_SHARE_FIELDS}
`;

/** Every agency of the workspace (recipients to choose from when sharing). */
export const AGENCIES_QUERY: TypedDocumentNode<{ agencies: AgencySummary[] }, Record<string, never>> = gql`
  query Agencies {
    agencies {
      ...AgencyFields
    }
  }
  ${AGENCY_FIELDS}
`;

/** The decision for each recipient, taken now; nothing is recorded. Originating agency only. */
export const PREVIEW_LEAD_SHARE_QUERY: TypedDocumentNode<
  { previewLeadShare: SharingPreviewData[] },
  { input: ShareLeadInput }
> = gql`
  query PreviewLeadShare($input: ShareLeadInput!) {
    previewLeadShare(input: $input) {
      recipientAgency {
        ...AgencyFields
      }
      outcome
      redactedCategories
      legalBasis {
        kind
        id
        title
        article
      }
      reasons {
        ...SharingReasonFields
      }
      conditions {
        ...SharingReasonFields
      }
      summary
      purpose
      at
      existingShareStatus
    }
  }
  ${AGENCY_FIELDS}
  ${SHARING_REASON_FIELDS}
`;

/** Shares a lead; returns the shares recorded (none for a DENY; a live share is returned unchanged). */
export const SHARE_LEAD_MUTATION: TypedDocumentNode<{ shareLead: LeadShareData[] }, { input: ShareLeadInput }> = gql`
  mutation ShareLead($input: ShareLeadInput!) {
    shareLead(input: $input) {
      ...LeadShareFields
    }
  }
  ${LEAD_SHARE_FIELDS}
`;

/** Ends an active or pending share; the recipient no longer sees the lead. */
export const REVOKE_LEAD_SHARE_MUTATION: TypedDocumentNode<{ revokeLeadShare: LeadShareData }, { shareId: string }> =
  gql`
    mutation RevokeLeadShare($shareId: ID!) {
      revokeLeadShare(shareId: $shareId) {
        ...LeadShareFields
      }
    }
    ${LEAD_SHARE_FIELDS}
  `;

/** The shares of the caller's agency's leads awaiting a liaison officer's approval, with the leads they are about. */
export const PENDING_LEAD_SHARE_APPROVALS_QUERY: TypedDocumentNode<PendingApprovalsData, Record<string, never>> = gql`
  query PendingLeadShareApprovals {
    pendingLeadShareApprovals {
      ...LeadShareFields
    }
    leads {
      id
      summary
      tlp
      grade
      sourceReliability
      informationCredibility
    }
  }
  ${LEAD_SHARE_FIELDS}
`;

/** Approves (→ ACTIVE) or refuses (→ REFUSED) a pending share, with a reason. */
export const DECIDE_LEAD_SHARE_APPROVAL_MUTATION: TypedDocumentNode<
  { decideLeadShareApproval: LeadShareData },
  { input: { shareId: string; approve: boolean; reason: string } }
> = gql`
  mutation DecideLeadShareApproval($input: DecideLeadShareApprovalInput!) {
    decideLeadShareApproval(input: $input) {
      ...LeadShareFields
    }
  }
  ${LEAD_SHARE_FIELDS}
`;

/** Reveals a potential victim's identity (originating agency only; reason of at least 10 characters, recorded). */
export const REVEAL_POTENTIAL_VICTIM_MUTATION: TypedDocumentNode<
  { revealPotentialVictim: PotentialVictimIdentity },
  { input: { personId: string; reason: string } }
> = gql`
  mutation RevealPotentialVictim($input: RevealPotentialVictimInput!) {
    revealPotentialVictim(input: $input) {
      personId
      pseudonym
      fullName
      dateOfBirth
      nationality
    }
  }
`;

/** Edits a lead of the caller's agency; CONFLICT when `expectedVersion` is stale, FORBIDDEN for a recipient. */
export const UPDATE_LEAD_MUTATION: TypedDocumentNode<
  { updateLead: { id: string; status: LeadDetailData['status']; version: number; summary: string; details: string } },
  { input: UpdateLeadInput }
> = gql`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      id
      status
      version
      summary
      details
    }
  }
`;

/** Leads the caller may read whose text, as the caller may read it, contains `text` (2–200 characters). */
export const SEARCH_LEADS_QUERY: TypedDocumentNode<{ searchLeads: Array<{ id: string; summary: string }>; searchLeadCount: number }, { text: string }> = gql`
  query SearchLeads($text: String!) {
    searchLeadCount(text: $text)
    searchLeads(text: $text) {
      id
      summary
    }
  }
`;

/** The tasks of a joint operation a coordinator may link to a lead, and whether the caller coordinates it. */
export const LEAD_LINKABLE_TASKS_QUERY: TypedDocumentNode<
  { operation: { id: string; viewerIsCoordinator: boolean }; tasks: Array<{ id: string; title: string; status: string }> },
  { operationId: string }
> = gql`
  query LeadLinkableTasks($operationId: ID!) {
    operation(id: $operationId) {
      id
      viewerIsCoordinator
    }
    tasks(operationId: $operationId) {
      id
      title
      status
    }
  }
`;

/** Links a task to a lead (coordinators of the task's operation who may read the lead). */
export const LINK_TASK_TO_LEAD_MUTATION: TypedDocumentNode<{ linkTaskToLead: { id: string } }, { input: { taskId: string; leadId: string } }> = gql`
  mutation LinkTaskToLead($input: LinkTaskToLeadInput!) {
    linkTaskToLead(input: $input) {
      id
    }
  }
`;

/** Removes a task's link to a lead. */
export const UNLINK_TASK_FROM_LEAD_MUTATION: TypedDocumentNode<{ unlinkTaskFromLead: { id: string } }, { taskId: string }> = gql`
  mutation UnlinkTaskFromLead($taskId: ID!) {
    unlinkTaskFromLead(taskId: $taskId) {
      id
    }
  }
`;

/** Records a lead of the caller's agency (analysts, liaison officers, coordinators); returns its id. */
export const CREATE_LEAD_MUTATION: TypedDocumentNode<{ createLead: { id: string } }, { input: CreateLeadInput }> = gql`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
    }
  }
`;

/** The joint operations the caller's agency takes part in, to attach a new lead to one. */
export const LEAD_FORM_OPERATIONS_QUERY: TypedDocumentNode<{ operations: Array<{ id: string; name: string; status: OperationStatus }> }, Record<string, never>> = gql`
  query LeadFormOperations {
    operations {
      id
      name
      status
    }
  }
`;
