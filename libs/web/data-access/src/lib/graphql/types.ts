import type {
  AgencyKind,
  FormOfExploitation,
  InvitationStatus,
  NotificationEvent,
  NotificationType,
  OperationAgencyRole,
  OperationEventAction,
  OperationStatus,
  Pillar,
  Role,
  TaskPriority,
  TaskStatus,
} from '@taskforce/domain';

/**
 * The shapes this client selects from the GraphQL API (docs/api-contract.md), written by hand: each type
 * lists exactly the fields its document asks for. DateTime values are ISO 8601 strings in UTC.
 */

/** An agency as shown on cards and badges. */
export interface AgencySummary {
  id: string;
  name: string;
  acronym: string;
  kind: AgencyKind;
  /** ISO 3166-1 alpha-2, null for international bodies. */
  country: string | null;
  countryName: string | null;
}

/** A person named on a task, a comment or an event. */
export interface PersonSummary {
  id: string;
  displayName: string;
  agency: Pick<AgencySummary, 'id' | 'acronym'>;
}

/** The signed-in person. */
export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  agency: AgencySummary;
}

/**
 * What `login`, `loginSecondFactor` and `refreshSession` return to the web client. Its session lives in HttpOnly
 * cookies (the tokens never reach the page's script), so it asks for no token: only when the access token expires
 * (ISO 8601, UTC) and who signed in.
 */
export interface AuthPayload {
  accessTokenExpiresAt: string;
  user: Viewer;
}

/** A way to give the second step of sign-in (LoginResult.secondFactorMethods). */
export type SecondFactorMethod = 'TOTP' | 'RECOVERY_CODE' | 'PASSKEY';

/**
 * The answer to `login`: a session, or (second factor set) a challenge for loginSecondFactor and no session, with the
 * methods the person has and, when they have a passkey, the WebAuthn request options (JSON) for it.
 */
export type LoginResult =
  | (AuthPayload & { secondFactorRequired: false; challengeToken: null; secondFactorMethods: SecondFactorMethod[]; passkeyOptions: null; secondFactorEnrolmentRequired: boolean })
  | {
      secondFactorRequired: true;
      challengeToken: string;
      challengeExpiresAt: string;
      secondFactorMethods: SecondFactorMethod[];
      passkeyOptions: string | null;
      accessTokenExpiresAt: null;
      user: null;
      secondFactorEnrolmentRequired: boolean;
    };

/** A passkey the signed-in person registered (times ISO 8601, UTC). */
export interface Passkey {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  transports: string[];
}

/** WebAuthn options (JSON) with a single-use challenge, and when it expires (ISO 8601, UTC). */
export interface PasskeyChallenge {
  optionsJson: string;
  expiresAt: string;
}

/** The signed-in person's second factors (mySecondFactor). */
export interface SecondFactorStatus {
  /** TOTP or at least one passkey. */
  enabled: boolean;
  totpEnabled: boolean;
  passkeys: Passkey[];
  enabledAt: string | null;
  enrolmentRequired: boolean;
  requiredByAgency: boolean;
  requiredForAdmins: boolean;
  recoveryCodesLeft: number;
}

/** A new TOTP secret (beginTotpEnrolment). */
export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeSvg: string;
}

/** A task as shown on a board card. */
export interface TaskCardData {
  id: string;
  title: string;
  status: TaskStatus;
  version: number;
  priority: TaskPriority;
  pillar: Pillar;
  dueAt: string | null;
  updatedAt: string;
  assigneeAgency: AgencySummary;
  assigneeUser: Pick<PersonSummary, 'id' | 'displayName'> | null;
  viewerCanUpdateStatus: boolean;
  /** True for URGENT tasks: the assignee agency is asked to acknowledge them. */
  requiresAcknowledgement: boolean;
  acknowledgedAt: string | null;
  acknowledgedBy: PersonSummary | null;
  /** When the coordinators were told that nobody acknowledged in time (null when not escalated). */
  escalatedAt: string | null;
  /** True when the assignee agency no longer takes part in the operation: a coordinator reassigns or cancels it. */
  assigneeLeft: boolean;
}

