import { graphql, type ResultOf } from './schema-types';

/** Fields of a reason given by the sharing engine. */
export const SHARING_REASON_FIELDS = graphql(`
  fragment SharingReasonFields on SharingReason {
    code
    source
    ref
    text
    textValues {
      name
      value
    }
  }
`);

/** A reason the sharing engine gave (a rule, a marking, an agreement or the default). */
export type SharingReason = ResultOf<typeof SHARING_REASON_FIELDS>;

/** Fields of a lead share, as the originating agency and the approvals inbox show it. */
export const LEAD_SHARE_FIELDS = graphql(`
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
`);

/**
 * A share of a lead with one recipient agency: who passed it on (`senderAgency`: the originating agency, or a
 * recipient for an onward share), the decision with its legal basis, reasons and conditions, and its status; for a
 * LAPSED share, when (`lapsedAt`, ISO 8601 UTC) and why the law ended it.
 */
export type LeadShareData = ResultOf<typeof LEAD_SHARE_FIELDS>;

/** The legal basis of a transfer. `kind`: AGREEMENT, NATIONAL_LAW or NO_TRANSFER. */
export type LegalBasis = NonNullable<LeadShareData['legalBasis']>;

/** The leads the caller's agency may read (the server enforces need-to-know), newest first, and their count. */
export const LEADS_QUERY = graphql(`
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
`);

/**
 * A lead as listed on /leads. Enum values are GraphQL names: `informationCredibility` reads e.g. `PROBABLY_TRUE`; the
 * grade with its digit is in `grade` (`B2`).
 */
export type LeadListItem = ResultOf<typeof LEADS_QUERY>['leads'][number];

/** One country on a lead's route (ISO 3166-1 alpha-2) and its role. */
export type RouteStop = LeadListItem['route'][number];

/** One lead in the caller's projection; NOT_FOUND for unknown and unreadable ids alike. */
export const LEAD_QUERY = graphql(`
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
      selectors {
        id
        kind
        display
        personId
        createdAt
      }
      hitMode {
        mode
        isDefault
        defaultReason
        defaultExplanation
        effectiveMode
        reason
        explanation
      }
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
`);

/**
 * A lead with every field the caller may read, as shown on /leads/:id: what was redacted from it and why, its shares
 * (originating agency only) and the tasks acting on it in joint operations the caller's agency takes part in.
 */
export type LeadDetailData = ResultOf<typeof LEAD_QUERY>['lead'];

/** Every agency of the workspace (recipients to choose from when sharing). */
export const AGENCIES_QUERY = graphql(`
  query Agencies {
    agencies {
      ...AgencyFields
    }
  }
`);

/** The decision for each recipient, taken now; nothing is recorded. Originating agency only. */
export const PREVIEW_LEAD_SHARE_QUERY = graphql(`
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
`);

/** One recipient's decision in a share preview, with the status of a share that already exists. */
export type SharingPreviewData = ResultOf<typeof PREVIEW_LEAD_SHARE_QUERY>['previewLeadShare'][number];

/** Shares a lead; returns the shares recorded (none for a DENY; a live share is returned unchanged). */
export const SHARE_LEAD_MUTATION = graphql(`
  mutation ShareLead($input: ShareLeadInput!) {
    shareLead(input: $input) {
      ...LeadShareFields
    }
  }
`);

/** Ends an active or pending share; the recipient no longer sees the lead. */
export const REVOKE_LEAD_SHARE_MUTATION = graphql(`
    mutation RevokeLeadShare($shareId: ID!) {
      revokeLeadShare(shareId: $shareId) {
        ...LeadShareFields
      }
    }
  `);

/** The shares of the caller's agency's leads awaiting a liaison officer's approval, with the leads they are about. */
export const PENDING_LEAD_SHARE_APPROVALS_QUERY = graphql(`
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
`);

/**
 * What the approvals inbox loads: the shares awaiting the caller's approval and, since a share names its lead only
 * by id, the caller's readable leads to show which lead each one is about.
 */
export type PendingApprovalsData = ResultOf<typeof PENDING_LEAD_SHARE_APPROVALS_QUERY>;

/** Approves (→ ACTIVE) or refuses (→ REFUSED) a pending share, with a reason. */
export const DECIDE_LEAD_SHARE_APPROVAL_MUTATION = graphql(`
  mutation DecideLeadShareApproval($input: DecideLeadShareApprovalInput!) {
    decideLeadShareApproval(input: $input) {
      ...LeadShareFields
    }
  }
`);

/** Reveals a potential victim's identity (originating agency only; reason of at least 10 characters, recorded). */
export const REVEAL_POTENTIAL_VICTIM_MUTATION = graphql(`
  mutation RevealPotentialVictim($input: RevealPotentialVictimInput!) {
    revealPotentialVictim(input: $input) {
      personId
      pseudonym
      fullName
      dateOfBirth
      nationality
    }
  }
`);

/** A potential victim's identity, decrypted for the originating agency; every read is recorded with its reason. */
export type PotentialVictimIdentity = ResultOf<typeof REVEAL_POTENTIAL_VICTIM_MUTATION>['revealPotentialVictim'];

/** Edits a lead of the caller's agency; CONFLICT when `expectedVersion` is stale, FORBIDDEN for a recipient. */
export const UPDATE_LEAD_MUTATION = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      id
      status
      version
      summary
      details
    }
  }
`);

/** Leads the caller may read whose text, as the caller may read it, contains `text` (2–200 characters). */
export const SEARCH_LEADS_QUERY = graphql(`
  query SearchLeads($text: String!) {
    searchLeadCount(text: $text)
    searchLeads(text: $text) {
      id
      summary
    }
  }
`);

/** The tasks of a joint operation a coordinator may link to a lead, and whether the caller coordinates it. */
export const LEAD_LINKABLE_TASKS_QUERY = graphql(`
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
`);

/** Links a task to a lead (coordinators of the task's operation who may read the lead). */
export const LINK_TASK_TO_LEAD_MUTATION = graphql(`
  mutation LinkTaskToLead($input: LinkTaskToLeadInput!) {
    linkTaskToLead(input: $input) {
      id
    }
  }
`);

/** Removes a task's link to a lead. */
export const UNLINK_TASK_FROM_LEAD_MUTATION = graphql(`
  mutation UnlinkTaskFromLead($taskId: ID!) {
    unlinkTaskFromLead(taskId: $taskId) {
      id
    }
  }
`);

/** Records a lead of the caller's agency (analysts, liaison officers, coordinators); returns its id. */
export const CREATE_LEAD_MUTATION = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
    }
  }
`);

/** The joint operations the caller's agency takes part in, to attach a new lead to one. */
export const LEAD_FORM_OPERATIONS_QUERY = graphql(`
  query LeadFormOperations {
    operations {
      id
      name
      status
    }
  }
`);
