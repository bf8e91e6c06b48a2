import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { UserEntity, UserService } from '@taskforce/api-auth';
import { AuthUser, badInput, EventBus, groupByKeys, loadByKey, whereArgs } from '@taskforce/api-core';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { OperationPolicy } from '@taskforce/api-operations';
import { isAllowedTaskTransition, NotificationType, PRIORITY_LABELS, TASK_STATUS_LABELS, TaskPriority, TaskStatus, TERMINAL_TASK_STATUSES } from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CreateTaskInput, UpdateTaskInput, UpdateTaskStatusInput } from './dto/task.inputs';
import { claimIdempotencyKey, recordTaskEvent, requiresAcknowledgement, taskConflict, taskFollowers } from './task-records';
import { TaskEntity, TaskEventAction } from './task.entity';
import { TaskPolicy } from './task.policy';
import { TaskModel } from './task.model';

/**
 * Tasks (cross-agency actions): every read goes through TaskPolicy (the operation visibility rule); every change writes its
 * history entry and its notifications in the same transaction, and is pushed only after commit.
 */
@Injectable()
export class TaskService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationPolicy,
    private readonly policy: TaskPolicy,
    private readonly notifications: NotificationService,
    private readonly bus: EventBus,
    private readonly users: UserService,
  ) {}

  /** The task as the API shows it; `participatingAgencyIds` of its operation decide `assigneeLeft`. */
  static toModel(e: TaskEntity, participatingAgencyIds?: readonly string[]): TaskModel {
    return {
      id: e.id,
      title: e.title,
      description: e.description,
      status: e.status,
      version: e.version,
      priority: e.priority,
      pillar: e.pillar,
      dueAt: e.dueAt,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      operationId: e.operationId,
      leadId: e.leadId,
      assigneeAgencyId: e.assigneeAgencyId,
      assigneeUserId: e.assigneeUserId,
      createdById: e.createdById,
      acknowledgedAt: e.acknowledgedAt,
      acknowledgedById: e.acknowledgedById,
      escalatedAt: e.escalatedAt,
      requiresAcknowledgement: requiresAcknowledgement(e),
      assigneeLeft: participatingAgencyIds ? !participatingAgencyIds.includes(e.assigneeAgencyId) : false,
    };
  }

  /**
   * Tasks of a visible operation, by due date (none last) then creation. Inside a request, the tasks of the
   * operations asked in one tick (a list of operations) are read by one statement.
   * @throws NOT_FOUND for the operation.
   */
  async listForOperation(actor: AuthUser, operationId: string): Promise<TaskModel[]> {
    const facts = await this.access.require(actor, operationId);
    const rows = await loadByKey('operation.tasks', operationId, async (ids: readonly string[]) => {
      const found = await this.db
        .getRepository(TaskEntity)
        .createQueryBuilder('t')
        .where('t.operation_id = ANY(:ids::uuid[])', { ids: [...new Set(ids)] })
        .orderBy('t.due_at', 'ASC', 'NULLS LAST')
        .addOrderBy('t.created_at', 'ASC')
        .addOrderBy('t.id', 'ASC')
        .getMany();
      return groupByKeys(ids, found, (t) => t.operationId);
    });
    return rows.map((row) => TaskService.toModel(row, facts.participatingAgencyIds));
  }

  /** Unfinished tasks assigned to the actor or the actor's agency, in visible operations, due first. */
  async listMine(actor: AuthUser): Promise<TaskModel[]> {
    const rows = await this.db
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where('(t.assignee_user_id = :userId OR t.assignee_agency_id = :agencyId)', { userId: actor.userId, agencyId: actor.agencyId })
      .andWhere('t.status NOT IN (:...terminal)', { terminal: TERMINAL_TASK_STATUSES })
      .andWhere(...whereArgs(TaskPolicy.visibleWhere(actor, 't')))
      .orderBy('t.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('t.created_at', 'ASC')
      .limit(200)
      .getMany();
    return rows.map((row) => TaskService.toModel(row));
  }

  /** One task the actor may see. @throws NOT_FOUND ("Task not found") otherwise (TaskPolicy.require). */
  async get(actor: AuthUser, taskId: string): Promise<TaskModel> {
    const { task, operation } = await this.policy.require(actor, taskId);
    return TaskService.toModel(task, operation.participatingAgencyIds);
  }

  /**
   * True when the actor may move the task's status. `task` was read under need-to-know; its operation's facts are
   * loaded once per request for all the tasks of a board.
   */
  async viewerCanUpdateStatus(actor: AuthUser, task: TaskModel): Promise<boolean> {
    const operation = await this.access.require(actor, task.operationId);
    return TaskPolicy.canUpdateStatus(actor, operation, task);
  }

  /**
   * Creates and assigns a task; notifies the assignee agency's liaison officers and the assignee person.
   * @throws NOT_FOUND for an invisible operation; FORBIDDEN unless the actor coordinates it; BAD_USER_INPUT when
   *   the assignee agency does not participate, the assignee person is not of that agency, or dueAt is invalid.
   */
  async create(actor: AuthUser, input: CreateTaskInput): Promise<TaskModel> {
    const { task, published, fresh } = await this.db.transaction(async (manager) => {
      const claim = await claimIdempotencyKey(manager, actor.userId, 'createTask', input.idempotencyKey);
      if (!claim.fresh) {
        return { task: (await this.policy.require(actor, claim.id, manager)).task, published: [], fresh: false };
      }
      const operation = await this.access.requireWritable(actor, input.operationId, manager);
      TaskPolicy.requireCreator(actor, operation);
      if (!operation.participatingAgencyIds.includes(input.assigneeAgencyId)) {
        throw badInput([{ field: 'assigneeAgencyId', message: 'the agency does not participate in this joint operation' }]);
      }
      const agency = await manager.getRepository(AgencyEntity).findOneByOrFail({ id: input.assigneeAgencyId });
      let assignee: UserEntity | null = null;
      if (input.assigneeUserId) {
        assignee = await manager.getRepository(UserEntity).findOne({ where: { id: input.assigneeUserId } });
        if (!assignee || assignee.agencyId !== agency.id || assignee.disabledAt) {
          throw badInput([{ field: 'assigneeUserId', message: 'the person must be an active member of the assignee agency' }]);
        }
      }
      if (input.dueAt && Number.isNaN(input.dueAt.getTime())) throw badInput([{ field: 'dueAt', message: 'dueAt must be a date' }]);
      const repo = manager.getRepository(TaskEntity);
      const saved = await repo.save(
        repo.create({
          id: claim.id,
          operationId: input.operationId,
          title: input.title.trim(),
          description: input.description?.trim() || null,
          status: TaskStatus.OPEN,
          version: 1,
          priority: input.priority,
          pillar: input.pillar,
          dueAt: input.dueAt ?? null,
          assigneeAgencyId: agency.id,
          assigneeUserId: assignee?.id ?? null,
          createdById: actor.userId,
          acknowledgedAt: null,
          acknowledgedById: null,
          escalatedAt: null,
        }),
      );
      const urgent = requiresAcknowledgement(saved);
      const assignedTo = assignee ? `${agency.acronym} (${assignee.displayName})` : agency.acronym;
      await recordTaskEvent(manager, saved.id, actor.userId, TaskEventAction.CREATED, { detail: `created and assigned to ${assignedTo}`, toStatus: TaskStatus.OPEN });
      const liaisons = await this.users.liaisonOfficersOf(agency.id, manager);
      const drafts: NotificationDraft[] = [];
      if (assignee && assignee.id !== actor.userId) {
        drafts.push({ recipientUserId: assignee.id, type: NotificationType.TASK_ASSIGNED_TO_YOU, title: `Task assigned to you: ${saved.title}`, body: `${PRIORITY_LABELS[saved.priority]} priority`, textValues: { task: saved.title, priority: saved.priority }, operationId: saved.operationId, taskId: saved.id, urgent });
      }
      for (const officer of liaisons) {
        if (officer.id === actor.userId || officer.id === assignee?.id) continue;
        drafts.push({ recipientUserId: officer.id, type: NotificationType.TASK_ASSIGNED_TO_AGENCY, title: `New task for ${agency.acronym}: ${saved.title}`, body: `${PRIORITY_LABELS[saved.priority]} priority`, textValues: { agency: agency.acronym, task: saved.title, priority: saved.priority }, operationId: saved.operationId, taskId: saved.id, urgent });
      }
      return { task: saved, published: await this.notifications.createInTransaction(manager, drafts), fresh: true };
    });
    if (fresh) {
      this.notifications.publish(published);
      this.bus.publish('task.changed', { operationId: task.operationId, taskId: task.id, change: 'CREATED', status: task.status, version: task.version });
    }
    return TaskService.toModel(task);
  }

  /**
   * Moves a task's status if `expectedVersion` is still current.
   * @throws NOT_FOUND when invisible; FORBIDDEN when the actor is neither of the assignee agency nor a coordinator;
   *   BAD_USER_INPUT for a transition out of DONE/CANCELLED or to the same status; CONFLICT (with
   *   `currentVersion` and `currentStatus`) when the version is stale — nothing is written then.
   */
  async updateStatus(actor: AuthUser, input: UpdateTaskStatusInput): Promise<TaskModel> {
    const { task, published } = await this.db.transaction(async (manager) => {
      const { task: current, operation } = await this.policy.requireWritable(actor, input.taskId, manager);
      TaskPolicy.requireStatusMover(actor, operation, current);
      if (current.version !== input.expectedVersion) throw await taskConflict(manager, current);
      if (!isAllowedTaskTransition(current.status, input.status)) {
        throw badInput([{ field: 'status', message: `cannot move a task from ${current.status} to ${input.status}` }]);
      }
      const result = await manager
        .createQueryBuilder()
        .update(TaskEntity)
        .set({ status: input.status, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: current.id, version: input.expectedVersion })
        .returning('*')
        .execute();
      if (!result.affected) throw await taskConflict(manager, await manager.getRepository(TaskEntity).findOneByOrFail({ id: current.id }));
      const updated = await manager.getRepository(TaskEntity).findOneByOrFail({ id: current.id });
      await recordTaskEvent(manager, updated.id, actor.userId, TaskEventAction.STATUS_CHANGED, { fromStatus: current.status, toStatus: updated.status });
      const recipients = await taskFollowers(manager, updated, operation, actor.userId);
      const drafts = recipients.map((userId) => ({
        recipientUserId: userId,
        type: NotificationType.TASK_STATUS_CHANGED,
        title: `${updated.title}: ${TASK_STATUS_LABELS[current.status]} → ${TASK_STATUS_LABELS[updated.status]}`,
        textValues: { task: updated.title, fromStatus: current.status, toStatus: updated.status },
        operationId: updated.operationId,
        taskId: updated.id,
      }));
      return { task: updated, published: await this.notifications.createInTransaction(manager, drafts) };
    });
    this.notifications.publish(published);
    this.bus.publish('task.changed', { operationId: task.operationId, taskId: task.id, change: 'STATUS_CHANGED', status: task.status, version: task.version });
    return TaskService.toModel(task);
  }

  /**
   * Edits a task and/or reassigns it, if `expectedVersion` is still current (coordinators of an open operation).
   * Reassignment goes to a participating agency (and optionally one of its active people): the new assignee agency's
   * liaison officers and person are notified as for a new task, the former ones are told it moved away. Every change
   * lands in the task's history.
   * @throws NOT_FOUND when invisible; FAILED_PRECONDITION when the operation is closed; FORBIDDEN unless the actor
   *   coordinates it; CONFLICT (as `updateStatus`) on a stale version; BAD_USER_INPUT naming `title` (cleared),
   *   `assigneeAgencyId` (not participating) or `assigneeUserId` (not an active person of the assignee agency).
   */
  async update(actor: AuthUser, input: UpdateTaskInput): Promise<TaskModel> {
    const { task, published, changed, participating } = await this.db.transaction(async (manager) => {
      const { task: current, operation } = await this.policy.requireWritable(actor, input.taskId, manager);
      TaskPolicy.requireEditor(actor, operation);
      if (current.version !== input.expectedVersion) throw await taskConflict(manager, current);
      if (input.title === null) throw badInput([{ field: 'title', message: 'title cannot be cleared' }]);
      const agencyId = input.assigneeAgencyId ?? current.assigneeAgencyId;
      const agencyMoved = agencyId !== current.assigneeAgencyId;
      if (agencyMoved && !operation.participatingAgencyIds.includes(agencyId)) {
        throw badInput([{ field: 'assigneeAgencyId', message: 'the agency does not participate in this joint operation' }]);
      }
      // Moving to another agency drops the person unless a new one of that agency is named.
      const userId = input.assigneeUserId !== undefined ? input.assigneeUserId : agencyMoved ? null : current.assigneeUserId;
      let assignee: UserEntity | null = null;
      if (userId) {
        assignee = await manager.getRepository(UserEntity).findOne({ where: { id: userId } });
        if (!assignee || assignee.agencyId !== agencyId || assignee.disabledAt) {
          throw badInput([{ field: 'assigneeUserId', message: 'the person must be an active member of the assignee agency' }]);
        }
      }
      const next = {
        title: input.title?.trim() ?? current.title,
        description: input.description === undefined ? current.description : input.description?.trim() || null,
        priority: input.priority ?? current.priority,
        pillar: input.pillar ?? current.pillar,
        dueAt: input.dueAt === undefined ? current.dueAt : input.dueAt,
        assigneeAgencyId: agencyId,
        assigneeUserId: userId ?? null,
      };
      const edited = (['title', 'description', 'priority', 'pillar', 'dueAt'] as const).filter((f) => String(next[f]?.valueOf() ?? '') !== String(current[f]?.valueOf() ?? ''));
      const reassigned = next.assigneeAgencyId !== current.assigneeAgencyId || next.assigneeUserId !== current.assigneeUserId;
      if (!edited.length && !reassigned) return { task: current, published: [], changed: false, participating: operation.participatingAgencyIds };
      // A newly urgent task asks the (new) assignee agency for a fresh acknowledgement.
      const ackReset = (reassigned || (next.priority === TaskPriority.URGENT && current.priority !== TaskPriority.URGENT)) ? { acknowledgedAt: null, acknowledgedById: null, escalatedAt: null } : {};
      const result = await manager
        .createQueryBuilder()
        .update(TaskEntity)
        .set({ ...next, ...ackReset, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: current.id, version: input.expectedVersion })
        .execute();
      if (!result.affected) throw await taskConflict(manager, await manager.getRepository(TaskEntity).findOneByOrFail({ id: current.id }));
      const updated = await manager.getRepository(TaskEntity).findOneByOrFail({ id: current.id });
      if (edited.length) await recordTaskEvent(manager, updated.id, actor.userId, TaskEventAction.EDITED, { detail: `changed ${edited.join(', ')}` });
      const drafts: NotificationDraft[] = [];
      if (reassigned) {
        const [fromAgency, toAgency] = await Promise.all([
          manager.getRepository(AgencyEntity).findOneByOrFail({ id: current.assigneeAgencyId }),
          manager.getRepository(AgencyEntity).findOneByOrFail({ id: next.assigneeAgencyId }),
        ]);
        const assignedTo = assignee ? `${toAgency.acronym} (${assignee.displayName})` : toAgency.acronym;
        await recordTaskEvent(manager, updated.id, actor.userId, TaskEventAction.ASSIGNED, { detail: `reassigned from ${fromAgency.acronym} to ${assignedTo}` });
        const urgent = requiresAcknowledgement(updated);
        if (assignee && assignee.id !== actor.userId && assignee.id !== current.assigneeUserId) {
          drafts.push({ recipientUserId: assignee.id, type: NotificationType.TASK_ASSIGNED_TO_YOU, title: `Task assigned to you: ${updated.title}`, body: `${PRIORITY_LABELS[updated.priority]} priority`, textValues: { task: updated.title, priority: updated.priority }, operationId: updated.operationId, taskId: updated.id, urgent });
        }
        const told = new Set([actor.userId, ...(assignee ? [assignee.id] : [])]);
        if (agencyMoved) {
          for (const officer of await this.liaisonOfficerIds(toAgency.id)) {
            if (told.has(officer)) continue;
            told.add(officer);
            drafts.push({ recipientUserId: officer, type: NotificationType.TASK_ASSIGNED_TO_AGENCY, title: `New task for ${toAgency.acronym}: ${updated.title}`, body: `${PRIORITY_LABELS[updated.priority]} priority`, textValues: { agency: toAgency.acronym, task: updated.title, priority: updated.priority }, operationId: updated.operationId, taskId: updated.id, urgent });
          }
        }
        // The former assignee side hears the task moved: its person, and its liaison officers when the agency changed
        // (only while that agency still takes part; an agency that left no longer sees the operation).
        const formerSide = [
          ...(current.assigneeUserId ? [current.assigneeUserId] : []),
          ...(agencyMoved && OperationPolicy.canSee({ agencyId: fromAgency.id }, operation) ? await this.liaisonOfficerIds(fromAgency.id) : []),
        ];
        for (const userId of new Set(formerSide)) {
          if (told.has(userId)) continue;
          told.add(userId);
          drafts.push({ recipientUserId: userId, type: NotificationType.TASK_REASSIGNED_AWAY, title: `Task moved to ${assignedTo}: ${updated.title}`, textValues: { assignee: assignedTo, task: updated.title }, operationId: updated.operationId, taskId: updated.id });
        }
      }
      return { task: updated, published: await this.notifications.createInTransaction(manager, drafts), changed: true, participating: operation.participatingAgencyIds };
    });
    if (changed) {
      this.notifications.publish(published);
      this.bus.publish('task.changed', { operationId: task.operationId, taskId: task.id, change: 'EDITED', status: task.status, version: task.version });
    }
    return TaskService.toModel(task, participating);
  }

  /**
   * Sets (or, with null, clears) the lead a task acts on, in the caller's transaction `manager`: the task's version
   * goes up, so an edit made on the previous version gets CONFLICT. Returns the task as stored now. The caller
   * checks who may link (LeadService) and, after commit, calls `announceLinkChanged` so boards refresh. The task's
   * history, read by every member of the operation, does not record it: members who may not read the lead must not
   * learn that one is linked (the audit log records the link).
   */
  async setLeadLink(manager: EntityManager, task: TaskEntity, leadId: string | null): Promise<TaskEntity> {
    await manager.getRepository(TaskEntity).update({ id: task.id }, { leadId, version: () => 'version + 1' });
    return manager.getRepository(TaskEntity).findOneByOrFail({ id: task.id });
  }

  /** After commit of `setLeadLink`: `task.changed` EDITED with the new version (boards reload the task). */
  announceLinkChanged(task: TaskEntity): void {
    this.bus.publish('task.changed', { operationId: task.operationId, taskId: task.id, change: 'EDITED', status: task.status, version: task.version });
  }

  /**
   * Acknowledges an urgent task for the assignee agency (idempotent: the first acknowledgement stays) and tells
   * the coordinators.
   * @throws NOT_FOUND when invisible; FORBIDDEN unless the actor is a liaison officer of the assignee agency or the
   *   assignee person; BAD_USER_INPUT when the task does not ask for an acknowledgement.
   */
  async acknowledge(actor: AuthUser, taskId: string): Promise<TaskModel> {
    const { task, published, changed } = await this.db.transaction(async (manager) => {
      const { task: current, operation } = await this.policy.requireWritable(actor, taskId, manager);
      TaskPolicy.requireAcknowledger(actor, current);
      if (!requiresAcknowledgement(current)) throw badInput([{ field: 'taskId', message: 'only urgent tasks ask for an acknowledgement' }]);
      const result = await manager
        .createQueryBuilder()
        .update(TaskEntity)
        .set({ acknowledgedAt: () => 'clock_timestamp()', acknowledgedById: actor.userId })
        .where('id = :id AND acknowledged_at IS NULL', { id: current.id })
        .execute();
      const updated = await manager.getRepository(TaskEntity).findOneByOrFail({ id: current.id });
      if (!result.affected) return { task: updated, published: [], changed: false };
      await recordTaskEvent(manager, updated.id, actor.userId, TaskEventAction.ACKNOWLEDGED, {});
      const coordinators = operation.coordinatorUserIds.filter((id) => id !== actor.userId);
      const drafts = coordinators.map((userId) => ({
        recipientUserId: userId,
        type: NotificationType.TASK_ACKNOWLEDGED,
        title: `Acknowledged: ${updated.title}`,
        textValues: { task: updated.title },
        operationId: updated.operationId,
        taskId: updated.id,
      }));
      return { task: updated, published: await this.notifications.createInTransaction(manager, drafts), changed: true };
    });
    if (changed) {
      this.notifications.publish(published);
      this.bus.publish('task.changed', { operationId: task.operationId, taskId: task.id, change: 'ACKNOWLEDGED', status: task.status, version: task.version });
    }
    return TaskService.toModel(task);
  }

  /** Ids of the active liaison officers of an agency (UserService.liaisonOfficersOf). */
  private async liaisonOfficerIds(agencyId: string): Promise<string[]> {
    return (await this.users.liaisonOfficersOf(agencyId)).map((u) => u.id);
  }
}

