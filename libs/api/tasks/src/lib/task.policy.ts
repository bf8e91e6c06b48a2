import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, forbidden, isUuid, notFound, SqlPredicate } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { Actor, canAcknowledgeTask, canCommentOnTask, canCreateTask, canEditTask, canUpdateTaskStatus, isOperationWritable, OperationFacts } from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';
import { TaskEntity } from './task.entity';

/** A task the caller may see, with the facts of its operation. */
export interface VisibleTask {
  task: TaskEntity;
  operation: OperationFacts;
}

/**
 * Need-to-know for tasks (cross-agency actions), and who may act on one: a task is visible exactly when its joint
 * operation is (OperationPolicy; libs/domain `canSeeOperation`), so its comments, history and notifications follow.
 * Gives the SQL predicate (`visibleWhere`), the in-memory check (`canSee`), `require` (NOT_FOUND "Task not found" for
 * unknown, malformed and invisible ids alike) and the record-dependent checks — coordinator of the task's operation,
 * member of its assignee agency, liaison officer of the assignee agency — from libs/domain's task rules.
 */
@Injectable()
export class TaskPolicy {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly operations: OperationPolicy,
  ) {}

  /** SQL predicate true when the task aliased `alias` (a `tasks` row) is visible to the viewer. */
  static visibleWhere(viewer: Pick<AuthUser, 'agencyId'>, alias: string): SqlPredicate {
    return OperationPolicy.visibleWhere(viewer, `${alias}.operation_id`);
  }

  /** In memory: true when the actor may see a task of the operation with these facts. */
  static canSee(actor: Pick<AuthUser, 'agencyId'>, operation: Pick<OperationFacts, 'participatingAgencyIds'>): boolean {
    return OperationPolicy.canSee(actor, operation);
  }

  /** True when the actor may move the task's status (assignee agency or coordinator; not in a CLOSED operation). */
  static canUpdateStatus(actor: Actor, operation: OperationFacts, task: Pick<TaskEntity, 'status' | 'assigneeAgencyId'>): boolean {
    return canUpdateTaskStatus(actor, operation, task);
  }

  /** @throws FORBIDDEN unless the actor coordinates the (writable) operation the task is created in. */
  static requireCreator(actor: Actor, operation: OperationFacts): void {
    if (!canCreateTask(actor, operation)) throw forbidden('Only coordinators of this joint operation create and assign tasks');
  }

  /** @throws FORBIDDEN unless the actor is of the assignee agency or coordinates the operation. */
  static requireStatusMover(actor: Actor, operation: OperationFacts, task: TaskEntity): void {
    if (!canUpdateTaskStatus(actor, operation, task)) throw forbidden('Only the assignee agency and the coordinators of the joint operation change this task');
  }

  /** @throws FORBIDDEN unless the actor coordinates the operation (edits and reassignments). */
  static requireEditor(actor: Actor, operation: OperationFacts): void {
    if (!canEditTask(actor, operation)) throw forbidden('Only coordinators of this joint operation edit and reassign its tasks');
  }

  /** @throws FORBIDDEN unless the actor is of the assignee agency or coordinates the operation. */
  static requireCommenter(actor: Actor, operation: OperationFacts, task: TaskEntity): void {
    if (!canCommentOnTask(actor, operation, task)) throw forbidden('Only the assignee agency and the coordinators of the joint operation comment on this task');
  }

  /** @throws FORBIDDEN unless the actor is a liaison officer of the assignee agency or the assignee person. */
  static requireAcknowledger(actor: Actor, task: TaskEntity): void {
    if (!canAcknowledgeTask(actor, task)) throw forbidden('Only the liaison officers of the assignee agency or the assignee acknowledge this task');
  }

  /** A task the actor may see, with its operation's facts. @throws NOT_FOUND ("Task not found") otherwise. */
  async require(actor: Pick<AuthUser, 'agencyId'>, taskId: string, manager?: EntityManager): Promise<VisibleTask> {
    if (!isUuid(taskId)) throw notFound('Task');
    const task = await (manager ?? this.db.manager).getRepository(TaskEntity).findOne({ where: { id: taskId } });
    if (!task) throw notFound('Task');
    const operation = await this.operations.facts(task.operationId, manager);
    if (!operation || !TaskPolicy.canSee(actor, operation)) throw notFound('Task');
    return { task, operation };
  }

  /**
   * A task the actor may see whose operation still takes writes.
   * @throws NOT_FOUND as `require`; FAILED_PRECONDITION naming the operation when it is CLOSED.
   */
  async requireWritable(actor: Pick<AuthUser, 'agencyId'>, taskId: string, manager?: EntityManager): Promise<VisibleTask> {
    const visible = await this.require(actor, taskId, manager);
    if (!isOperationWritable(visible.operation.status)) throw await this.operations.closedError(visible.task.operationId, manager);
    return visible;
  }
}
