import type {
  AgencyKind,
  FormOfExploitation,
  NotificationType,
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

/** What `login` and `refreshSession` return. */
export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  user: Viewer;
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

/** A joint operation with its board. */
export interface OperationBoardData extends Omit<OperationSummary, 'tasks'> {
  /** Minutes after creation at which an unacknowledged urgent task is escalated to the coordinators. */
  escalationMinutes: number;
  coordinators: PersonSummary[];
  tasks: TaskCardData[];
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
  operation: { id: string; name: string; escalationMinutes: number; viewerIsCoordinator: boolean };
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

/** A persisted notification. */
export interface NotificationData {
  id: string;
  type: NotificationType;
  title: string;
  body: string | null;
  operationId: string | null;
  taskId: string | null;
  /** Pushed even when muted or during quiet hours (an urgent task, an escalation). */
  urgent: boolean;
  /** Stored but not pushed live (muted or quiet hours); listed in the digest. */
  heldBack: boolean;
  readAt: string | null;
  createdAt: string;
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
