/**
 * The glossary of the task force, as enums whose values are spelled the same in the database, the GraphQL
 * API, the UI and the tests. Source of each list: ../shared/DESIGN.md ("Standard terms").
 */

/** Kind of agency taking part in a task force. */
export enum AgencyKind {
  LAW_ENFORCEMENT = 'LAW_ENFORCEMENT',
  PROSECUTION = 'PROSECUTION',
  LABOUR_INSPECTORATE = 'LABOUR_INSPECTORATE',
  BORDER_IMMIGRATION = 'BORDER_IMMIGRATION',
  NGO = 'NGO',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  GOVERNMENT = 'GOVERNMENT',
  OTHER = 'OTHER',
}

/** What a person may do in the workspace; a user holds one or more roles within their own agency. */
export enum Role {
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
  LIAISON_OFFICER = 'LIAISON_OFFICER',
  ANALYST = 'ANALYST',
  AGENCY_ADMIN = 'AGENCY_ADMIN',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

/** Life cycle of a joint operation: PLANNED → ACTIVE → SUSPENDED → CLOSED. */
export enum OperationStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}

/** Life cycle of a task (cross-agency action): OPEN → IN_PROGRESS → BLOCKED → DONE | CANCELLED. */
export enum TaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** Urgency of a task. */
export enum TaskPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

/**
 * Pillar of the "4P" paradigm of anti-trafficking action (prevention, protection, prosecution, partnership),
 * as used by the US TIP Report and UNODC.
 */
export enum Pillar {
  PREVENTION = 'PREVENTION',
  PROTECTION = 'PROTECTION',
  PROSECUTION = 'PROSECUTION',
  PARTNERSHIP = 'PARTNERSHIP',
}

/**
 * Form of exploitation, after Palermo Protocol art. 3(a) and common practice (CTDC's typology adds forced
 * marriage, forced criminality and begging).
 */
export enum FormOfExploitation {
  SEXUAL_EXPLOITATION = 'SEXUAL_EXPLOITATION',
  FORCED_LABOUR = 'FORCED_LABOUR',
  DOMESTIC_SERVITUDE = 'DOMESTIC_SERVITUDE',
  FORCED_MARRIAGE = 'FORCED_MARRIAGE',
  FORCED_CRIMINALITY = 'FORCED_CRIMINALITY',
  FORCED_BEGGING = 'FORCED_BEGGING',
  REMOVAL_OF_ORGANS = 'REMOVAL_OF_ORGANS',
  CHILD_SOLDIERING = 'CHILD_SOLDIERING',
  OTHER = 'OTHER',
}

