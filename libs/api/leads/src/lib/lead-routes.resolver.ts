import { Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, CurrentUser, listCost } from '@taskforce/api-core';
import { LeadRouteLegModel } from './lead-routes.model';
import { LeadRoutesService } from './lead-routes.service';

@Resolver(() => LeadRouteLegModel)
export class LeadRoutesResolver {
  constructor(private readonly routes: LeadRoutesService) {}

  @Query(() => [LeadRouteLegModel], {
    complexity: listCost(COST.COUNT + COST.READ),
    description: 'Legs of the routes of the leads you may read (as your projection shows them), one per (from, to) country pair, most leads first',
  })
  leadRoutes(@CurrentUser() user: AuthUser): Promise<LeadRouteLegModel[]> {
    return this.routes.legs(user);
  }
}
