import { OperationStatus, TaskPriority, TaskStatus } from './enums';

/**
 * Display names of the glossary's codes that people read — on screens and in the notifications and e-mails the
 * server writes — so a code such as `IN_PROGRESS` never shows. The web client's other labels are in libs/web/ui.
 */

/** Display names of task statuses, in board order. */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  [TaskStatus.OPEN]: 'Open',
  [TaskStatus.IN_PROGRESS]: 'In progress',
  [TaskStatus.BLOCKED]: 'Blocked',
  [TaskStatus.DONE]: 'Done',
  [TaskStatus.CANCELLED]: 'Cancelled',
};

/** Display names of task priorities. */
export const PRIORITY_LABELS: Readonly<Record<TaskPriority, string>> = {
  [TaskPriority.LOW]: 'Low',
  [TaskPriority.MEDIUM]: 'Medium',
  [TaskPriority.HIGH]: 'High',
  [TaskPriority.URGENT]: 'Urgent',
};

/** Display names of joint-operation statuses. */
export const OPERATION_STATUS_LABELS: Readonly<Record<OperationStatus, string>> = {
  [OperationStatus.PLANNED]: 'Planned',
  [OperationStatus.ACTIVE]: 'Active',
  [OperationStatus.SUSPENDED]: 'Suspended',
  [OperationStatus.CLOSED]: 'Closed',
};
