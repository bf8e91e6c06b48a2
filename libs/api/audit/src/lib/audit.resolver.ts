import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser, listCost, RequireRecentAuthentication, RequireRoles } from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import { canonicalJson } from './audit-chain';
import { AuditChainStatusModel, AuditEntryModel } from './audit.model';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @RequireRecentAuthentication()
  @RequireRoles(Role.PLATFORM_ADMIN, 'Only platform admins verify the audit log')
  @Query(() => AuditChainStatusModel, { complexity: cost(COST.BULK), description: 'Verifies the audit hash chain and names the first broken entry (platform admins only). Step-up action' })
  auditChainStatus(): Promise<AuditChainStatusModel> {
    return this.audit.verify();
  }

  @Query(() => [AuditEntryModel], { complexity: listCost(COST.COUNT + 2 * COST.READ), description: "Audit entries about a lead, oldest first; the lead's originating agency only (NOT_FOUND otherwise)" })
  async leadAuditTrail(@CurrentUser() user: AuthUser, @Args('leadId', { type: () => ID }) leadId: string): Promise<AuditEntryModel[]> {
    const rows = await this.audit.leadTrail(user, leadId);
    const labels = await this.audit.actorLabels(
      rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])),
      rows.flatMap((r) => (r.actorAgencyId ? [r.actorAgencyId] : [])),
    );
    return rows.map((r) => ({
      ...r,
      details: canonicalJson(r.details),
      actorName: r.actorUserId ? (labels.users.get(r.actorUserId) ?? null) : null,
      actorAgencyAcronym: r.actorAgencyId ? (labels.agencies.get(r.actorAgencyId) ?? null) : null,
    }));
  }
}