/** A task in the "my tasks" list, which also names its joint operation. */
export interface MyTaskData extends TaskCardData {
  operation: { id: string; name: string; escalationMinutes: number };
}

/** A joint operation as shown on the dashboard. */
export interface OperationSummary {
  id: string;
  name: string;
  description: string | null;
  status: OperationStatus;
  countries: string[];
  formsOfExploitation: FormOfExploitation[];
  leadAgency: AgencySummary;
  participatingAgencies: AgencySummary[];
  viewerIsCoordinator: boolean;
  createdAt: string;
  tasks: Array<{ id: string; status: TaskStatus }>;
}

/** An agency taking part in a joint operation, with its role. */
export interface OperationParticipantData {
  agency: AgencySummary;
  role: OperationAgencyRole;
  isLead: boolean;
  /** UTC. */
  joinedAt: string;
}

/** One entry of a joint operation's history (oldest first). */
export interface OperationEventData {
  id: string;
  action: OperationEventAction;
  fromStatus: OperationStatus | null;
  toStatus: OperationStatus | null;
  detail: string | null;
  reason: string | null;
  /** UTC. */
  at: string;
  /** Null when the system did it (an expiry). */
  actor: { id: string; displayName: string; agency: { id: string; acronym: string } } | null;
  /** The agency the entry is about (invited, joined, left), if any. */
  agency: { id: string; acronym: string } | null;
}

/** An invitation of a joint operation, as its coordinators see it. */
export interface OperationInvitationSummary {
  id: string;
  status: InvitationStatus;
  role: OperationAgencyRole;
  message: string | null;
  agency: Pick<AgencySummary, 'id' | 'acronym' | 'name'>;
  /** "Name (ACRONYM)". */
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  respondedAt: string | null;
  respondedBy: string | null;
  responseReason: string | null;
  /** Enabled coordinators and agency admins of the invited agency, who can answer; 0 = nobody can. */
  answerers: number;
}

/** A joint operation with its board, its lifecycle facts, agencies, invitations and history. */
export interface OperationBoardData extends Omit<OperationSummary, 'tasks'> {
  /** Minutes after creation at which an unacknowledged urgent task is escalated to the coordinators. */
  escalationMinutes: number;
  coordinators: PersonSummary[];
  tasks: TaskCardData[];
  purpose: string | null;
  /** Give it as expectedVersion when changing the operation. */
  version: number;
  /** UTC dates YYYY-MM-DD. */
  startsOn: string | null;
  endsOn: string | null;
  legalBasisAgreementId: string | null;
  legalBasisCitation: string | null;
  /** When (UTC) the closing evaluation was finalised; closing needs it. */
  evaluationFinalisedAt: string | null;
  participants: OperationParticipantData[];
  history: OperationEventData[];
  invitations: OperationInvitationSummary[];
}

/** An invitation addressed to the caller's agency, with what it may know of the operation before accepting. */
export interface AgencyInvitationData extends Omit<OperationInvitationSummary, 'agency'> {
  agency: Pick<AgencySummary, 'id' | 'acronym'>;
  operation: {
    id: string;
    name: string;
    purpose: string | null;
    status: OperationStatus;
    startsOn: string | null;
    endsOn: string | null;
    leadAgency: Pick<AgencySummary, 'id' | 'acronym' | 'name'>;
  };
}

/** An agreement offered as a joint operation's legal basis. */
export interface LegalBasisAgreement {
  id: string;
  title: string;
  article: string | null;
  /** IN_FORCE, NOT_YET_IN_FORCE, EXPIRED or SUSPENDED. */
  status: string;
}

