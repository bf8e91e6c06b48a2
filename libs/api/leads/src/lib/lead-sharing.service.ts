import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserService } from '@taskforce/api-auth';
import { AuthUser, badInput, EventBus, forbidden } from '@taskforce/api-core';
import { loadSharingLaw } from '@taskforce/api-jurisdiction';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { OperationPolicy } from '@taskforce/api-operations';
import { Agreement, decideSharing, isLeadWriter, JurisdictionRule, NotificationType, SharingDecision, SharingOutcome, SharingPurpose, shareRequest, withInheritedRemovals } from '@taskforce/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { ShareLeadInput } from './dto/lead.inputs';
import { attention } from './lead-claims';
import { announceLead, leadAudience } from './lead-events';
import { shareToModel } from './lead-projection';
import { LeadReadsService } from './lead-reads.service';
import { LeadEntity, LeadShareEntity, LeadShareStatus } from './lead.entity';
import { LeadShareModel, SharingPreviewModel } from './lead.model';
import { shareLawColumns } from './share-lapse';

/** Everything a decision needs besides lead, recipient and purpose: agencies by id, the law, the instant (ISO, UTC). */
export interface SharingContext {
  byId: Map<string, AgencyEntity>;
  agreements: Agreement[];
  rules: JurisdictionRule[];
  operationAgencyIds: string[];
  at: string;
}

/**
 * Sharing a lead: the preview of each recipient's decision and the share itself, first by the originating agency or
 * onward by a recipient, with the decision of the engine in libs/domain (`decideSharing`, never re-implemented
 * here). Changes and their notifications are written in one transaction; notifications and `lead.changed` are
 * pushed after commit. Approvals and revocation: LeadShareReviewService.
 */
