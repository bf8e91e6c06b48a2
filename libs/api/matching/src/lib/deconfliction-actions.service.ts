import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyService } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserService } from '@taskforce/api-auth';
import { AuthUser, conflict, forbidden, isUuid, notFound } from '@taskforce/api-core';
import { LeadReadsService, LeadShareReviewService, LeadShareStatus, LeadSharingService, requireClaims, SharingPreviewModel } from '@taskforce/api-leads';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { NotificationType, SharingOutcome } from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';
import { DecideDeconflictionLeadRequestInput, ProposeDeconflictionContactInput, RequestDeconflictionLeadInput } from './dto/deconfliction.inputs';
import { contactProposedTitle, leadRequestDecidedTitle, leadRequestedBody, leadRequestedTitle } from './deconfliction-notices';
import { DeconflictionContactEntity, DeconflictionLeadRequestEntity } from './deconfliction.entity';
import { DeconflictionCaseModel, DeconflictionLeadRequestStatus } from './deconfliction.model';
import { caseVisibleTo, DeconflictionService } from './deconfliction.service';
import { DeconflictionCaseEntity } from './selector.entity';

/**
 * What the two sides of a deconfliction case do from it (docs/hit-no-hit.md, "From a case"): propose contact, request
 * the holder's lead, and (holder) approve that request through the sharing decision or decline it. Only the two sides
 * may act, and only on a case they see (CASE_VISIBLE_WHERE): every other case id, unknown or malformed, is NOT_FOUND
 * "Deconfliction case not found". Each action is audited against the case and pushed live to the other side's liaison
 * officers. The resolver allows liaison officers only.
 */
