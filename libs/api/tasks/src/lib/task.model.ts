import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AgencyModel } from '@taskforce/api-agencies';
import type { UserModel } from '@taskforce/api-auth';
import { OperationFacts, Pillar, TaskPriority, TaskStatus } from '@taskforce/domain';
import type { TaskFilter } from './board/task-filter-sql';
import { TaskEventAction } from './task.entity';

registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'OPEN → IN_PROGRESS → BLOCKED → DONE | CANCELLED' });
registerEnumType(TaskPriority, { name: 'TaskPriority' });
registerEnumType(Pillar, { name: 'Pillar', description: '4P paradigm: prevention, protection, prosecution, partnership' });
registerEnumType(TaskEventAction, { name: 'TaskEventAction' });

@ObjectType('Task', { description: 'A cross-agency action of a joint operation' })
export class TaskModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => Int, { description: 'Send it back as expectedVersion when changing the task' })
  version: number;

  @Field(() => TaskPriority)
  priority: TaskPriority;

  @Field(() => Pillar)
  pillar: Pillar;

  @Field(() => Date, { nullable: true, description: 'UTC' })
  dueAt: Date | null;

  @Field({ description: 'UTC' })
  createdAt: Date;

  @Field({ description: 'UTC' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the assignee agency acknowledged it (UTC)' })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the coordinators were alerted that nobody acknowledged in time (UTC)' })
  escalatedAt: Date | null;

  @Field({ description: 'True for URGENT tasks: the assignee agency must acknowledge them' })
  requiresAcknowledgement: boolean;

  @Field({ description: 'True when the assignee agency no longer takes part in the operation: a coordinator must reassign or cancel the task' })
  assigneeLeft: boolean;

  operationId: string;
  /** The lead this task acts on (exposed only through the need-to-know checked field Task.lead). */
  leadId: string | null;
  assigneeAgencyId: string;
  assigneeUserId: string | null;
  createdById: string;
  acknowledgedById: string | null;
  /** What the reader loaded with the task (board pages): the card's field resolvers then answer without a load. */
  loaded?: TaskCardRelations;
}

/**
 * The records a task card shows, read once for a whole board page (one statement per kind), and the facts of the
 * task's operation (which the viewer may see) that `viewerCanUpdateStatus` is decided on.
 */
export interface TaskCardRelations {
  assigneeAgency: AgencyModel;
  /** Null when the task is assigned to the agency only. */
  assigneeUser: UserModel | null;
  /** Null when nobody acknowledged it. */
  acknowledgedBy: UserModel | null;
  operation: OperationFacts;
}

@ObjectType('TaskComment')
export class TaskCommentModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field({ description: 'UTC' })
  createdAt: Date;

  authorId: string;
}

@ObjectType('TaskEvent', { description: 'One entry of a task history' })
export class TaskEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => TaskEventAction)
  action: TaskEventAction;

  @Field(() => TaskStatus, { nullable: true })
  fromStatus: TaskStatus | null;

  @Field(() => TaskStatus, { nullable: true })
  toStatus: TaskStatus | null;

  @Field(() => String, { nullable: true })
  detail: string | null;

  @Field({ description: 'UTC' })
  at: Date;

  actorId: string | null;
}

/** The most tasks one page of a board column holds (`TaskColumn.tasks(first)`). */
export const TASK_PAGE_MAX = 200;

/** A column of an operation's task board: its tasks of one status, counted in SQL, read a page at a time. */
@ObjectType('TaskColumn', { description: "One column of a joint operation's task board: the tasks of one status" })
export class TaskColumnModel {
  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => Int, { description: 'How many tasks of the operation have this status (and match the board\'s filter, when one is given)' })
  total: number;

  operationId: string;
  /** Facts of the column's operation, which the viewer may see (checked when the columns were read). */
  operation: OperationFacts;
  /** Which of the column's tasks are shown and counted (normalised; `{}` shows them all). */
  filter: TaskFilter;
}
