import { EventBus } from '@taskforce/api-core';
import type { LeadChange } from '@taskforce/domain';
import { EntityManager } from 'typeorm';
import { LeadShareEntity, LeadShareStatus } from './lead.entity';

/**
 * The agencies whose readers must hear that a lead changed (`lead.changed` on the event bus): its originating
 * agency, every agency holding an ACTIVE share now, and `also` (agencies that just lost it, or the sender of a
 * pending request). The real-time gateway re-checks each one before sending anything.
 */
export async function leadAudience(m: EntityManager, lead: { id: string; originatingAgencyId: string }, also: readonly string[] = []): Promise<string[]> {
  const active = await m.getRepository(LeadShareEntity).find({ where: { leadId: lead.id, status: LeadShareStatus.ACTIVE } });
  return [...new Set([lead.originatingAgencyId, ...active.map((s) => s.recipientAgencyId), ...also])];
}

/** Tells the real-time gateway (publish after commit) that a lead changed, for the agencies in `agencyIds`. */
export function announceLead(bus: EventBus, leadId: string, change: LeadChange, agencyIds: string[]): void {
  bus.publish('lead.changed', { leadId, change, agencyIds });
}