/** Input of `createOperation`. */
export interface CreateOperationInput {
  name: string;
  purpose?: string | null;
  description?: string | null;
  countries: string[];
  formsOfExploitation: FormOfExploitation[];
  startsOn?: string | null;
  endsOn?: string | null;
  legalBasisAgreementId?: string | null;
  legalBasisCitation?: string | null;
  escalationMinutes?: number | null;
}

/** Input of `updateOperation`: only the fields given change; null clears a nullable one. */
export interface UpdateOperationInput {
  operationId: string;
  expectedVersion: number;
  name?: string;
  purpose?: string | null;
  description?: string | null;
  countries?: string[];
  formsOfExploitation?: FormOfExploitation[];
  startsOn?: string | null;
  endsOn?: string | null;
  legalBasisAgreementId?: string | null;
  legalBasisCitation?: string | null;
  /** Required when the period is extended. */
  reason?: string | null;
}

/** Input of `updateTask` (coordinators): only the fields given change; null clears description, dueAt, assigneeUserId. */
export interface UpdateTaskInput {
  taskId: string;
  expectedVersion: number;
  title?: string;
  description?: string | null;
  priority?: TaskPriority;
  pillar?: Pillar;
  dueAt?: string | null;
  assigneeAgencyId?: string;
  assigneeUserId?: string | null;
}

/** One comment on a task. */
export interface TaskCommentData {
  id: string;
  body: string;
  createdAt: string;
  author: PersonSummary;
}

/** What a task history entry records. */
export type TaskEventAction = 'CREATED' | 'ASSIGNED' | 'STATUS_CHANGED' | 'COMMENTED' | 'ACKNOWLEDGED' | 'ESCALATED' | 'EDITED';

/** One entry of a task's history. */
export interface TaskEventData {
  id: string;
  action: TaskEventAction;
  fromStatus: TaskStatus | null;
  toStatus: TaskStatus | null;
  detail: string | null;
  at: string;
  /** Null when the system did it (ESCALATED). */
  actor: PersonSummary | null;
}

/** A task with everything the detail panel shows. */
export interface TaskDetailData extends TaskCardData {
  description: string | null;
  createdAt: string;
  operation: { id: string; name: string; status: OperationStatus; escalationMinutes: number; viewerIsCoordinator: boolean };
  /** The lead the task acts on, as the viewer may read it; null when none or when the viewer may not read it. */
  lead: { id: string; summary: string; tlp: string } | null;
  createdBy: PersonSummary;
  comments: TaskCommentData[];
  history: TaskEventData[];
}

/** A person a coordinator may assign a task to. */
export interface AssignableUser {
  id: string;
  displayName: string;
  roles: Role[];
}

/** A persisted notification: what the socket pushes (the shared contract in libs/domain), plus its read state. */
export interface NotificationData extends NotificationEvent {
  /** Stored but not pushed live (muted or quiet hours); listed in the digest. */
  heldBack: boolean;
  readAt: string | null;
}

/** A person's notification preferences; quiet hours are "HH:MM" in `timeZone`, both null when off. */
export interface NotificationPreferences {
  mutedTypes: NotificationType[];
  mutedOperationIds: string[];
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  /** IANA time zone, e.g. "Europe/Bucharest". */
  timeZone: string;
}

/** What was held back (muted or during quiet hours) in the last 24 hours, newest first. */
export interface NotificationDigest {
  /** End of the 24-hour window (UTC). */
  until: string;
  count: number;
  items: NotificationData[];
}

/** Input of `createTask`. */
export interface CreateTaskInput {
  operationId: string;
  title: string;
  description?: string | null;
  assigneeAgencyId: string;
  assigneeUserId?: string | null;
  pillar: Pillar;
  priority: TaskPriority;
  dueAt?: string | null;
  /** One per form submission (kept while retrying it): a repeat returns the task created the first time. */
  idempotencyKey?: string;
}

/** Input of `addTaskComment`. */
export interface AddTaskCommentInput {
  taskId: string;
  body: string;
  /** One per form submission (kept while retrying it): a repeat returns the comment created the first time. */
  idempotencyKey?: string;
}
