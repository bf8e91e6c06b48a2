import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AuthUser, notFound } from '@taskforce/api-core';
import { LeadReadsService } from '@taskforce/api-leads';
import { SelectorService } from '@taskforce/api-matching';
import { DataSource } from 'typeorm';
import { leadBundle } from './stix-bundle';

/**
 * STIX 2.1 export of one lead as the caller may read it (docs/stix.md): the projection of the `lead` query
 * (LeadReadsService), the selectors the caller may read (SelectorService), audited as a read of the lead.
 */
@Injectable()
export class StixExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: LeadReadsService,
    private readonly selectors: SelectorService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The bundle as JSON text (UTF-8, no white space). Audited as LEAD_READ with details `{ leadId, format: 'STIX_2_1' }`.
   * @throws NOT_FOUND ("Lead not found") for unknown, malformed and unreadable ids alike.
   */
  async exportLead(actor: AuthUser, leadId: string): Promise<string> {
    const lead = await this.reads.load(actor, leadId);
    const [agency, selectors] = await Promise.all([
      this.db.getRepository(AgencyEntity).findOneBy({ id: lead.originatingAgencyId }),
      this.selectors.readableValues(lead),
    ]);
    if (!agency) throw notFound('Lead');
    const bundle = leadBundle({
      lead: { ...lead, redactedCategories: lead.redaction?.categories ?? [] },
      agency: { id: agency.id, name: agency.name, kind: agency.kind, createdAt: agency.createdAt },
      selectors,
    });
    await this.audit.record(actor, { action: AuditAction.LEAD_READ, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, format: 'STIX_2_1' } });
    return JSON.stringify(bundle);
  }
}
