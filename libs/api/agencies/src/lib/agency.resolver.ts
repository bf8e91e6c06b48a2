import { Query, Resolver } from '@nestjs/graphql';
import { AgencyModel } from './agency.model';
import { AgencyService } from './agency.service';
import { COST, listCost } from '@taskforce/api-core';

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(private readonly agencyService: AgencyService) {}

  /** The agency directory, by name. */
  @Query(() => [AgencyModel], { complexity: listCost(COST.READ), description: 'All agencies of the workspace, by name' })
  agencies(): Promise<AgencyModel[]> {
    return this.agencyService.list();
  }
}