@Injectable()
export class LeadSharingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: LeadReadsService,
    private readonly operations: OperationPolicy,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly users: UserService,
    private readonly bus: EventBus,
  ) {}
  /** Everything the engine needs besides lead, recipient and purpose: agencies, agreements, rules, the instant. */
  async context(m: EntityManager, lead: LeadEntity): Promise<SharingContext> {
    const agencies = await m.getRepository(AgencyEntity).find();
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const { agreements, rules } = await loadSharingLaw(m);
    const operationAgencyIds = lead.operationId ? ((await OperationPolicy.participants(m, [lead.operationId])).get(lead.operationId) ?? []) : [];
    return { byId, agreements, rules, operationAgencyIds, at: new Date().toISOString() };
  }

  /**
   * The engine's decision for one recipient at `ctx.at`, on the lead as `held` by the sender: a first share by the
   * originator (`held.share` null), or an onward share by a recipient holding an ACTIVE share (libs/domain
   * `shareRequest` builds the engine's input, the same for every caller).
   */
  decide(lead: LeadEntity, held: { senderAgencyId: string; share: LeadShareEntity | null }, recipient: AgencyEntity, purpose: SharingPurpose, ctx: SharingContext): SharingDecision {
    const holder = held.share ? { senderAgencyId: held.senderAgencyId, redactedCategories: held.share.redactedCategories, reasons: held.share.reasons } : null;
    return decideSharing(shareRequest(lead, holder, recipient.id, purpose, { agencies: ctx.byId, agreements: ctx.agreements, rules: ctx.rules, operationAgencyIds: ctx.operationAgencyIds, at: ctx.at }));
  }

  /**
   * The lead (readable by the caller), the caller's way of holding it, and the recipient agencies of a share
   * request: the ids given, or every agency of a joint operation the caller can see — never the originator or the
   * sender itself. The originating agency shares first; a recipient holding an ACTIVE share passes it on (onward
   * share), deciding on the lead as it holds it.
   * @throws NOT_FOUND for an unreadable lead or invisible operation; FORBIDDEN for a role that does not share;
   *   BAD_USER_INPUT naming `recipientAgencyIds` unless exactly one of recipientAgencyIds (even an empty list counts
   *   as given) and operationId is given, for an empty list, and for unknown recipients.
   */
  private async resolveRequest(actor: AuthUser, input: ShareLeadInput, m: EntityManager, lock: boolean) {
    const { lead, share } = await this.reads.readable(actor, input.leadId, m, lock);
    if (!isLeadWriter(actor)) throw forbidden('Only analysts, liaison officers and coordinators share leads');
    // A list given empty is still given: with operationId it is two answers to one question, alone it names nobody.
    const hasIds = input.recipientAgencyIds !== undefined && input.recipientAgencyIds !== null;
    const hasOperation = input.operationId !== undefined && input.operationId !== null;
    if (hasIds && hasOperation) throw badInput([{ field: 'recipientAgencyIds', message: 'give either recipientAgencyIds or operationId, not both' }]);
    if (!hasIds && !hasOperation) throw badInput([{ field: 'recipientAgencyIds', message: 'give either recipientAgencyIds or operationId' }]);
    if (hasIds && !input.recipientAgencyIds!.length) throw badInput([{ field: 'recipientAgencyIds', message: 'recipientAgencyIds must name at least one agency' }]);
    let ids: string[];
    if (input.operationId) {
      const facts = await this.operations.requireWritable(actor, input.operationId, m);
      ids = [...facts.participatingAgencyIds];
    } else {
      ids = [...new Set(input.recipientAgencyIds)];
    }
    ids = ids.filter((id) => id !== lead.originatingAgencyId && id !== actor.agencyId);
    const ctx = await this.context(m, lead);
    const recipients = ids.map((id) => ctx.byId.get(id));
    if (recipients.some((r) => !r)) throw badInput([{ field: 'recipientAgencyIds', message: 'every recipient must be an agency' }]);
    const sorted = (recipients as AgencyEntity[]).sort((a, b) => a.acronym.localeCompare(b.acronym));
    return { lead, held: { senderAgencyId: actor.agencyId, share }, recipients: sorted, ctx };
  }

  /**
   * Live (active or pending) shares of a lead that the caller may know of: all for the originating agency, those
   * its agency sent for an onward sender.
   */
  private async liveShares(m: EntityManager, lead: LeadEntity, actor: AuthUser): Promise<{ known: LeadShareEntity[]; all: LeadShareEntity[] }> {
    const all = await m.getRepository(LeadShareEntity).find({ where: { leadId: lead.id, status: In([LeadShareStatus.ACTIVE, LeadShareStatus.PENDING_APPROVAL]) } });
    const known = lead.originatingAgencyId === actor.agencyId ? all : all.filter((s) => s.senderAgencyId === actor.agencyId);
    return { known, all };
  }

  /**
   * Per recipient, the decision sharing now would get, with its reasons; nothing is recorded but the audit entry.
   * For an onward sender, `existingShareStatus` shows only shares its own agency sent.
   */
  async preview(actor: AuthUser, input: ShareLeadInput): Promise<SharingPreviewModel[]> {
    const m = this.db.manager;
    const { lead, held, recipients, ctx } = await this.resolveRequest(actor, input, m, false);
    const { known } = await this.liveShares(m, lead, actor);
    const previews = recipients.map((r) => {
      const d = this.decide(lead, held, r, input.purpose, ctx);
      // Exactly what `share` would record: an onward sender's own removals are shown with their reasons.
      const recorded = withInheritedRemovals(d, held.share);
      return {
        recipientAgencyId: r.id,
        outcome: recorded.outcome,
        redactedCategories: recorded.redactedCategories,
        legalBasis: d.legalBasis,
        reasons: recorded.reasons,
        conditions: d.conditions,
        summary: d.summary,
        purpose: d.purpose,
        at: d.at,
        existingShareStatus: known.find((s) => s.recipientAgencyId === r.id)?.status ?? null,
      };
    });
    await this.audit.record(actor, {
      action: AuditAction.LEAD_SHARE_PREVIEWED,
      subjectType: AuditSubject.LEAD,
      subjectId: lead.id,
      details: { leadId: lead.id, purpose: input.purpose, ...(held.share ? { onward: true } : {}), decisions: previews.map((p) => ({ recipientAgencyId: p.recipientAgencyId, outcome: p.outcome })) },
    });
    return previews;
  }

  /**
   * Shares the lead: each recipient's decision is re-taken now; ALLOW and ALLOW_REDACTED become ACTIVE shares,
   * REQUIRES_APPROVAL a PENDING_APPROVAL share (the originating agency's liaison officers are notified), DENY
   * records nothing. A recipient with a live share keeps it (returned as is when the caller's agency may know of
   * it, left out otherwise). An onward share carries at most what the sender held: the sender's removals are added
   * to its own (with their reasons). Readers hear `lead.changed` SHARED after commit.
   */
  async share(actor: AuthUser, input: ShareLeadInput): Promise<LeadShareModel[]> {
    const { shares, published, lead, audience } = await this.db.transaction(async (m) => {
      const { lead, held, recipients, ctx } = await this.resolveRequest(actor, input, m, true);
      const { known, all } = await this.liveShares(m, lead, actor);
      const repo = m.getRepository(LeadShareEntity);
      const shares: LeadShareEntity[] = [];
      const drafts: NotificationDraft[] = [];
      for (const r of recipients) {
        if (all.some((s) => s.recipientAgencyId === r.id)) {
          const mine = known.find((s) => s.recipientAgencyId === r.id);
          if (mine) shares.push(mine);
          continue;
        }
        const d = this.decide(lead, held, r, input.purpose, ctx);
        if (d.outcome === SharingOutcome.DENY) {
          await this.audit.record(actor, { action: AuditAction.LEAD_SHARE_DENIED, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, recipientAgencyId: r.id, purpose: d.purpose, outcome: d.outcome } }, m);
          continue;
        }
        const status = d.outcome === SharingOutcome.REQUIRES_APPROVAL ? LeadShareStatus.PENDING_APPROVAL : LeadShareStatus.ACTIVE;
        const { outcome, redactedCategories: redacted, reasons } = withInheritedRemovals(d, held.share);
        const saved = await repo.save(
          repo.create({
            leadId: lead.id,
            recipientAgencyId: r.id,
            purpose: d.purpose,
            outcome,
            redactedCategories: redacted,
            legalBasis: d.legalBasis,
            reasons,
            conditions: d.conditions,
            summary: d.summary,
            decidedAt: new Date(d.at),
            status,
            sharedById: actor.userId,
            senderAgencyId: actor.agencyId,
            approvalById: null,
            approvalAt: null,
            approvalReason: null,
            revokedById: null,
            revokedAt: null,
            ...shareLawColumns(d.legalBasis, ctx.agreements, input.operationId ?? null, held.share?.basisValidUntil ?? null),
          }),
        );
        shares.push(saved);
        await this.audit.record(
          actor,
          {
            action: AuditAction.LEAD_SHARED,
            subjectType: AuditSubject.LEAD_SHARE,
            subjectId: saved.id,
            details: { leadId: lead.id, shareId: saved.id, recipientAgencyId: r.id, senderAgencyId: actor.agencyId, purpose: d.purpose, outcome, status },
          },
          m,
        );
        const to = status === LeadShareStatus.ACTIVE ? await this.liaisonOfficerIds(r.id) : await this.liaisonOfficerIds(lead.originatingAgencyId);
        const type = status === LeadShareStatus.ACTIVE ? NotificationType.LEAD_SHARED : NotificationType.LEAD_APPROVAL_REQUESTED;
        drafts.push(...to.filter((id) => id !== actor.userId).map((id) => attention(id, type, lead.id)));
      }
      return { shares, lead, audience: await leadAudience(m, lead, [actor.agencyId]), published: await this.notifications.createInTransaction(m, drafts) };
    });
    this.notifications.publish(published);
    announceLead(this.bus, lead.id, 'SHARED', audience);
    return shares.map(shareToModel);
  }

  /** Ids of an agency's active liaison officers (UserService.liaisonOfficersOf). */
  async liaisonOfficerIds(agencyId: string): Promise<string[]> {
    return (await this.users.liaisonOfficersOf(agencyId)).map((u) => u.id);
  }

}
