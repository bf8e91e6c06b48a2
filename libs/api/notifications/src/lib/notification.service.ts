import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, badInput, EventBus, isUuid, notFound, SqlPredicate } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { NotificationTextValue, NotificationType } from '@taskforce/domain';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { NotificationPreferencesEntity } from './notification-preferences.entity';
import { isInQuietHours } from './quiet-hours';
import { NotificationEntity } from './notification.entity';
import { NotificationModel } from './notification.model';

/** What a domain service asks to notify; written in the caller's transaction. */
export interface NotificationDraft {
  recipientUserId: string;
  type: NotificationType;
  /** English, for e-mails and older clients; the web client writes it from `type` and `textValues`. */
  title: string;
  body?: string | null;
  /**
   * The values the title and body are written from, by name; each type's names are listed in docs/api-contract.md
   * ("Notifications"). Only what the title and body already say: never more than the recipient may read.
   */
  textValues?: Record<string, string>;
  operationId: string | null;
  taskId?: string | null;
  /** The lead it is about: then listed, counted and replayed only while the recipient's agency may read the lead. */
  leadId?: string | null;
  /** Pushed even when muted or in quiet hours (urgent tasks, escalations). */
  urgent?: boolean;
}

/** A notification's text values as the API and the socket send them: `{ name, value }` pairs sorted by name. */
export function textValueList(values: Record<string, string> | null | undefined): NotificationTextValue[] {
  return Object.entries(values ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ({ name, value: String(value) }));
}

/**
 * SQL predicate true when the lead aliased `leadAlias` (a `leads` row) is readable by the viewer's agency —
 * LeadPolicy.readableWhere, handed over by the leads module (which depends on this one).
 */
export type LeadReadableCondition = (viewer: Pick<AuthUser, 'agencyId'>, leadAlias: string) => SqlPredicate;

/**
 * Persisted notifications. Listing, counting, replaying and marking re-apply the operation visibility rule
 * (OperationPolicy) and, for notifications about a lead, the lead's need-to-know rule (LeadPolicy, handed over): a notification about an operation the recipient's agency
 * no longer participates in, or about a lead it may no longer read (share revoked or lapsed), is no longer shown.
 */
