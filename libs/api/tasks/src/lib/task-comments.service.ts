import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, EventBus } from '@taskforce/api-core';
import { NotificationService } from '@taskforce/api-notifications';
import { NotificationType } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { AddTaskCommentInput } from './dto/task.inputs';
import { claimIdempotencyKey, recordTaskEvent, taskFollowers } from './task-records';
import { TaskCommentEntity, TaskEventAction, TaskEventEntity } from './task.entity';
import { TaskCommentModel, TaskEventModel } from './task.model';
import { TaskPolicy } from './task.policy';

/** A task's comments and history: adding a comment (idempotent by key), reading both for a task the caller sees. */
@Injectable()
export class TaskCommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TaskPolicy,
    private readonly notifications: NotificationService,
    private readonly bus: EventBus,
  ) {}

  /**
   * Adds a comment. @throws NOT_FOUND when invisible; FORBIDDEN when the actor is neither of the assignee agency
   * nor a coordinator of the operation.
   */
  async addComment(actor: AuthUser, input: AddTaskCommentInput): Promise<TaskCommentModel> {
    const { comment, task, published, fresh } = await this.db.transaction(async (manager) => {
      const { task, operation } = await this.tasks.requireWritable(actor, input.taskId, manager);
      TaskPolicy.requireCommenter(actor, operation, task);
      const repo = manager.getRepository(TaskCommentEntity);
      const claim = await claimIdempotencyKey(manager, actor.userId, 'addTaskComment', input.idempotencyKey);
      if (!claim.fresh) return { comment: await repo.findOneByOrFail({ id: claim.id }), task, published: [], fresh: false };
      const comment = await repo.save(repo.create({ id: claim.id, taskId: task.id, authorId: actor.userId, body: input.body.trim() }));
      await recordTaskEvent(manager, task.id, actor.userId, TaskEventAction.COMMENTED, {});
      const recipients = await taskFollowers(manager, task, operation, actor.userId);
      const drafts = recipients.map((userId) => ({
        recipientUserId: userId,
        type: NotificationType.TASK_COMMENTED,
        title: `New comment on ${task.title}`,
        textValues: { task: task.title },
        operationId: task.operationId,
        taskId: task.id,
      }));
      return { comment, task, published: await this.notifications.createInTransaction(manager, drafts), fresh: true };
    });
    if (fresh) {
      this.notifications.publish(published);
      this.bus.publish('task.changed', { operationId: task.operationId, taskId: task.id, change: 'COMMENTED', status: task.status, version: task.version });
    }
    return { id: comment.id, body: comment.body, createdAt: comment.createdAt, authorId: comment.authorId };
  }

  /** Comments of a task the caller already may see, oldest first. */
  async comments(taskId: string): Promise<TaskCommentModel[]> {
    const rows = await this.db.getRepository(TaskCommentEntity).find({ where: { taskId }, order: { createdAt: 'ASC' } });
    return rows.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt, authorId: c.authorId }));
  }

  /** History of a task the caller already may see, oldest first. */
  async history(taskId: string): Promise<TaskEventModel[]> {
    const rows = await this.db.getRepository(TaskEventEntity).find({ where: { taskId }, order: { at: 'ASC' } });
    return rows.map((e) => ({ id: e.id, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, detail: e.detail, at: e.at, actorId: e.actorId }));
  }
}
