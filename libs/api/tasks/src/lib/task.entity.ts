import { Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Which change a history entry records. */
export enum TaskEventAction {
  CREATED = 'CREATED',
  ASSIGNED = 'ASSIGNED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  COMMENTED = 'COMMENTED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ESCALATED = 'ESCALATED',
  EDITED = 'EDITED',
}

/** A cross-agency action of a joint operation, as stored. */
@Entity({ name: 'tasks' })
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'operation_id', type: 'uuid' })
  operationId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'enum', enum: TaskStatus, enumName: 'task_status' })
  status: TaskStatus;

  /** Optimistic-concurrency version: 1 at creation, +1 on every change. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: TaskPriority, enumName: 'task_priority' })
  priority: TaskPriority;

  @Column({ type: 'enum', enum: Pillar, enumName: 'pillar' })
  pillar: Pillar;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** The lead this task acts on, if any (readable only with both the task and the lead). */
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId: string | null;

  @Column({ name: 'assignee_agency_id', type: 'uuid' })
  assigneeAgencyId: string;

  @Column({ name: 'assignee_user_id', type: 'uuid', nullable: true })
  assigneeUserId: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  /** When (UTC) the assignee agency acknowledged the task; only urgent tasks ask for it. */
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by_id', type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  /** When (UTC) the coordinators were alerted that nobody acknowledged in time. */
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A comment on a task. */
@Entity({ name: 'task_comments' })
export class TaskCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One entry of a task's history: who did what, when (UTC). Append-only. */
@Entity({ name: 'task_events' })
export class TaskEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  /** Who did it; null for the system (escalations). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'enum', enum: TaskEventAction, enumName: 'task_event_action' })
  action: TaskEventAction;

  @Column({ name: 'from_status', type: 'enum', enum: TaskStatus, enumName: 'task_status', nullable: true })
  fromStatus: TaskStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: TaskStatus, enumName: 'task_status', nullable: true })
  toStatus: TaskStatus | null;

  /** Human-readable detail, e.g. "assigned to RO-DIICOT". */
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
