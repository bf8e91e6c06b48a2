import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, isUuid, notFound, SqlPredicate, sqlPredicate } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { canReadLead, readingShare, ShareReadFacts } from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';
import { LeadEntity, LeadShareEntity, LeadShareStatus } from './lead.entity';

/** The parameter the lead predicates bind the viewer's agency id to. */
const VIEWER = 'leadViewerAgencyId';

/** A lead the caller may read, and how: as its originator (share null) or through its share in effect. */
export interface ReadableLead {
  lead: LeadEntity;
  share: LeadShareEntity | null;
}

/**
 * Need-to-know for leads, the one owner of the rule "who may read a lead": its originating agency and agencies
 * holding a share of it in effect — ACTIVE, its legal basis not ended, and, when made through a joint operation,
 * its recipient still taking part in it (OperationPolicy.takesPart) — nobody else, platform admins included
 * (libs/domain `readingShare`, `isShareInEffect`). Gives the rule as SQL (`readableWhere`, `shareInEffect`), in memory
 * (`canRead`) and as `require`, whose NOT_FOUND ("Lead not found") is the same for unknown, malformed and unreadable
 * ids. Every read path (list, count, search, by id, nested fields, mutations, notifications, socket pushes, timing
 * indicators) goes through here; what a reader sees of a lead is decided by the sharing engine (lead-projection.ts).
 */
@Injectable()
export class LeadPolicy {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * SQL (no parameters) true when the share row `alias` (a lead_shares alias) is in effect at the statement's instant
   * (UTC): status ACTIVE; `basis_valid_until` (the exclusive end of the in-force period of the agreement it relies
   * on) null or later; and, when made through a joint operation, its recipient still takes part in that operation.
   */
  static shareInEffect(alias: string): string {
    return (
      `(${alias}.status = '${LeadShareStatus.ACTIVE}'` +
      ` AND (${alias}.basis_valid_until IS NULL OR ${alias}.basis_valid_until > statement_timestamp())` +
      ` AND (${alias}.operation_id IS NULL OR ${OperationPolicy.takesPart(`${alias}.operation_id`, `${alias}.recipient_agency_id`)}))`
    );
  }

  /** SQL predicate true when the lead aliased `alias` (a `leads` row) is readable by the viewer's agency. */
  static readableWhere(viewer: Pick<AuthUser, 'agencyId'>, alias: string): SqlPredicate {
    return sqlPredicate(
      `(${alias}.originating_agency_id = :${VIEWER} OR EXISTS (SELECT 1 FROM lead_shares ls_vis WHERE ls_vis.lead_id = ${alias}.id AND ls_vis.recipient_agency_id = :${VIEWER} AND ${LeadPolicy.shareInEffect('ls_vis')}))`,
      { [VIEWER]: viewer.agencyId },
    );
  }

  /** In memory: true when the agency may read the lead, given its shares at `atMs` (UTC; libs/domain `canReadLead`). */
  static canRead(agencyId: string, lead: Pick<LeadEntity, 'originatingAgencyId'>, shares: readonly ShareReadFacts[], atMs: number): boolean {
    return canReadLead(agencyId, lead, shares, atMs);
  }

  /**
   * The lead and the caller's way of reading it, decided in memory (`readingShare`) on the lead, the shares held by
   * the caller's agency, the participants of the operations they were made through and the database's clock; the lead
   * row is locked for update when `lock` is set. A caller without a well-formed agency claim reads nothing.
   * @throws NOT_FOUND ("Lead not found") for unknown, malformed and unreadable ids alike.
   */
  async require(actor: Pick<AuthUser, 'agencyId'>, leadId: string, manager: EntityManager = this.db.manager, lock = false): Promise<ReadableLead> {
    if (!isUuid(leadId) || typeof actor.agencyId !== 'string' || !isUuid(actor.agencyId)) throw notFound('Lead');
    const qb = manager.getRepository(LeadEntity).createQueryBuilder('l').where('l.id = :leadId', { leadId });
    if (lock) qb.setLock('pessimistic_write');
    const lead = await qb.getOne();
    if (!lead) throw notFound('Lead');
    if (lead.originatingAgencyId === actor.agencyId) return { lead, share: null };
    const { entities: shares, raw } = await manager
      .getRepository(LeadShareEntity)
      .createQueryBuilder('s')
      .addSelect('statement_timestamp()', 'policy_now')
      .where('s.lead_id = :leadId AND s.recipient_agency_id = :agencyId', { leadId: lead.id, agencyId: actor.agencyId })
      .orderBy('s.created_at', 'ASC')
      .getRawAndEntities<{ policy_now: Date }>();
    if (!shares.length) throw notFound('Lead');
    const participants = await OperationPolicy.participants(manager, [...new Set(shares.flatMap((s) => (s.operationId ? [s.operationId] : [])))]);
    const facts = shares.map((s) => ({
      share: s,
      status: s.status,
      recipientAgencyId: s.recipientAgencyId,
      basisValidUntil: s.basisValidUntil ?? null,
      operationParticipants: s.operationId ? (participants.get(s.operationId) ?? []) : null,
    }));
    const reading = readingShare(actor.agencyId, lead, facts, new Date(raw[0].policy_now).getTime());
    if (!reading) throw notFound('Lead');
    return { lead, share: reading.share };
  }

  /** True when the caller may read the lead (false for unknown and malformed ids). */
  async isReadable(actor: Pick<AuthUser, 'agencyId'>, leadId: string): Promise<boolean> {
    try {
      await this.require(actor, leadId);
      return true;
    } catch {
      return false;
    }
  }
}
