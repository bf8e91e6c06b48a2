import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AuthUser, badInput, EventBus, forbidden, isUuid, notFound } from '@taskforce/api-core';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { isLeadShareApprover, isLeadWriter, NotificationType, redecidedShare, SharingOutcome } from '@taskforce/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { DecideLeadShareApprovalInput } from './dto/lead.inputs';
import { attention, hasClaims, requireClaims } from './lead-claims';
import { announceLead, leadAudience } from './lead-events';
import { shareToModel } from './lead-projection';
import { LeadReadsService } from './lead-reads.service';
import { LeadSharingService } from './lead-sharing.service';
import { LeadEntity, LeadShareEntity, LeadShareLapseReason, LeadShareStatus } from './lead.entity';
import { LeadShareModel } from './lead.model';
import { LeadPolicy } from './lead.policy';
import { shareLawColumns } from './share-lapse';

/**
 * What happens to a share after it is asked for: the originating agency's liaison officers approve or refuse a
 * pending share (decided again at approval), and the originator or an onward sender revokes a share, cascading to
 * every onward share made from it. Written in one transaction with their audit entries and notifications.
 */
@Injectable()
export class LeadShareReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: LeadReadsService,
    private readonly access: LeadPolicy,
    private readonly sharing: LeadSharingService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
  ) {}
  /**
   * A share the caller's agency may act on: a share of a lead it originated or, with `senderToo`, one it sent
   * onward. @throws NOT_FOUND ("Lead share not found") for unknown and malformed ids, and for every other share —
   * recipients included; an attempt on an existing share is audited as ACCESS_REFUSED.
   */
  async requireOwnShare(actor: AuthUser, shareId: string, m: EntityManager, senderToo = false): Promise<{ share: LeadShareEntity; lead: LeadEntity }> {
    requireClaims(actor, 'Lead share');
    if (!isUuid(shareId)) throw notFound('Lead share');
    const share = await m.getRepository(LeadShareEntity).createQueryBuilder('s').where('s.id = :shareId', { shareId }).setLock('pessimistic_write').getOne();
    if (!share) throw notFound('Lead share');
    const lead = await m.getRepository(LeadEntity).findOneBy({ id: share.leadId });
    const allowed = !!lead && (lead.originatingAgencyId === actor.agencyId || (senderToo && share.senderAgencyId === actor.agencyId));
    if (!allowed) {
      await this.reads.refused(actor, AuditSubject.LEAD_SHARE, share.id, { shareId: share.id });
      throw notFound('Lead share');
    }
    return { share, lead: lead! };
  }

  /** Pending approvals of the caller's agency's leads (liaison officers only; empty for anyone else and without claims). */
  async pendingApprovals(actor: AuthUser): Promise<LeadShareModel[]> {
    if (!hasClaims(actor) || !isLeadShareApprover(actor)) return [];
    const rows = await this.db
      .getRepository(LeadShareEntity)
      .createQueryBuilder('s')
      .innerJoin(LeadEntity, 'l', 'l.id = s.lead_id')
      .where('l.originating_agency_id = :agencyId AND s.status = :status', { agencyId: actor.agencyId, status: LeadShareStatus.PENDING_APPROVAL })
      .orderBy('s.created_at', 'ASC')
      .getMany();
    return rows.map(shareToModel);
  }

  /**
   * A liaison officer of the originating agency approves or refuses (→ REFUSED) a pending share, with a reason;
   * the person who asked is told either way.
   *
   * Approval decides the share again at the approval instant (UTC) with the law stored now (`decideSharing`), on
   * the lead as its sender holds it now: for a first share the lead as stored; for an onward share the lead
   * without the removals of the sender's current ACTIVE share, which must still be in effect
   * (LeadPolicy.shareInEffect). Then:
   * - the sender no longer holds the lead, or the new decision is DENY → the share does not become ACTIVE: it is
   *   returned (and stored) as LAPSED with lapseReason LAW_CHANGED (audited LEAD_SHARE_LAPSED with the
   *   approver's reason; no error, so the approver sees why on the share itself);
   * - otherwise → ACTIVE (the recipient's liaison officers are told) with redactedCategories = union of the
   *   share's own, the new decision's and the sender's current removals, and the new decision's legal basis,
   *   reasons (plus the sender's removal reasons), conditions, summary and `decidedAt`; `basisValidUntil` is that
   *   of the new basis, capped by the sender's share's (share-lapse.ts `shareLawColumns`). Approval never gives
   *   data a basis it lacks.
   * @throws NOT_FOUND as requireOwnShare; FORBIDDEN unless liaison officer; BAD_USER_INPUT (field `shareId`) when
   *   not pending.
   */
  async decideApproval(actor: AuthUser, input: DecideLeadShareApprovalInput): Promise<LeadShareModel> {
    const { share, published, audience } = await this.db.transaction(async (m) => {
      const { share, lead } = await this.requireOwnShare(actor, input.shareId, m);
      if (!isLeadShareApprover(actor)) throw forbidden("Only the originating agency's liaison officers decide on approvals");
      if (share.status !== LeadShareStatus.PENDING_APPROVAL) throw badInput([{ field: 'shareId', message: 'the share is not waiting for approval' }]);
      const now = new Date();
      const drafts: NotificationDraft[] = [];
      if (share.sharedById !== actor.userId) drafts.push(attention(share.sharedById, NotificationType.LEAD_APPROVAL_DECIDED, lead.id));
      if (!input.approve) {
        share.status = LeadShareStatus.REFUSED;
        share.approvalById = actor.userId;
        share.approvalAt = now;
        share.approvalReason = input.reason;
        const saved = await m.getRepository(LeadShareEntity).save(share);
        await this.audit.record(
          actor,
          { action: AuditAction.LEAD_SHARE_REFUSED, subjectType: AuditSubject.LEAD_SHARE, subjectId: share.id, reason: input.reason, details: { leadId: lead.id, shareId: share.id, recipientAgencyId: share.recipientAgencyId } },
          m,
        );
        return { share: saved, audience: await leadAudience(m, lead, [share.senderAgencyId]), published: await this.notifications.createInTransaction(m, drafts) };
      }
      const onward = !!share.senderAgencyId && share.senderAgencyId !== lead.originatingAgencyId;
      let held: LeadShareEntity | null = null;
      let senderHolds = true;
      if (onward) {
        try {
          held = (await this.access.require({ agencyId: share.senderAgencyId }, lead.id, m)).share;
        } catch {
          senderHolds = false;
        }
      }
      const ctx = { ...(await this.sharing.context(m, lead)), at: now.toISOString() };
      const recipient = ctx.byId.get(share.recipientAgencyId)!;
      const d = senderHolds ? this.sharing.decide(lead, { senderAgencyId: share.senderAgencyId, share: held }, recipient, share.purpose, ctx) : null;
      if (!d || d.outcome === SharingOutcome.DENY) {
        // The law (or the sender's loss of the lead) no longer lets it go: it lapses instead of becoming readable.
        share.status = LeadShareStatus.LAPSED;
        share.lapsedAt = now;
        share.lapseReason = LeadShareLapseReason.LAW_CHANGED;
        const saved = await m.getRepository(LeadShareEntity).save(share);
        await this.audit.record(
          actor,
          {
            action: AuditAction.LEAD_SHARE_LAPSED,
            subjectType: AuditSubject.LEAD_SHARE,
            subjectId: share.id,
            reason: input.reason,
            details: {
              leadId: lead.id,
              shareId: share.id,
              recipientAgencyId: share.recipientAgencyId,
              lapseReason: LeadShareLapseReason.LAW_CHANGED,
              previousStatus: LeadShareStatus.PENDING_APPROVAL,
              atApproval: true,
              ...(d ? { outcome: d.outcome } : { senderNoLongerHolds: true }),
            },
          },
          m,
        );
        return { share: saved, audience: await leadAudience(m, lead, [share.senderAgencyId]), published: await this.notifications.createInTransaction(m, drafts) };
      }
      const recorded = redecidedShare(share, d, held);
      Object.assign(share, {
        status: LeadShareStatus.ACTIVE,
        outcome: recorded.outcome,
        redactedCategories: recorded.redactedCategories,
        legalBasis: d.legalBasis,
        reasons: recorded.reasons,
        conditions: d.conditions,
        summary: d.summary,
        decidedAt: now,
        lawCheckedAt: now,
        basisValidUntil: shareLawColumns(d.legalBasis, ctx.agreements, share.operationId ?? null, held?.basisValidUntil ?? null).basisValidUntil,
        approvalById: actor.userId,
        approvalAt: now,
        approvalReason: input.reason,
      });
      const saved = await m.getRepository(LeadShareEntity).save(share);
      await this.audit.record(
        actor,
        {
          action: AuditAction.LEAD_SHARE_APPROVED,
          subjectType: AuditSubject.LEAD_SHARE,
          subjectId: share.id,
          reason: input.reason,
          details: { leadId: lead.id, shareId: share.id, recipientAgencyId: share.recipientAgencyId, outcome: saved.outcome, redactedCategories: recorded.redactedCategories, legalBasis: d.legalBasis?.id ?? null },
        },
        m,
      );
      drafts.push(...(await this.sharing.liaisonOfficerIds(share.recipientAgencyId)).map((id) => attention(id, NotificationType.LEAD_SHARED, lead.id)));
      return { share: saved, audience: await leadAudience(m, lead, [share.senderAgencyId]), published: await this.notifications.createInTransaction(m, drafts) };
    });
    this.notifications.publish(published);
    announceLead(this.bus, share.leadId, 'APPROVAL_DECIDED', audience);
    return shareToModel(share);
  }

  /**
   * The originating agency (or the agency that sent an onward share) withdraws an active or pending share; the
   * recipient loses the lead at once, and so does every agency it had passed it on to (their shares are revoked in
   * the same transaction, transitively). The agencies that lost it hear `lead.changed` REVOKED (readable: false).
   * @throws NOT_FOUND as requireOwnShare; FORBIDDEN for roles that do not share; BAD_USER_INPUT when already ended.
   */
  async revoke(actor: AuthUser, shareId: string): Promise<LeadShareModel> {
    const { saved, audience, leadId } = await this.db.transaction(async (m) => {
      const { share, lead } = await this.requireOwnShare(actor, shareId, m, true);
      if (!isLeadWriter(actor)) throw forbidden('Only analysts, liaison officers and coordinators revoke shares');
      if (share.status !== LeadShareStatus.ACTIVE && share.status !== LeadShareStatus.PENDING_APPROVAL) {
        throw badInput([{ field: 'shareId', message: 'the share has already ended' }]);
      }
      const wasActive = share.status === LeadShareStatus.ACTIVE;
      const saved = await this.endShare(m, actor, share, null);
      const lost = wasActive ? [share.recipientAgencyId, ...(await this.revokeOnward(m, actor, lead, share.recipientAgencyId))] : [];
      return { saved, leadId: lead.id, audience: await leadAudience(m, lead, [...lost, share.senderAgencyId]) };
    });
    announceLead(this.bus, leadId, 'REVOKED', audience);
    return shareToModel(saved);
  }

  /** Marks a share REVOKED by the actor and audits it (`cascadeFrom`: the agency whose loss caused it). */
  private async endShare(m: EntityManager, actor: AuthUser, share: LeadShareEntity, cascadeFrom: string | null): Promise<LeadShareEntity> {
    share.status = LeadShareStatus.REVOKED;
    share.revokedById = actor.userId;
    share.revokedAt = new Date();
    const saved = await m.getRepository(LeadShareEntity).save(share);
    await this.audit.record(
      actor,
      {
        action: AuditAction.LEAD_SHARE_REVOKED,
        subjectType: AuditSubject.LEAD_SHARE,
        subjectId: share.id,
        details: { leadId: share.leadId, shareId: share.id, recipientAgencyId: share.recipientAgencyId, ...(cascadeFrom ? { cascadeFrom } : {}) },
      },
      m,
    );
    return saved;
  }

  /** Revokes the live onward shares sent by an agency that lost the lead, transitively; returns who lost it. */
  private async revokeOnward(m: EntityManager, actor: AuthUser, lead: LeadEntity, fromAgencyId: string): Promise<string[]> {
    const lost: string[] = [];
    const queue = [fromAgencyId];
    while (queue.length) {
      const sender = queue.shift()!;
      if (sender === lead.originatingAgencyId) continue;
      const onward = await m.getRepository(LeadShareEntity).find({ where: { leadId: lead.id, senderAgencyId: sender, status: In([LeadShareStatus.ACTIVE, LeadShareStatus.PENDING_APPROVAL]) } });
      for (const s of onward) {
        const wasActive = s.status === LeadShareStatus.ACTIVE;
        await this.endShare(m, actor, s, sender);
        if (wasActive) {
          lost.push(s.recipientAgencyId);
          queue.push(s.recipientAgencyId);
        }
      }
    }
    return lost;
  }

}
