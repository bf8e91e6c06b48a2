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
 * Need-to-know for leads, in one place: a lead is readable by its originating agency and by agencies holding an
 * ACTIVE share of it — nobody else, platform admins included. Unknown, malformed and unreadable ids give the same
 * NOT_FOUND ("Lead not found"). Every read path (list, count, by id, nested fields, mutations) goes through here.
 */
@Injectable()
export class LeadAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * SQL condition (for query builders) true when the lead whose id and originator are in `alias` is readable by
   * the agency bound as `:viewerAgencyId`.
   */
  static readableCondition(alias: string): string {
    return `(${alias}.originating_agency_id = :viewerAgencyId OR EXISTS (SELECT 1 FROM lead_shares ls_vis WHERE ls_vis.lead_id = ${alias}.id AND ls_vis.recipient_agency_id = :viewerAgencyId AND ls_vis.status = '${LeadShareStatus.ACTIVE}'))`;
  }

  /** The lead and the caller's way of reading it. @throws NOT_FOUND for unknown, malformed or unreadable ids. */
  async requireReadable(actor: Pick<AuthUser, 'agencyId'>, leadId: string, manager: EntityManager = this.db.manager, lock = false): Promise<ReadableLead> {
    if (!isUuid(leadId)) throw notFound('Lead');
    const qb = manager.getRepository(LeadEntity).createQueryBuilder('l').where('l.id = :leadId', { leadId });
    if (lock) qb.setLock('pessimistic_write');
    const lead = await qb.getOne();
    if (!lead) throw notFound('Lead');
    if (lead.originatingAgencyId === actor.agencyId) return { lead, share: null };
    const share = await manager
      .getRepository(LeadShareEntity)
      .findOne({ where: { leadId: lead.id, recipientAgencyId: actor.agencyId, status: LeadShareStatus.ACTIVE } });
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