/** Why a notification was sent. */
export enum NotificationType {
  /** A task was assigned to the recipient's agency (recipient is one of its liaison officers). */
  TASK_ASSIGNED_TO_AGENCY = 'TASK_ASSIGNED_TO_AGENCY',
  /** A task was assigned to the recipient in person. */
  TASK_ASSIGNED_TO_YOU = 'TASK_ASSIGNED_TO_YOU',
  /** The status of a task the recipient coordinates or is assigned to changed. */
  TASK_STATUS_CHANGED = 'TASK_STATUS_CHANGED',
  /** Someone commented on a task the recipient coordinates or is assigned to. */
  TASK_COMMENTED = 'TASK_COMMENTED',
  /** The assignee agency acknowledged an urgent task (to the operation's coordinators). */
  TASK_ACKNOWLEDGED = 'TASK_ACKNOWLEDGED',
  /** Nobody of the assignee agency acknowledged an urgent task in time (to the operation's coordinators). */
  TASK_ESCALATED = 'TASK_ESCALATED',
  /** A lead was shared with the recipient's agency (to its liaison officers); says no more than "a lead needs your attention". */
  LEAD_SHARED = 'LEAD_SHARED',
  /** Sharing one of the recipient agency's leads needs a liaison officer's approval. */
  LEAD_APPROVAL_REQUESTED = 'LEAD_APPROVAL_REQUESTED',
  /** A liaison officer approved or refused a share the recipient asked for. */
  LEAD_APPROVAL_DECIDED = 'LEAD_APPROVAL_DECIDED',
  /** A share of one of the recipient agency's leads lapsed (agreement ended, law changed, recipient left the operation). */
  LEAD_SHARE_LAPSED = 'LEAD_SHARE_LAPSED',
  /** The recipient's agency was invited to a joint operation (to its agency admins, coordinators and liaison officers). */
  OPERATION_INVITATION_RECEIVED = 'OPERATION_INVITATION_RECEIVED',
  /** An invited agency accepted or declined (to the operation's coordinators). */
  OPERATION_INVITATION_ANSWERED = 'OPERATION_INVITATION_ANSWERED',
  /** A pending invitation of the recipient's agency was withdrawn (to those who heard of the invitation). */
  OPERATION_INVITATION_WITHDRAWN = 'OPERATION_INVITATION_WITHDRAWN',
  /** A joint operation was activated, suspended, reactivated or closed (to the liaison officers and coordinators of its agencies). */
  OPERATION_STATUS_CHANGED = 'OPERATION_STATUS_CHANGED',
  /** An agency left or was removed from a joint operation; its open tasks need a new assignee (to the coordinators). */
  OPERATION_AGENCY_LEFT = 'OPERATION_AGENCY_LEFT',
  /** A task of the recipient's agency was reassigned to another agency or person (to the former assignee's liaison officers and person). */
  TASK_REASSIGNED_AWAY = 'TASK_REASSIGNED_AWAY',
  /**
   * A message of an operation's channel mentions the recipient (`@<e-mail>`) or their agency (`@<acronym>`: to its
   * liaison officers). Says who and where, never the message.
   */
  OPERATION_MENTION = 'OPERATION_MENTION',
  /** Another agency of the operation sent the recipient's agency a request for information (to its liaison officers). Never the subject or body. */
  INFORMATION_REQUEST_RECEIVED = 'INFORMATION_REQUEST_RECEIVED',
  /** The addressed agency acknowledged receipt of the recipient's request (to its sender). */
  INFORMATION_REQUEST_ACKNOWLEDGED = 'INFORMATION_REQUEST_ACKNOWLEDGED',
  /** The addressed agency answered the recipient's request (to its sender). */
  INFORMATION_REQUEST_ANSWERED = 'INFORMATION_REQUEST_ANSWERED',
  /** A request for information is overdue, or urgent and not acknowledged in time (to the operation's coordinators). */
  INFORMATION_REQUEST_ESCALATED = 'INFORMATION_REQUEST_ESCALATED',
  /**
   * Another agency asked about (queried or recorded) a selector of one of the recipient agency's leads (to its liaison
   * officers): which agency, when, which lead of theirs and the selector's kind; never the selector or the asking side's lead.
   */
  SELECTOR_QUERIED = 'SELECTOR_QUERIED',
  /**
   * The other side of a deconfliction case proposed contact (to the recipient agency's liaison officers): which agency,
   * the case, the message it typed; never the other side's lead.
   */
  DECONFLICTION_CONTACT_PROPOSED = 'DECONFLICTION_CONTACT_PROPOSED',
  /** The querying side of a deconfliction case asks for the recipient agency's lead (to the holder's liaison officers). */
  DECONFLICTION_LEAD_REQUESTED = 'DECONFLICTION_LEAD_REQUESTED',
  /** The holder decided the recipient agency's request for its lead: shared, or not (to the requesting side's liaison officers). */
  DECONFLICTION_LEAD_REQUEST_DECIDED = 'DECONFLICTION_LEAD_REQUEST_DECIDED',
}

/**
 * How an agency takes part in a joint operation: a `PARTY` is a member of the team under its agreement (a JIT's
 * competent authorities); a `PARTICIPANT` takes part without being a party (Europol, Eurojust, IOM, observers),
 * after the Eurojust model JIT agreement.
 */
export enum OperationAgencyRole {
  PARTY = 'PARTY',
  PARTICIPANT = 'PARTICIPANT',
}

/** State of an invitation to join a joint operation. */
export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

/** What an entry of a joint operation's history records. */
export enum OperationEventAction {
  CREATED = 'CREATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  EDITED = 'EDITED',
  PERIOD_EXTENDED = 'PERIOD_EXTENDED',
  AGENCY_INVITED = 'AGENCY_INVITED',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  INVITATION_DECLINED = 'INVITATION_DECLINED',
  INVITATION_WITHDRAWN = 'INVITATION_WITHDRAWN',
  AGENCY_LEFT = 'AGENCY_LEFT',
  AGENCY_REMOVED = 'AGENCY_REMOVED',
  COORDINATOR_APPOINTED = 'COORDINATOR_APPOINTED',
  COORDINATOR_STOOD_DOWN = 'COORDINATOR_STOOD_DOWN',
  EVALUATION_FINALISED = 'EVALUATION_FINALISED',
  /** A PARTY joined after the closing evaluation was finalised: the evaluation is open again for its section. */
  EVALUATION_REOPENED = 'EVALUATION_REOPENED',
}
