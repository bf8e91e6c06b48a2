import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser } from '@taskforce/api-core';
import { StixExportService } from './stix-export.service';

/** STIX 2.1 export and import of leads (docs/stix.md). */
@Resolver()
export class StixResolver {
  constructor(private readonly exporter: StixExportService) {}

  @Query(() => String, {
    complexity: cost(3 * COST.READ + COST.AUDIT),
    description:
      'The lead as you may read it (the projection of `lead`, your readable selectors) as a STIX 2.1 bundle, JSON text (OASIS STIX Version 2.1; mappings in docs/stix.md). Audited as a read of the lead. NOT_FOUND when unknown or not readable by you',
  })
  leadStix(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.exporter.exportLead(user, id);
  }
}
