import { OperationStatus, Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import { Badge, type BadgeTone } from './badge';
import { labelFrom, OPERATION_STATUS_LABEL_IDS, PILLAR_LABEL_IDS, PRIORITY_BADGE_IDS, TASK_STATUS_LABEL_IDS } from '../format/labels';
import { useLingui } from '../i18n/messages';

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
  const { _ } = useLingui();
  return <Badge tone={TASK_STATUS_TONES[status] ?? 'neutral'}>{labelFrom(_, TASK_STATUS_LABEL_IDS, status)}</Badge>;
}

/** The priority of a task as a coloured badge ("Urgent" in red). */
export function PriorityBadge({ priority }: { priority: `${TaskPriority}` }) {
  const { _ } = useLingui();
  return (
    <Badge tone={PRIORITY_TONES[priority] ?? 'neutral'} data-priority={priority}>
      {labelFrom(_, PRIORITY_BADGE_IDS, priority)}
    </Badge>
  );
}

/** The 4P pillar of a task as an outlined badge. */
export function PillarBadge({ pillar }: { pillar: `${Pillar}` }) {
  const { _ } = useLingui();
  return (
    <Badge tone="neutral" className="tf-badge--outline" title={_('pillar.title')}>
      {labelFrom(_, PILLAR_LABEL_IDS, pillar)}
    </Badge>
  );
}

/** The status of a joint operation as a coloured badge. */
export function OperationStatusBadge({ status }: { status: `${OperationStatus}` }) {
  const { _ } = useLingui();
  return <Badge tone={OPERATION_STATUS_TONES[status] ?? 'neutral'}>{labelFrom(_, OPERATION_STATUS_LABEL_IDS, status)}</Badge>;
}
