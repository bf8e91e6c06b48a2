import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, isUuid, notFound } from '@taskforce/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { LeadEntity, LeadShareEntity, LeadShareStatus } from './lead.entity';

/** A lead the caller may read, and how: as its originator (share null) or through its ACTIVE share. */
export interface ReadableLead {
  lead: LeadEntity;
  share: LeadShareEntity | null;
}

/**
 * Need-to-know for leads, in one place: a lead is readable by its originating agency and by agencies holding a
 * share of it that is in effect (see `shareInEffectCondition`) — nobody else, platform admins included. Unknown,
 * malformed and unreadable ids give the same NOT_FOUND ("Lead not found"). Every read path (list, count, by id,
 * nested fields, mutations) goes through here.
 */
@Injectable()
export class LeadAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * SQL condition true when the share row `alias` (a lead_shares alias) is in effect at the statement's instant
   * (UTC): status ACTIVE; its legal basis has not ended (`basis_valid_until`, the exclusive end of the in-force
   * period of the agreement it relies on, is null or later) — so an expiring agreement ends the share at that
   * instant, before the lapse sweep marks it LAPSED; and, when it was made through a joint operation, its
   * recipient still takes part in that operation.
   */
  static shareInEffectCondition(alias: string): string {
    return (
      `(${alias}.status = '${LeadShareStatus.ACTIVE}'` +
      ` AND (${alias}.basis_valid_until IS NULL OR ${alias}.basis_valid_until > statement_timestamp())` +
      ` AND (${alias}.operation_id IS NULL OR EXISTS (SELECT 1 FROM operation_agencies oa_vis WHERE oa_vis.operation_id = ${alias}.operation_id AND oa_vis.agency_id = ${alias}.recipient_agency_id)))`
    );
  }

  /**
   * SQL condition (for query builders) true when the lead whose id and originator are in `alias` is readable by
   * the agency bound as `:viewerAgencyId`.
   */
  static readableCondition(alias: string): string {
    return `(${alias}.originating_agency_id = :viewerAgencyId OR EXISTS (SELECT 1 FROM lead_shares ls_vis WHERE ls_vis.lead_id = ${alias}.id AND ls_vis.recipient_agency_id = :viewerAgencyId AND ${LeadAccessService.shareInEffectCondition('ls_vis')}))`;
  }

  /** The lead and the caller's way of reading it. @throws NOT_FOUND for unknown, malformed or unreadable ids. */
  async requireReadable(actor: Pick<AuthUser, 'agencyId'>, leadId: string, manager: EntityManager = this.db.manager, lock = false): Promise<ReadableLead> {
    // A caller without a well-formed agency claim reads nothing (never "no filter").
    if (!isUuid(leadId) || typeof actor.agencyId !== 'string' || !isUuid(actor.agencyId)) throw notFound('Lead');
    const qb = manager.getRepository(LeadEntity).createQueryBuilder('l').where('l.id = :leadId', { leadId });
    if (lock) qb.setLock('pessimistic_write');
    const lead = await qb.getOne();
    if (!lead) throw notFound('Lead');
    if (lead.originatingAgencyId === actor.agencyId) return { lead, share: null };
    const share = await manager
      .getRepository(LeadShareEntity)
      .createQueryBuilder('s')
      .where('s.lead_id = :leadId AND s.recipient_agency_id = :agencyId', { leadId: lead.id, agencyId: actor.agencyId })
      .andWhere(LeadAccessService.shareInEffectCondition('s'))
      .getOne();
    if (!share) throw notFound('Lead');
    return { lead, share };
  }

  /** True when the caller may read the lead (false for unknown ids). */
  async isReadable(actor: Pick<AuthUser, 'agencyId'>, leadId: string): Promise<boolean> {
    try {
      await this.requireReadable(actor, leadId);
      return true;
    } catch {
      return false;
    }
  }
}
