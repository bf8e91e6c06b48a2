import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyService } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserService } from '@taskforce/api-auth';
import { AuthUser, badInput, EventBus, failedPrecondition, forbidden, isUuid, notFound, readInput } from '@taskforce/api-core';
import { NotificationService } from '@taskforce/api-notifications';
import { OperationPolicy } from '@taskforce/api-operations';
import { claimIdempotencyKey } from '@taskforce/api-tasks';
import { handlingConditionProblem, isCoordinatorOf, isOperationWritable, mentionsIn, newMentionsIn, NotificationType, OperationFacts, OperationMessageChange, OperationMessageEvent, TlpLabel } from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';
import { EditOperationMessageInput, OperationMessagesArgs, PostOperationMessageInput } from './dto/operation-message.inputs';
import { OperationMessageEntity } from './operation-message.entity';
import { OperationMessageModel } from './operation-message.model';

/** Messages per `operationMessages` page when `first` is left out. */
const DEFAULT_PAGE = 50;

/**
 * A joint operation's channel: messages in threads, mentions that notify, unread markers per person, edits and
 * deletions kept in the audit chain, search. Who may read is the operation's rule (OperationPolicy: the people of
 * its participating agencies, every message); writing needs the operation not CLOSED. Unknown, malformed and
 * invisible ids (operation, thread, message) all answer NOT_FOUND.
 */