@Injectable()
export class NotificationService {
  /** Until the leads module hands its rule over, lead notifications are shown to nobody (fail closed). */
  private leadReadable: LeadReadableCondition | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bus: EventBus,
  ) {}

  /** Called once by the leads module: the rule deciding which lead notifications a recipient still sees. */
  useLeadReadableCondition(condition: LeadReadableCondition): void {
    this.leadReadable = condition;
  }

  static toModel(e: NotificationEntity): NotificationModel {
    return { id: e.id, type: e.type, title: e.title, body: e.body, textValues: textValueList(e.textValues), operationId: e.operationId, taskId: e.taskId, leadId: e.leadId, urgent: e.urgent, heldBack: e.heldBack, readAt: e.readAt, createdAt: e.createdAt };
  }

  /**
   * Inserts drafts inside `manager`'s transaction, marking as held back (stored, not pushed) those the recipient
   * muted or that fall in their quiet hours at `now` — never urgent ones. Returns the rows to publish after commit.
   */
  async createInTransaction(manager: EntityManager, drafts: NotificationDraft[], now: Date = new Date()): Promise<NotificationEntity[]> {
    if (!drafts.length) return [];
    const prefs = await manager.getRepository(NotificationPreferencesEntity).findBy({ userId: In([...new Set(drafts.map((d) => d.recipientUserId))]) });
    const byUser = new Map(prefs.map((p) => [p.userId, p]));
    const repo = manager.getRepository(NotificationEntity);
    return repo.save(
      drafts.map((d) => {
        const p = byUser.get(d.recipientUserId);
        const heldBack =
          !d.urgent &&
          !!p &&
          (p.mutedTypes.includes(d.type) || (!!d.operationId && p.mutedOperationIds.includes(d.operationId)) || isInQuietHours(now, p.quietHoursStart, p.quietHoursEnd, p.timeZone));
        return repo.create({ ...d, body: d.body ?? null, textValues: d.textValues ?? {}, taskId: d.taskId ?? null, leadId: d.leadId ?? null, urgent: !!d.urgent, heldBack, readAt: null });
      }),
    );
  }

  /** Pushes committed notifications to their recipients' sockets (through the event bus). */
  publish(rows: NotificationEntity[]): void {
    for (const n of rows.filter((row) => !row.heldBack)) {
      this.bus.publish('notification.created', {
        id: n.id,
        recipientUserId: n.recipientUserId,
        type: n.type,
        title: n.title,
        body: n.body,
        textValues: textValueList(n.textValues),
        operationId: n.operationId,
        taskId: n.taskId,
        leadId: n.leadId,
        urgent: n.urgent,
        createdAt: n.createdAt,
      });
    }
  }

  private visibleTo(actor: Pick<AuthUser, 'userId' | 'agencyId'>, manager: EntityManager = this.db.manager): SelectQueryBuilder<NotificationEntity> {
    const operation = OperationPolicy.visibleWhere(actor, 'n.operation_id');
    const lead = this.leadReadable?.(actor, 'l_n');
    return manager
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_user_id = :userId', { userId: actor.userId })
      .andWhere(`(n.operation_id IS NULL OR ${operation.sql})`, { ...operation.params })
      .andWhere(lead ? `(n.lead_id IS NULL OR EXISTS (SELECT 1 FROM leads l_n WHERE l_n.id = n.lead_id AND ${lead.sql}))` : 'n.lead_id IS NULL', { ...lead?.params });
  }

  /**
   * The recipient's notifications an alert e-mail may count at `now` (UTC), oldest first: visible (the rule of `list`),
   * unread, not e-mailed yet, not held back (muted or in quiet hours when they came), at least `delayMinutes` old, and
   * not seen: no session of the recipient was active after the notification came (sessions record activity at most
   * once a minute). Read through `manager`, the alert sweep's transaction.
   */
  awaitingAlert(recipient: Pick<AuthUser, 'userId' | 'agencyId'>, now: Date, delayMinutes: number, manager: EntityManager): Promise<NotificationEntity[]> {
    return this.visibleTo(recipient, manager)
      .andWhere('n.read_at IS NULL AND n.emailed_at IS NULL AND n.held_back = false')
      .andWhere('n.created_at <= :cutoff', { cutoff: new Date(now.getTime() - delayMinutes * 60_000) })
      .andWhere('NOT EXISTS (SELECT 1 FROM sessions s_n WHERE s_n.user_id = n.recipient_user_id AND s_n.last_seen_at > n.created_at)')
      .orderBy('n.seq', 'ASC')
      .getMany();
  }

  /**
   * What a reconnecting client missed: the actor's live (not held-back) notifications newer than
   * `lastNotificationId`, oldest first (at most 500), with the visibility rule re-applied. Empty when the id is
   * not one of the actor's notifications.
   */
  async missedSince(actor: AuthUser, lastNotificationId: string): Promise<NotificationEntity[]> {
    if (!isUuid(lastNotificationId)) return [];
    return this.visibleTo(actor)
      .andWhere('n.held_back = false')
      .andWhere('n.seq > (SELECT last.seq FROM notifications last WHERE last.id = :lastId AND last.recipient_user_id = :userId)', { lastId: lastNotificationId })
      .orderBy('n.seq', 'ASC')
      .take(500)
      .getMany();
  }

  /** The actor's notifications, newest first. @throws BAD_USER_INPUT naming `take` unless 1–200. */
  async list(actor: AuthUser, unreadOnly: boolean, take: number): Promise<NotificationModel[]> {
    if (!Number.isInteger(take) || take < 1 || take > 200) throw badInput([{ field: 'take', message: 'take must be from 1 to 200' }]);
    const qb = this.visibleTo(actor);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    const rows = await qb.orderBy('n.seq', 'DESC').take(take).getMany();
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

  /** Notifications held back (muted or quiet hours) in the 24 hours before `now`, newest first. */
  async digest(actor: AuthUser, now: Date = new Date()): Promise<NotificationModel[]> {
    const rows = await this.visibleTo(actor)
      .andWhere('n.held_back = true')
      .andWhere('n.created_at > :since', { since: new Date(now.getTime() - 24 * 3600 * 1000) })
      .orderBy('n.seq', 'DESC')
      .take(200)
      .getMany();
    return rows.map(NotificationService.toModel);
  }
}
