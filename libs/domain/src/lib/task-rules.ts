import { OperationStatus, Role, TaskStatus } from './enums';

/** The facts about a person that the coordination rules look at. */
export interface Actor {
  userId: string;
  agencyId: string;
  roles: readonly Role[];
}

/** The facts about a joint operation that the coordination rules look at. */
export interface OperationFacts {
  status: OperationStatus;
  participatingAgencyIds: readonly string[];
  coordinatorUserIds: readonly string[];
}

/** The facts about a task that the coordination rules look at. */
export interface TaskFacts {
  status: TaskStatus;
  assigneeAgencyId: string;
}

/** Statuses a task never leaves. */
export const TERMINAL_TASK_STATUSES: readonly TaskStatus[] = [TaskStatus.DONE, TaskStatus.CANCELLED];

/**
 * True for a status a task never leaves (DONE, CANCELLED). Like the other rules the web client calls, it takes the
 * enum or its value as a string (`${TaskStatus}`), the form GraphQL types give the client.
 */
export function isTerminalTaskStatus(status: `${TaskStatus}`): boolean {
  return TERMINAL_TASK_STATUSES.some((terminal) => terminal === status);
}

/**
 * Need-to-know for operations: true when the actor's agency participates in the operation. Everything under
 * an operation (tasks, comments, history, notifications, socket rooms) follows this one rule.
 * Platform admins get no exception.
 */
export function canSeeOperation(actor: Pick<Actor, 'agencyId'>, operation: Pick<OperationFacts, 'participatingAgencyIds'>): boolean {
  return operation.participatingAgencyIds.includes(actor.agencyId);
}

/**
 * True when the actor coordinates the operation: named as one of its coordinators, holding the COORDINATOR
 * role, and still in a participating agency.
 */
export function isCoordinatorOf(actor: Actor, operation: OperationFacts): boolean {
  return (
    canSeeOperation(actor, operation) &&
    actor.roles.includes(Role.COORDINATOR) &&
    operation.coordinatorUserIds.includes(actor.userId)
  );
}

/** Only coordinators of an operation that is not closed create and assign its tasks. */
export function canCreateTask(actor: Actor, operation: OperationFacts): boolean {
  return isCoordinatorOf(actor, operation) && operation.status !== OperationStatus.CLOSED;
}

/**
 * Members of the assignee agency move a task's status; coordinators of the operation may too (e.g. cancel). Nobody
 * does in a CLOSED operation (read-only).
 */
export function canUpdateTaskStatus(actor: Actor, operation: OperationFacts, task: TaskFacts): boolean {
  if (!canSeeOperation(actor, operation) || operation.status === OperationStatus.CLOSED) return false;
  return actor.agencyId === task.assigneeAgencyId || isCoordinatorOf(actor, operation);
}

/**
 * The liaison officers of the assignee agency and the assignee person acknowledge an urgent task for the agency (the
 * API asks this of a task the actor already sees, in an operation that is not closed).
 */
export function canAcknowledgeTask(actor: Actor, task: Pick<TaskFacts, 'assigneeAgencyId'> & { assigneeUserId: string | null }): boolean {
  const isLiaison = actor.agencyId === task.assigneeAgencyId && actor.roles.includes(Role.LIAISON_OFFICER);
  return isLiaison || actor.userId === task.assigneeUserId;
}

/** The assignee agency's members and the operation's coordinators comment on a task. */
export function canCommentOnTask(actor: Actor, operation: OperationFacts, task: TaskFacts): boolean {
  return canUpdateTaskStatus(actor, operation, task);
}

/**
 * Whether a task may move from one status to another: any change between different statuses, except out of
 * DONE or CANCELLED (terminal: a finished action is reopened as a new task, which keeps the history honest).
 */
export function isAllowedTaskTransition(from: `${TaskStatus}`, to: `${TaskStatus}`): boolean {
  return from !== to && !isTerminalTaskStatus(from);
}

/**
 * Coordinators of an operation that is not closed edit its tasks (title, description, priority, pillar, due date)
 * and reassign them to another participating agency or person.
 */
export function canEditTask(actor: Actor, operation: OperationFacts): boolean {
  return canCreateTask(actor, operation);
}
