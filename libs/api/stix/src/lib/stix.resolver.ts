import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser, RequireRoles } from '@taskforce/api-core';
import { LEAD_WRITER_ROLES } from '@taskforce/domain';
import { StixExportService } from './stix-export.service';
import { StixImportService } from './stix-import.service';
import { StixImportResultModel } from './stix.model';


/** STIX 2.1 export and import of leads (docs/stix.md). */
@Resolver()
export class StixResolver {
  constructor(
    private readonly exporter: StixExportService,
    private readonly importer: StixImportService,
  ) {}

  @Query(() => String, {
    complexity: cost(3 * COST.READ + COST.AUDIT),
    description:
      'The lead as you may read it (the projection of `lead`, your readable selectors) as a STIX 2.1 bundle, JSON text (OASIS STIX Version 2.1; mappings in docs/stix.md). Audited as a read of the lead. NOT_FOUND when unknown or not readable by you',
  })
  leadStix(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.exporter.exportLead(user, id);
  }

  @RequireRoles(LEAD_WRITER_ROLES, 'Only analysts, liaison officers and coordinators record leads')
  @Mutation(() => StixImportResultModel, {
    complexity: cost(COST.BULK + COST.WRITE + COST.AUDIT),
    description:
      "Records a new lead of your agency from a STIX 2.1 bundle (JSON text) holding one report or grouping: route from its locations, TLP 2.0 and handling markings (an unknown marking makes it TLP:RED), grading, and the selectors its SCOs carry (matched as addLeadSelector does); every object not imported is listed with the reason. All or nothing. BAD_USER_INPUT naming the field (bundle, bundle.type, bundle.objects, report.name, report.description, report.object_refs); QUERY_BUDGET_EXHAUSTED; FORBIDDEN for roles that do not record leads",
  })
  importStixBundle(@CurrentUser() user: AuthUser, @Args('bundle') bundle: string): Promise<StixImportResultModel> {
    return this.importer.importBundle(user, bundle);
  }
}
