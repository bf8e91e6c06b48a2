import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, whereArgs } from '@taskforce/api-core';
import { DataSource, In } from 'typeorm';
import { LeadEntity, LeadShareEntity, LeadShareStatus } from './lead.entity';
import { LeadPolicy } from './lead.policy';
import { projectLead } from './lead-projection';
import { aggregateRouteLegs, RouteLeg } from './lead-routes';

/**
 * Routes of the leads a viewer may read, for the map. Which leads: `LeadPolicy.readableWhere` (the one
 * need-to-know rule for leads: originating agency or a share in effect; platform admins get no exception). What of
 * each lead: its route exactly as `projectLead` gives it to that viewer, so whatever the projection leaves out
 * the map leaves out too.
 */
@Injectable()
export class LeadRoutesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Legs of the readable leads' routes aggregated per (from, to) country pair; empty when none. */
  async legs(actor: Pick<AuthUser, 'agencyId'>): Promise<RouteLeg[]> {
    const leads = await this.db
      .getRepository(LeadEntity)
      .createQueryBuilder('l')
      .where(...whereArgs(LeadPolicy.readableWhere(actor, 'l')))
      .getMany();
    if (!leads.length) return [];
    const shares = await this.db
      .getRepository(LeadShareEntity)
      .find({ where: { leadId: In(leads.map((l) => l.id)), recipientAgencyId: actor.agencyId, status: LeadShareStatus.ACTIVE } });
    // Persons play no part in a route; the projection is taken without them.
    const projected = leads.map((lead) =>
      projectLead(lead, [], lead.originatingAgencyId === actor.agencyId ? null : (shares.find((s) => s.leadId === lead.id) ?? null)),
    );
    return aggregateRouteLegs(projected);
  }
}
