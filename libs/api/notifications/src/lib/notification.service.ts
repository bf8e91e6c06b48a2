import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, EventBus, isUuid, notFound } from '@taskforce/api-core';
import { OperationAccessService } from '@taskforce/api-operations';
import { NotificationType } from '@taskforce/domain';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { NotificationEntity } from './notification.entity';
import { NotificationModel } from './notification.model';

/** What a domain service asks to notify; written in the caller's transaction. */
export interface NotificationDraft {
  recipientUserId: string;
  type: NotificationType;
  title: string;
  body?: string | null;
  operationId: string | null;
  taskId?: string | null;
}

/**
 * Persisted notifications. Listing and counting re-apply the operation visibility rule, so a notification about
 * an operation the recipient's agency no longer participates in is no longer shown.
 */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bus: EventBus,
  ) {}

  static toModel(e: NotificationEntity): NotificationModel {
    return { id: e.id, type: e.type, title: e.title, body: e.body, operationId: e.operationId, taskId: e.taskId, readAt: e.readAt, createdAt: e.createdAt };
  }

  /** Inserts drafts inside `manager`'s transaction; returns the rows to publish once it commits. */
  async createInTransaction(manager: EntityManager, drafts: NotificationDraft[]): Promise<NotificationEntity[]> {
    if (!drafts.length) return [];
    const repo = manager.getRepository(NotificationEntity);
    return repo.save(drafts.map((d) => repo.create({ ...d, body: d.body ?? null, taskId: d.taskId ?? null, readAt: null })));
  }

  /** Pushes committed notifications to their recipients' sockets (through the event bus). */
  publish(rows: NotificationEntity[]): void {
    for (const n of rows) {
      this.bus.publish('notification.created', {
        id: n.id,
        recipientUserId: n.recipientUserId,
        type: n.type,
        title: n.title,
        body: n.body,
        operationId: n.operationId,
        taskId: n.taskId,
        createdAt: n.createdAt,
      });
    }
  }

  private visibleTo(actor: AuthUser): SelectQueryBuilder<NotificationEntity> {
    return this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_user_id = :userId', { userId: actor.userId })
      .andWhere(`(n.operation_id IS NULL OR ${OperationAccessService.visibleOperationCondition('n.operation_id')})`, {
        viewerAgencyId: actor.agencyId,
      });
  }

  /** The actor's notifications, newest first; `take` is clamped to 1–200. */
  async list(actor: AuthUser, unreadOnly: boolean, take: number): Promise<NotificationModel[]> {
    const qb = this.visibleTo(actor);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    const rows = await qb.orderBy('n.seq', 'DESC').take(Math.min(Math.max(take, 1), 200)).getMany();
    return rows.map(NotificationService.toModel);
  }

  /** How many of the actor's visible notifications are unread. */
  unreadCount(actor: AuthUser): Promise<number> {
    return this.visibleTo(actor).andWhere('n.read_at IS NULL').getCount();
  }

  /** Marks one of the actor's notifications read (idempotent). @throws NOT_FOUND for anyone else's or unknown ids. */
  async markRead(actor: AuthUser, id: string): Promise<NotificationModel> {
    if (!isUuid(id)) throw notFound('Notification');
    const row = await this.visibleTo(actor).andWhere('n.id = :id', { id }).getOne();
    if (!row) throw notFound('Notification');
    if (!row.readAt) {
      row.readAt = new Date();
      await this.db.getRepository(NotificationEntity).update({ id: row.id }, { readAt: row.readAt });
    }
    return NotificationService.toModel(row);
  }

  /** Marks all the actor's visible unread notifications read; returns how many. */
  async markAllRead(actor: AuthUser): Promise<number> {
    const ids = (await this.visibleTo(actor).andWhere('n.read_at IS NULL').select('n.id', 'id').getRawMany<{ id: string }>()).map((r) => r.id);
    if (!ids.length) return 0;
    await this.db.query('UPDATE notifications SET read_at = now() WHERE id = ANY($1::uuid[]) AND read_at IS NULL', [ids]);
    return ids.length;
  }
}
