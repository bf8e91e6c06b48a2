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
}

/** A task in the "my tasks" list, which also names its joint operation. */
export interface MyTaskData extends TaskCardData {
  operation: { id: string; name: string };
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

/** One entry of a task's history. */
export interface TaskEventData {
  id: string;
  action: 'CREATED' | 'ASSIGNED' | 'STATUS_CHANGED' | 'COMMENTED';
  fromStatus: TaskStatus | null;
  toStatus: TaskStatus | null;
  detail: string | null;
  at: string;
  actor: PersonSummary;
}

/** A task with everything the detail panel shows. */
export interface TaskDetailData extends TaskCardData {
  description: string | null;
  createdAt: string;
  operation: { id: string; name: string };
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
  readAt: string | null;
  createdAt: string;
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
}
