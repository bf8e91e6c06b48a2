import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserService } from '@taskforce/api-auth';
import { AuthUser, badInput, EventBus, failedPrecondition, forbidden, isUuid, notFound, readInput } from '@taskforce/api-core';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { OperationPolicy } from '@taskforce/api-operations';
import { claimIdempotencyKey } from '@taskforce/api-tasks';
import {
  canRespondToInformationRequest,
  canSeeInformationRequest,
  InformationRequestChange,
  InformationRequestEvent,
  informationRequestStatus,
  isCoordinatorOf,
  isOperationWritable,
  NotificationType,
  OperationFacts,
  TaskPriority,
  TlpLabel,
} from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AnswerInformationRequestInput, SendInformationRequestInput } from './information-request.inputs';
import { InformationRequestEntity } from './information-request.entity';
import { InformationRequestModel } from './information-request.model';

/** Most requests `list` returns: the latest ones. */
export const REQUEST_LIST_MAX = 200;

/**
 * Requests for information between two agencies of a joint operation (Europol's SIENA practice: addressed to one
 * agency, acknowledgement of receipt, an answer). Who sees a request is libs/domain `canSeeInformationRequest` (its
 * two agencies and the operation's coordinators, while their agency takes part); anyone else gets NOT_FOUND, as for
 * unknown and malformed ids. The addressed agency acknowledges and answers (`canRespondToInformationRequest`).
 * Nothing is written once the operation is CLOSED (FAILED_PRECONDITION). Notifications name the agencies and the
 * operation, never the subject or the body.
 */