@Injectable()
export class DeconflictionActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: DeconflictionService,
    private readonly agencies: AgencyService,
    private readonly users: UserService,
    private readonly reads: LeadReadsService,
    private readonly sharing: LeadSharingService,
    private readonly review: LeadShareReviewService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records a contact proposal with `message` and tells the other side's liaison officers. The holder may always
   * propose; on a case whose hit did not reveal it, proposing reveals the holder to the querying side (the case then
   * shows in its list). @throws NOT_FOUND for a case the caller's agency does not see.
   */
  async proposeContact(actor: AuthUser, input: ProposeDeconflictionContactInput): Promise<DeconflictionCaseModel> {
    return this.act(actor, input.caseId, async (m, c) => {
      const holder = c.holderAgencyId === actor.agencyId;
      const disclosed = holder && !c.holderRevealed && c.holderDisclosedAt === null;
      if (disclosed) await m.update(DeconflictionCaseEntity, { id: c.id }, { holderDisclosedAt: new Date() });
      const repo = m.getRepository(DeconflictionContactEntity);
      const contact = await repo.save(repo.create({ caseId: c.id, fromAgencyId: actor.agencyId, byUserId: actor.userId, message: input.message }));
      await this.record(actor, m, AuditAction.DECONFLICTION_CONTACT_PROPOSED, c.id, { contactId: contact.id, fromAgencyId: actor.agencyId, disclosed });
      const from = await this.acronym(actor.agencyId);
      return this.toOtherSide(m, actor, c, {
        type: NotificationType.DECONFLICTION_CONTACT_PROPOSED,
        title: contactProposedTitle(from),
        body: input.message,
        textValues: { agency: from, case: c.id },
      });
    });
  }

  /**
   * The querying side asks the holder to share its lead with it for `purpose`: a PENDING request, shown to the
   * holder's liaison officers with the sharing decision's preview. @throws NOT_FOUND for a case the caller does not
   * see; FORBIDDEN for the holder side (it holds the lead); CONFLICT while a request of the case is pending.
   * A querying side that never learnt the holder (hidden hit, no contact proposed) sees no case: NOT_FOUND.
   */
  async requestLead(actor: AuthUser, input: RequestDeconflictionLeadInput): Promise<DeconflictionCaseModel> {
    return this.act(actor, input.caseId, async (m, c) => {
      if (c.holderAgencyId === actor.agencyId) throw forbidden('Your agency holds the lead of this case');
      const repo = m.getRepository(DeconflictionLeadRequestEntity);
      if (await repo.existsBy({ caseId: c.id, status: DeconflictionLeadRequestStatus.PENDING })) throw conflict('A request for this lead is already waiting for the holder');
      const request = await repo.save(repo.create({ caseId: c.id, requestingAgencyId: actor.agencyId, requestedById: actor.userId, purpose: input.purpose, reason: input.reason, status: DeconflictionLeadRequestStatus.PENDING }));
      await this.record(actor, m, AuditAction.DECONFLICTION_LEAD_REQUESTED, c.id, { requestId: request.id, purpose: input.purpose }, input.reason);
      const from = await this.acronym(actor.agencyId);
      return this.toOtherSide(m, actor, c, {
        type: NotificationType.DECONFLICTION_LEAD_REQUESTED,
        title: leadRequestedTitle(from),
        body: leadRequestedBody(c.id),
        textValues: { agency: from, case: c.id },
      });
    });
  }

  /**
   * The holder's liaison officer decides a pending request. Declined: DECLINED with the reason. Approved: the share is
   * made through LeadSharingService.share (holder lead → requesting agency, the request's purpose), the decision taken
   * now; a share needing the originator's approval is approved at once by the same liaison officer with the same reason
   * (LeadShareReviewService.decideApproval); the request becomes SHARED with the share's outcome (ALLOW or
   * ALLOW_REDACTED), removed categories and reasons, or REFUSED_BY_LAW with the DENY's reasons. The requesting side's
   * liaison officers are told either way. @throws NOT_FOUND ("Deconfliction lead request not found") for a request of a
   * case the caller does not see; FORBIDDEN for the requesting side; CONFLICT once decided.
   */
  async decide(actor: AuthUser, input: DecideDeconflictionLeadRequestInput): Promise<DeconflictionCaseModel> {
    requireClaims(actor, 'Deconfliction lead request');
    const claimed = await this.db.transaction(async (m) => {
      const request = isUuid(input.requestId) ? await m.getRepository(DeconflictionLeadRequestEntity).createQueryBuilder('r').where('r.id = :id', { id: input.requestId }).setLock('pessimistic_write').getOne() : null;
      if (!request) throw notFound('Deconfliction lead request');
      const c = await this.requireCase(actor, request.caseId, m, 'Deconfliction lead request');
      if (c.holderAgencyId !== actor.agencyId) throw forbidden("Only the holder's liaison officers decide on a request for its lead");
      if (request.status !== DeconflictionLeadRequestStatus.PENDING || request.decidedAt) throw conflict('This request was already decided');
      request.decidedAt = new Date();
      request.decidedById = actor.userId;
      request.decisionReason = input.reason;
      if (!input.approve) request.status = DeconflictionLeadRequestStatus.DECLINED;
      return { request: await m.getRepository(DeconflictionLeadRequestEntity).save(request), c };
    });
    const { request, c } = claimed;
    if (input.approve) {
      try {
        await this.share(actor, request, c.holderLeadId, input.reason);
      } catch (err) {
        await this.db.getRepository(DeconflictionLeadRequestEntity).update({ id: request.id }, { decidedAt: null, decidedById: null, decisionReason: null });
        throw err;
      }
    }
    const { model, published } = await this.db.transaction(async (m) => {
      const saved = await m.getRepository(DeconflictionLeadRequestEntity).save(request);
      await this.record(actor, m, AuditAction.DECONFLICTION_LEAD_REQUEST_DECIDED, c.id, { requestId: saved.id, status: saved.status, shareId: saved.shareId, outcome: saved.outcome }, input.reason);
      const shared = saved.status === DeconflictionLeadRequestStatus.SHARED;
      const holder = await this.acronym(c.holderAgencyId);
      const drafts = (await this.users.liaisonOfficersOf(request.requestingAgencyId, m)).map(
        (o): NotificationDraft => ({
          recipientUserId: o.id,
          type: NotificationType.DECONFLICTION_LEAD_REQUEST_DECIDED,
          title: leadRequestDecidedTitle(holder, shared),
          body: input.reason,
          textValues: { agency: holder, case: c.id, decision: shared ? 'SHARED' : 'DECLINED' },
          operationId: null,
          leadId: shared ? c.holderLeadId : c.querierLeadId,
        }),
      );
      return { model: (await this.cases.toModels(actor, [c], m))[0], published: await this.notifications.createInTransaction(m, drafts) };
    });
    this.notifications.publish(published);
    return model;
  }

  /**
   * The decision sharing the holder's lead with the requesting agency for the request's purpose would get now
   * (LeadSharingService.preview, audited LEAD_SHARE_PREVIEWED): what the holder's liaison officer approves.
   * @throws NOT_FOUND as `decide`; FORBIDDEN for the requesting side; CONFLICT once decided.
   */
  async preview(actor: AuthUser, requestId: string): Promise<SharingPreviewModel> {
    requireClaims(actor, 'Deconfliction lead request');
    const request = isUuid(requestId) ? await this.db.getRepository(DeconflictionLeadRequestEntity).findOneBy({ id: requestId }) : null;
    if (!request) throw notFound('Deconfliction lead request');
    const c = await this.requireCase(actor, request.caseId, this.db.manager, 'Deconfliction lead request', false);
    if (c.holderAgencyId !== actor.agencyId) throw forbidden("Only the holder's liaison officers see the sharing decision of a request for its lead");
    if (request.status !== DeconflictionLeadRequestStatus.PENDING) throw conflict('This request was already decided');
    const [decision] = await this.sharing.preview(actor, { leadId: c.holderLeadId, recipientAgencyIds: [request.requestingAgencyId], purpose: request.purpose });
    return decision;
  }

  /** Makes the share for an approved request and writes its result on `request` (not saved). */
  private async share(actor: AuthUser, request: DeconflictionLeadRequestEntity, leadId: string, reason: string): Promise<void> {
    const ask = { leadId, recipientAgencyIds: [request.requestingAgencyId], purpose: request.purpose };
    const [preview] = await this.sharing.preview(actor, ask);
    let [share] = await this.sharing.share(actor, ask);
    if (share?.status === LeadShareStatus.PENDING_APPROVAL) share = await this.review.decideApproval(actor, { shareId: share.id, approve: true, reason });
    if (share?.status === LeadShareStatus.ACTIVE) {
      Object.assign(request, { status: DeconflictionLeadRequestStatus.SHARED, shareId: share.id, outcome: share.outcome, redactedCategories: share.redactedCategories, reasons: share.reasons });
    } else {
      const decision = share ?? preview;
      Object.assign(request, { status: DeconflictionLeadRequestStatus.REFUSED_BY_LAW, shareId: share?.id ?? null, outcome: share ? SharingOutcome.DENY : preview.outcome, redactedCategories: decision.redactedCategories, reasons: decision.reasons });
    }
  }

  /** Runs `work` in one transaction on a case the caller sees (locked), then pushes its notifications. */
  private async act(actor: AuthUser, caseId: string, work: (m: EntityManager, c: DeconflictionCaseEntity) => Promise<NotificationDraft[]>): Promise<DeconflictionCaseModel> {
    requireClaims(actor, 'Deconfliction case');
    const { model, published } = await this.db.transaction(async (m) => {
      const c = await this.requireCase(actor, caseId, m, 'Deconfliction case');
      const drafts = await work(m, c);
      const fresh = await m.getRepository(DeconflictionCaseEntity).findOneByOrFail({ id: c.id });
      return { model: (await this.cases.toModels(actor, [fresh], m))[0], published: await this.notifications.createInTransaction(m, drafts) };
    });
    this.notifications.publish(published);
    return model;
  }

  /**
   * The case `caseId` (locked unless `lock` is false), when the caller's agency sees it. @throws NOT_FOUND (`what` not found) otherwise, for
   * unknown and malformed ids alike; an attempt on an existing case is audited as ACCESS_REFUSED.
   */
  private async requireCase(actor: AuthUser, caseId: string, m: EntityManager, what: string, lock = true): Promise<DeconflictionCaseEntity> {
    if (!isUuid(caseId)) throw notFound(what);
    const query = m.getRepository(DeconflictionCaseEntity).createQueryBuilder('c').where('c.id = :caseId', { caseId });
    const c = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!c) throw notFound(what);
    if (!caseVisibleTo(actor.agencyId!, c)) {
      await this.reads.refused(actor, AuditSubject.DECONFLICTION_CASE, c.id, { caseId: c.id });
      throw notFound(what);
    }
    return c;
  }

  /** Drafts one notice to each liaison officer of the other side, about its own lead of the case. */
  private async toOtherSide(m: EntityManager, actor: AuthUser, c: DeconflictionCaseEntity, notice: Pick<NotificationDraft, 'type' | 'title' | 'body' | 'textValues'>): Promise<NotificationDraft[]> {
    const holder = c.holderAgencyId === actor.agencyId;
    const other = holder ? c.querierAgencyId : c.holderAgencyId;
    const leadId = holder ? c.querierLeadId : c.holderLeadId;
    return (await this.users.liaisonOfficersOf(other, m)).map((o) => ({ ...notice, recipientUserId: o.id, operationId: null, leadId }));
  }

  private record(actor: AuthUser, m: EntityManager, action: AuditAction, caseId: string, details: Record<string, unknown>, reason?: string): Promise<void> {
    return this.audit.record(actor, { action, subjectType: AuditSubject.DECONFLICTION_CASE, subjectId: caseId, ...(reason ? { reason } : {}), details: { caseId, ...details } }, m);
  }

  private async acronym(agencyId: string): Promise<string> {
    return (await this.agencies.findById(agencyId))?.acronym ?? 'Another agency';
  }
}
