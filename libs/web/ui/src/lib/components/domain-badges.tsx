import { OperationStatus, Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import { Badge, type BadgeTone } from './badge';
import {
  labelOf,
  OPERATION_STATUS_LABELS,
  PILLAR_LABELS,
  PRIORITY_LABELS,
  TASK_STATUS_LABELS,
} from '../format/labels';

const TASK_STATUS_TONES: Record<TaskStatus, BadgeTone> = {
  [TaskStatus.OPEN]: 'info',
  [TaskStatus.IN_PROGRESS]: 'accent',
  [TaskStatus.BLOCKED]: 'warning',
  [TaskStatus.DONE]: 'success',
  [TaskStatus.CANCELLED]: 'neutral',
};

const PRIORITY_TONES: Record<TaskPriority, BadgeTone> = {
  [TaskPriority.LOW]: 'neutral',
  [TaskPriority.MEDIUM]: 'info',
  [TaskPriority.HIGH]: 'warning',
  [TaskPriority.URGENT]: 'danger',
};

const OPERATION_STATUS_TONES: Record<OperationStatus, BadgeTone> = {
  [OperationStatus.PLANNED]: 'info',
  [OperationStatus.ACTIVE]: 'success',
  [OperationStatus.SUSPENDED]: 'warning',
  [OperationStatus.CLOSED]: 'neutral',
};

/** The status of a task as a coloured badge. */
export function TaskStatusBadge({ status }: { status: `${TaskStatus}` }) {
  return <Badge tone={TASK_STATUS_TONES[status] ?? 'neutral'}>{labelOf(TASK_STATUS_LABELS, status)}</Badge>;
}

/** The priority of a task as a coloured badge ("Urgent" in red). */
export function PriorityBadge({ priority }: { priority: `${TaskPriority}` }) {
  return (
    <Badge tone={PRIORITY_TONES[priority] ?? 'neutral'} data-priority={priority}>
      {labelOf(PRIORITY_LABELS, priority)} priority
    </Badge>
  );
}

/** The 4P pillar of a task as an outlined badge. */
export function PillarBadge({ pillar }: { pillar: `${Pillar}` }) {
  return (
    <Badge tone="neutral" className="tf-badge--outline" title="4P pillar">
      {labelOf(PILLAR_LABELS, pillar)}
    </Badge>
  );
}

/** The status of a joint operation as a coloured badge. */
export function OperationStatusBadge({ status }: { status: `${OperationStatus}` }) {
  return <Badge tone={OPERATION_STATUS_TONES[status] ?? 'neutral'}>{labelOf(OPERATION_STATUS_LABELS, status)}</Badge>;
}