@Injectable()
export class InformationRequestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly operations: OperationPolicy,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
  ) {}

  /**
   * Sends a request to another agency of the operation; its liaison officers are notified (urgent when the request
   * is URGENT). A resend with the same `idempotencyKey` and the same input returns the first request (IDEMPOTENCY_KEY_REUSED
   * with other input).
   * The input's own rules (`SendInformationRequestInput`: subject, body, priority, a `dueAt` in the future,
   * handlingCondition…) are judged first, whatever the operation; the addressee only once the operation is known to be
   * visible and writable to the caller (docs/api-contract.md, "Order of checks").
   * @throws BAD_USER_INPUT naming every field of the wrong form, whatever the operation (unknown, invisible or closed
   *   alike), together with `toAgencyId` unless another agency taking part in a visible, open operation; otherwise
   *   NOT_FOUND for an operation the caller cannot see, FAILED_PRECONDITION when it is closed.
   */
  async send(actor: AuthUser, raw: Record<string, unknown>, now: Date = new Date()): Promise<InformationRequestModel> {
    const { input, problems } = await readInput(SendInformationRequestInput, raw);
    const { request, facts, published } = await this.db.transaction(async (m) => {
      const facts = await this.operations.requireWritable(actor, input.operationId, m).catch((error: unknown) => {
        // The same refusal, whatever the operation, for a field of the wrong form.
        throw problems.length ? badInput(problems) : error;
      });
      if (!isUuid(String(input.toAgencyId)) || input.toAgencyId === actor.agencyId || !facts.participatingAgencyIds.includes(input.toAgencyId)) {
        problems.push({ field: 'toAgencyId', message: 'toAgencyId must be another agency taking part in this joint operation' });
      }
      if (problems.length) throw badInput(problems);
      const repo = m.getRepository(InformationRequestEntity);
      // What the request says, defaults applied: stored as sent, and what a reused idempotency key is compared against.
      const fields = {
        operationId: input.operationId,
        toAgencyId: input.toAgencyId,
        subject: input.subject,
        body: input.body,
        priority: input.priority,
        dueAt: input.dueAt ?? null,
        tlp: input.tlp ?? TlpLabel.AMBER,
        handlingCode: input.handlingCode ?? null,
        handlingCondition: input.handlingCondition ?? null,
      };
      const claim = await claimIdempotencyKey(m, actor.userId, 'sendInformationRequest', input.idempotencyKey, fields);
      if (!claim.fresh) return { request: await repo.findOneByOrFail({ id: claim.id }), facts, published: null };
      await repo.insert({ id: claim.id, fromAgencyId: actor.agencyId, senderId: actor.userId, ...fields });
      const request = await repo.findOneByOrFail({ id: claim.id });
      await this.audit.record(
        actor,
        {
          action: AuditAction.INFORMATION_REQUEST_SENT,
          subjectType: AuditSubject.INFORMATION_REQUEST,
          subjectId: request.id,
          details: { operationId: request.operationId, fromAgencyId: request.fromAgencyId, toAgencyId: request.toAgencyId, priority: request.priority, dueAt: request.dueAt?.toISOString() ?? null },
        },
        m,
      );
      const names = await namesOf(m, request);
      const due = request.dueAt ? `, due ${request.dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
      const drafts: NotificationDraft[] = (await this.users.liaisonOfficersOf(request.toAgencyId, m)).map((officer) => ({
        recipientUserId: officer.id,
        type: NotificationType.INFORMATION_REQUEST_RECEIVED,
        title: `${names.from} sent your agency a request for information in ${names.operation}${request.priority === TaskPriority.URGENT ? ' (urgent)' : ''}${due}`,
        textValues: { from: names.from, operation: names.operation, priority: request.priority, ...(request.dueAt ? { dueAt: request.dueAt.toISOString() } : {}) },
        operationId: request.operationId,
        urgent: request.priority === TaskPriority.URGENT,
      }));
      return { request, facts, published: await this.notifications.createInTransaction(m, drafts, now) };
    });
    if (published) this.announce(request, 'SENT', published);
    return toModel(request, actor, facts, now);
  }

  /**
   * Records receipt by the addressed agency (the first acknowledgement counts; again changes nothing) and tells the
   * sender. @throws NOT_FOUND as `get`; FORBIDDEN for anyone but the addressed agency's people; FAILED_PRECONDITION
   * when the operation is closed.
   */
  async acknowledge(actor: AuthUser, id: string, now: Date = new Date()): Promise<InformationRequestModel> {
    const { request, facts, published } = await this.db.transaction(async (m) => {
      const { request, facts } = await this.requireResponder(m, actor, id);
      if (request.acknowledgedAt || request.answeredAt) return { request, facts, published: null };
      await m.query('UPDATE information_requests SET acknowledged_at = $2, acknowledged_by_id = $3 WHERE id = $1', [request.id, now, actor.userId]);
      await this.audit.record(actor, { action: AuditAction.INFORMATION_REQUEST_ACKNOWLEDGED, subjectType: AuditSubject.INFORMATION_REQUEST, subjectId: request.id, details: { operationId: request.operationId } }, m);
      const names = await namesOf(m, request);
      const drafts = [{ recipientUserId: request.senderId, type: NotificationType.INFORMATION_REQUEST_ACKNOWLEDGED, title: `${names.to} acknowledged your request for information in ${names.operation}`, textValues: { to: names.to, operation: names.operation }, operationId: request.operationId }];
      return { request: await m.getRepository(InformationRequestEntity).findOneByOrFail({ id: request.id }), facts, published: await this.notifications.createInTransaction(m, drafts, now) };
    });
    if (published) this.announce(request, 'ACKNOWLEDGED', published);
    return toModel(request, actor, facts, now);
  }

  /**
   * The addressed agency's answer, which closes the request (and acknowledges it if nobody had); the sender is told.
   * @throws NOT_FOUND as `get`; FORBIDDEN for anyone but the addressed agency's people; FAILED_PRECONDITION when the
   *   operation is closed or the request already answered.
   */
  async answer(actor: AuthUser, input: AnswerInformationRequestInput, now: Date = new Date()): Promise<InformationRequestModel> {
    const { request, facts, published } = await this.db.transaction(async (m) => {
      const { request, facts } = await this.requireResponder(m, actor, input.requestId);
      if (request.answeredAt) throw failedPrecondition('This request for information is already answered');
      await m.query(
        `UPDATE information_requests
            SET answered_at = $2, answered_by_id = $3, answer = $4,
                acknowledged_at = COALESCE(acknowledged_at, $2), acknowledged_by_id = COALESCE(acknowledged_by_id, $3)
          WHERE id = $1`,
        [request.id, now, actor.userId, input.body],
      );
      await this.audit.record(actor, { action: AuditAction.INFORMATION_REQUEST_ANSWERED, subjectType: AuditSubject.INFORMATION_REQUEST, subjectId: request.id, details: { operationId: request.operationId } }, m);
      const names = await namesOf(m, request);
      const drafts = [{ recipientUserId: request.senderId, type: NotificationType.INFORMATION_REQUEST_ANSWERED, title: `${names.to} answered your request for information in ${names.operation}`, textValues: { to: names.to, operation: names.operation }, operationId: request.operationId }];
      return { request: await m.getRepository(InformationRequestEntity).findOneByOrFail({ id: request.id }), facts, published: await this.notifications.createInTransaction(m, drafts, now) };
    });
    this.announce(request, 'ANSWERED', published);
    return toModel(request, actor, facts, now);
  }

  /** One request. @throws NOT_FOUND for an unknown or malformed id, or a request the caller may not see. */
  async get(actor: AuthUser, id: string, now: Date = new Date()): Promise<InformationRequestModel> {
    const request = isUuid(id) ? await this.db.getRepository(InformationRequestEntity).findOneBy({ id }) : null;
    const facts = request ? await this.operations.facts(request.operationId) : null;
    if (!request || !facts || !canSeeInformationRequest(actor, facts, request)) throw notFound('Request for information');
    return toModel(request, actor, facts, now);
  }

  /**
   * The operation's requests the caller may see, newest first (at most REQUEST_LIST_MAX): those its agency sent or
   * received, and every one for a coordinator of the operation. @throws NOT_FOUND for an operation the caller cannot see.
   */
  async list(actor: AuthUser, operationId: string, now: Date = new Date()): Promise<InformationRequestModel[]> {
    const facts = await this.operations.require(actor, operationId);
    const query = this.db.getRepository(InformationRequestEntity).createQueryBuilder('r').where('r.operation_id = :operationId', { operationId });
    // The SQL form of canSeeInformationRequest once the operation is visible: a coordinator sees them all.
    if (!isCoordinatorOf(actor, facts)) query.andWhere('(r.from_agency_id = :agencyId OR r.to_agency_id = :agencyId)', { agencyId: actor.agencyId });
    const rows = await query.orderBy('r.created_at', 'DESC').addOrderBy('r.id').take(REQUEST_LIST_MAX).getMany();
    return rows.filter((row) => canSeeInformationRequest(actor, facts, row)).map((row) => toModel(row, actor, facts, now));
  }

  /** Publishes the change (after commit) and the notifications made with it. */
  announce(request: InformationRequestEntity, change: InformationRequestChange, published: Parameters<NotificationService['publish']>[0] | null): void {
    if (published) this.notifications.publish(published);
    this.bus.publish('information.request', toEvent(request, change));
  }

  /** The request, locked, and its operation's facts, for a person of the addressed agency while it may be answered. */
  private async requireResponder(m: EntityManager, actor: AuthUser, id: string): Promise<{ request: InformationRequestEntity; facts: OperationFacts }> {
    const request = isUuid(id) ? await m.getRepository(InformationRequestEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    const facts = request ? await this.operations.facts(request.operationId, m) : null;
    if (!request || !facts || !canSeeInformationRequest(actor, facts, request)) throw notFound('Request for information');
    if (!isOperationWritable(facts.status)) throw await this.operations.closedError(request.operationId, m);
    if (actor.agencyId !== request.toAgencyId) throw forbidden('Only the addressed agency may acknowledge or answer a request for information');
    return { request, facts };
  }
}

/** The acronyms of the request's two agencies and its operation's name, for notification titles. */
export async function namesOf(m: EntityManager, request: Pick<InformationRequestEntity, 'operationId' | 'fromAgencyId' | 'toAgencyId'>): Promise<{ from: string; to: string; operation: string }> {
  const [row] = await m.query(
    `SELECT (SELECT acronym FROM agencies WHERE id = $2) AS from, (SELECT acronym FROM agencies WHERE id = $3) AS to, (SELECT name FROM operations WHERE id = $1) AS operation`,
    [request.operationId, request.fromAgencyId, request.toAgencyId],
  );
  return { from: row?.from ?? 'An agency', to: row?.to ?? 'An agency', operation: row?.operation ?? 'a joint operation' };
}

/** The request as the caller reads it, with what the caller may do with it. */
function toModel(row: InformationRequestEntity, actor: AuthUser, facts: OperationFacts, now: Date): InformationRequestModel {
  return {
    id: row.id,
    operationId: row.operationId,
    subject: row.subject,
    body: row.body,
    priority: row.priority,
    dueAt: row.dueAt,
    tlp: row.tlp,
    handlingCode: row.handlingCode,
    handlingCondition: row.handlingCondition,
    status: informationRequestStatus(row),
    createdAt: row.createdAt,
    acknowledgedAt: row.acknowledgedAt,
    answeredAt: row.answeredAt,
    answer: row.answer,
    escalatedAt: row.escalatedAt,
    overdue: !row.answeredAt && !!row.dueAt && row.dueAt.getTime() <= now.getTime(),
    viewerCanRespond: canRespondToInformationRequest(actor, facts, row),
    fromAgencyId: row.fromAgencyId,
    toAgencyId: row.toAgencyId,
    senderId: row.senderId,
    acknowledgedById: row.acknowledgedById,
    answeredById: row.answeredById,
  };
}

/** The socket payload: ids and status only. */
export function toEvent(row: InformationRequestEntity, change: InformationRequestChange): InformationRequestEvent {
  return { id: row.id, operationId: row.operationId, change, status: informationRequestStatus(row), fromAgencyId: row.fromAgencyId, toAgencyId: row.toAgencyId };
}