@Injectable()
export class OperationChannelService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly operations: OperationPolicy,
    private readonly users: UserService,
    private readonly agencies: AgencyService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
  ) {}

  /**
   * Posts a message, or a reply in a thread (a reply to a reply goes to the same thread). Notifies the people it
   * mentions (`@<e-mail>`) and the liaison officers of the agencies it mentions (`@<acronym>`), never its author.
   * The same `idempotencyKey` again returns the first message.
   * @throws NOT_FOUND for an operation or thread the caller cannot see; FAILED_PRECONDITION when the operation is closed;
   *   IDEMPOTENCY_KEY_REUSED for a key the caller first used with a different message.
   */
  async post(actor: AuthUser, input: PostOperationMessageInput): Promise<OperationMessageModel> {
    const { message, facts, published } = await this.db.transaction(async (m) => {
      const facts = await this.operations.requireWritable(actor, input.operationId, m);
      const repo = m.getRepository(OperationMessageEntity);
      const threadId = input.threadId ? await this.threadOf(m, input.operationId, input.threadId) : null;
      const request = { operationId: input.operationId, threadId: input.threadId ?? null, body: input.body, tlp: input.tlp ?? TlpLabel.AMBER, handlingCode: input.handlingCode ?? null, handlingCondition: input.handlingCondition ?? null };
      const claim = await claimIdempotencyKey(m, actor.userId, 'postOperationMessage', input.idempotencyKey, request);
      if (!claim.fresh) return { message: await repo.findOneByOrFail({ id: claim.id }), facts, published: null };
      await repo.insert({
        id: claim.id,
        seq: await nextSeq(m, input.operationId),
        operationId: input.operationId,
        threadId,
        authorId: actor.userId,
        authorAgencyId: actor.agencyId,
        body: input.body,
        tlp: input.tlp ?? TlpLabel.AMBER,
        handlingCode: input.handlingCode ?? null,
        handlingCondition: input.handlingCondition ?? null,
      });
      const message = await repo.findOneByOrFail({ id: claim.id });
      const drafts = await this.mentionNotices(m, actor, message, facts);
      return { message, facts, published: await this.notifications.createInTransaction(m, drafts) };
    });
    if (published) {
      this.notifications.publish(published);
      this.bus.publish('operation.message', toEvent(message, 'POSTED'));
    }
    return toModel(message, actor, facts, 0);
  }

  /**
   * Replaces the body of one's own message; the earlier body is kept (operation_message_revisions) and the edit is
   * an audit entry. Notifies, as `post` does, only the people and agencies the new body mentions that no earlier body of
   * the message did (`newMentionsIn`): removing a mention, or writing it again, tells nobody. `handlingCondition`, when
   * given, replaces the restriction of a message marked H3. @throws BAD_USER_INPUT naming every bad field at once:
   * `body` of the wrong form (`EditOperationMessageInput`), `handlingCondition` on a message not marked H3 or empty;
   * @throws NOT_FOUND as `post`; FORBIDDEN for another person's message; FAILED_PRECONDITION when the operation is closed
   * or the message deleted (a field of the wrong form is named first, whatever the message).
   */
  async edit(actor: AuthUser, raw: Record<string, unknown>): Promise<OperationMessageModel> {
    const { input, problems } = await readInput(EditOperationMessageInput, raw);
    const { message, facts, changed, published } = await this.db.transaction(async (m) => {
      const { message, facts } = await this.requireMessage(m, actor, input.id).then((found) => {
        if (found.message.deletedAt) throw failedPrecondition('This message was deleted: it cannot be edited');
        if (found.message.authorId !== actor.userId) throw forbidden('Only its author may edit a message');
        return found;
      }).catch((error: unknown) => {
        throw problems.length ? badInput(problems) : error;
      });
      const restriction = input.handlingCondition == null ? message.handlingCondition : input.handlingCondition || null;
      const problem = input.handlingCondition == null ? null : handlingConditionProblem(message.handlingCode, restriction);
      if (problem) problems.push({ field: 'handlingCondition', message: problem });
      if (problems.length) throw badInput(problems);
      const bodyChanged = message.body !== input.body;
      if (!bodyChanged && restriction === message.handlingCondition) return { message, facts, changed: false, published: [] };
      const revisions: Array<{ body: string }> = await m.query('SELECT body FROM operation_message_revisions WHERE message_id = $1', [message.id]);
      const earlier = [message.body ?? '', ...revisions.map((r) => r.body)];
      if (bodyChanged) await m.query('INSERT INTO operation_message_revisions (message_id, body, replaced_by_id) VALUES ($1, $2, $3)', [message.id, message.body, actor.userId]);
      await m.query('UPDATE operation_messages SET body = $2, handling_condition = $3, edited_at = now() WHERE id = $1', [message.id, input.body, restriction]);
      await this.audit.record(actor, { action: AuditAction.OPERATION_MESSAGE_EDITED, subjectType: AuditSubject.OPERATION_MESSAGE, subjectId: message.id, details: { operationId: message.operationId, threadId: message.threadId } }, m);
      const edited = await m.getRepository(OperationMessageEntity).findOneByOrFail({ id: message.id });
      const drafts = bodyChanged ? await this.mentionNotices(m, actor, edited, facts, earlier) : [];
      return { message: edited, facts, changed: true, published: await this.notifications.createInTransaction(m, drafts) };
    });
    if (changed) {
      this.notifications.publish(published);
      this.bus.publish('operation.message', toEvent(message, 'EDITED'));
    }
    return toModel(message, actor, facts, await this.replyCount(message));
  }

  /**
   * Deletes a message: its body, earlier bodies and H3 restriction are removed (its marking stays), the row stays as
   * "message deleted", and the deletion is an audit entry. Its author or a coordinator of the operation may; deleting a deleted message changes nothing.
   * @throws NOT_FOUND as `post`; FORBIDDEN for anyone else; FAILED_PRECONDITION when the operation is closed.
   */
  async delete(actor: AuthUser, id: string): Promise<OperationMessageModel> {
    const { message, facts, changed } = await this.db.transaction(async (m) => {
      const { message, facts } = await this.requireMessage(m, actor, id);
      if (message.deletedAt) return { message, facts, changed: false };
      const byAuthor = message.authorId === actor.userId;
      if (!byAuthor && !isCoordinatorOf(actor, facts)) throw forbidden('Only its author or a coordinator of this joint operation may delete a message');
      await m.query('DELETE FROM operation_message_revisions WHERE message_id = $1', [message.id]);
      await m.query('UPDATE operation_messages SET body = NULL, handling_condition = NULL, deleted_at = now(), deleted_by_id = $2 WHERE id = $1', [message.id, actor.userId]);
      await this.audit.record(actor, { action: AuditAction.OPERATION_MESSAGE_DELETED, subjectType: AuditSubject.OPERATION_MESSAGE, subjectId: message.id, details: { operationId: message.operationId, threadId: message.threadId, byAuthor } }, m);
      return { message: await m.getRepository(OperationMessageEntity).findOneByOrFail({ id: message.id }), facts, changed: true };
    });
    if (changed) this.bus.publish('operation.message', toEvent(message, 'DELETED'));
    return toModel(message, actor, facts, await this.replyCount(message));
  }

  /**
   * A page of the channel, oldest first: the threads' first messages (no `threadId`), one thread (its first message
   * and its replies), or the messages of any thread whose body contains `search` (ignoring case; deleted ones never).
   * The latest `first` (default 50) before `beforeSeq` when given. @throws NOT_FOUND for an operation or thread the
   * caller cannot see.
   */
  async list(actor: AuthUser, args: OperationMessagesArgs): Promise<OperationMessageModel[]> {
    const facts = await this.operations.require(actor, args.operationId);
    const query = this.db.getRepository(OperationMessageEntity).createQueryBuilder('m').where('m.operation_id = :operationId', { operationId: args.operationId });
    if (args.search) {
      query.andWhere(`m.body ILIKE :pattern ESCAPE '\\'`, { pattern: `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    } else if (args.threadId) {
      const threadId = await this.threadOf(this.db.manager, args.operationId, args.threadId);
      query.andWhere('(m.id = :threadId OR m.thread_id = :threadId)', { threadId });
    } else {
      query.andWhere('m.thread_id IS NULL');
    }
    if (args.beforeSeq) query.andWhere('m.seq < :beforeSeq', { beforeSeq: args.beforeSeq });
    const rows = (await query.orderBy('m.seq', 'DESC').take(args.first ?? DEFAULT_PAGE).getMany()).reverse();
    const replies = await this.replyCounts(rows.filter((r) => r.threadId === null).map((r) => r.id));
    return rows.map((row) => toModel(row, actor, facts, replies.get(row.id) ?? 0));
  }

  /** Messages of the operation posted after the caller last read its channel, not by the caller, not deleted. @throws NOT_FOUND as `list`. */
  async unreadCount(actor: AuthUser, operationId: string): Promise<number> {
    await this.operations.require(actor, operationId);
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n FROM operation_messages m
        WHERE m.operation_id = $1 AND m.deleted_at IS NULL AND m.author_id <> $2
          AND m.seq > COALESCE((SELECT r.last_read_seq FROM operation_channel_reads r WHERE r.operation_id = $1 AND r.user_id = $2), 0)`,
      [operationId, actor.userId],
    );
    return row.n;
  }

  /** Marks the whole channel read for the caller (also in a closed operation); returns the unread count after, 0. @throws NOT_FOUND as `list`. */
  async markRead(actor: AuthUser, operationId: string): Promise<number> {
    await this.operations.require(actor, operationId);
    await this.db.query(
      `INSERT INTO operation_channel_reads (operation_id, user_id, last_read_seq)
       SELECT $1, $2, COALESCE(max(seq), 0) FROM operation_messages WHERE operation_id = $1
       ON CONFLICT (operation_id, user_id) DO UPDATE SET last_read_seq = GREATEST(operation_channel_reads.last_read_seq, EXCLUDED.last_read_seq)`,
      [operationId, actor.userId],
    );
    return this.unreadCount(actor, operationId);
  }

  /** The message and its operation's facts, the message locked for the caller's change; writable operations only. */
  private async requireMessage(m: EntityManager, actor: AuthUser, id: string): Promise<{ message: OperationMessageEntity; facts: OperationFacts }> {
    const message = isUuid(id) ? await m.getRepository(OperationMessageEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    const facts = message ? await this.operations.facts(message.operationId, m) : null;
    if (!message || !facts || !OperationPolicy.canSee(actor, facts)) throw notFound('Message');
    if (!isOperationWritable(facts.status)) throw await this.operations.closedError(message.operationId, m);
    return { message, facts };
  }

  /** The thread a reply to `id` belongs to (the thread of a reply, or the message itself). @throws NOT_FOUND ("Thread not found") outside the operation. */
  private async threadOf(m: EntityManager, operationId: string, id: string): Promise<string> {
    const parent = isUuid(id) ? await m.getRepository(OperationMessageEntity).findOneBy({ id, operationId }) : null;
    if (!parent) throw notFound('Thread');
    return parent.threadId ?? parent.id;
  }

  private async replyCount(message: OperationMessageEntity): Promise<number> {
    return message.threadId ? 0 : ((await this.replyCounts([message.id])).get(message.id) ?? 0);
  }

  /** Replies (not deleted) per thread. */
  async replyCounts(threadIds: string[]): Promise<Map<string, number>> {
    if (!threadIds.length) return new Map();
    const rows: Array<{ thread_id: string; n: number }> = await this.db.query(
      'SELECT thread_id, count(*)::int AS n FROM operation_messages WHERE thread_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY thread_id',
      [threadIds],
    );
    return new Map(rows.map((r) => [r.thread_id, r.n]));
  }

  /**
   * The notifications a message's mentions make: mentioned people, and the liaison officers of mentioned agencies, all
   * of the operation's participating agencies. For an edit, `earlier` holds the message's earlier bodies: only what
   * none of them mentioned notifies.
   */
  private async mentionNotices(m: EntityManager, actor: AuthUser, message: OperationMessageEntity, facts: OperationFacts, earlier?: string[]) {
    if (!message.body?.includes('@')) return [];
    const [agencies, people] = await Promise.all([this.agencies.findByIds(facts.participatingAgencyIds), this.users.activeMembersOf(facts.participatingAgencyIds, m)]);
    const candidates = { agencies, people };
    const { agencyIds, userIds } = earlier ? newMentionsIn(message.body, earlier, candidates) : mentionsIn(message.body, candidates);
    const officers = agencyIds.length ? await this.users.liaisonOfficersOf(agencyIds, m) : [];
    const recipients = [...new Set([...userIds, ...officers.map((u) => u.id)])].filter((id) => id !== actor.userId);
    if (!recipients.length) return [];
    const [operation] = await m.query('SELECT name FROM operations WHERE id = $1', [message.operationId]);
    const author = people.find((p) => p.id === actor.userId)?.displayName ?? 'Someone';
    return recipients.map((recipientUserId) => ({
      recipientUserId,
      type: NotificationType.OPERATION_MENTION,
      title: `${author} mentioned ${userIds.includes(recipientUserId) ? 'you' : 'your agency'} in ${operation?.name ?? 'a joint operation'}`,
      textValues: { author, mentioned: userIds.includes(recipientUserId) ? 'PERSON' : 'AGENCY', operation: operation?.name ?? '' },
      operationId: message.operationId,
    }));
  }
}

/**
 * The next position in the operation's channel (1 for its first message), as bigint text. The counter row stays locked
 * until the transaction ends, so concurrent posts in one operation take distinct, increasing positions, and a rolled
 * back post leaves no gap; other operations' posts never move it.
 */
async function nextSeq(m: EntityManager, operationId: string): Promise<string> {
  const [row] = await m.query(
    `INSERT INTO operation_message_counters (operation_id, last_seq) VALUES ($1, 1)
     ON CONFLICT (operation_id) DO UPDATE SET last_seq = operation_message_counters.last_seq + 1 RETURNING last_seq`,
    [operationId],
  );
  return String(row.last_seq);
}

/** The message as its members read it, with what the caller may do with it. */
function toModel(row: OperationMessageEntity, actor: AuthUser, facts: OperationFacts, replyCount: number): OperationMessageModel {
  const open = isOperationWritable(facts.status) && !row.deletedAt;
  return {
    id: row.id,
    operationId: row.operationId,
    threadId: row.threadId,
    seq: Number(row.seq),
    body: row.body,
    tlp: row.tlp,
    handlingCode: row.handlingCode,
    handlingCondition: row.handlingCondition,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    deletedAt: row.deletedAt,
    replyCount,
    viewerCanEdit: open && row.authorId === actor.userId,
    viewerCanDelete: open && (row.authorId === actor.userId || isCoordinatorOf(actor, facts)),
    authorId: row.authorId,
    authorAgencyId: row.authorAgencyId,
  };
}

function toEvent(row: OperationMessageEntity, change: OperationMessageChange): OperationMessageEvent {
  return {
    id: row.id,
    operationId: row.operationId,
    threadId: row.threadId,
    change,
    seq: Number(row.seq),
    body: row.body,
    tlp: row.tlp,
    handlingCode: row.handlingCode,
    authorId: row.authorId,
    authorAgencyId: row.authorAgencyId,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}

/** A message row as the caller reads it (for the workspace search, which reads rows of several operations). */
export { toModel as toOperationMessageModel };
