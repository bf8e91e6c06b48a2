import { Query, Resolver } from '@nestjs/graphql';
import { AgencyModel } from './agency.model';
import { AgencyService } from './agency.service';

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(private readonly agencyService: AgencyService) {}

  /** The agency directory, by name. */
  @Query(() => [AgencyModel], { description: 'All agencies of the workspace, by name' })
  agencies(): Promise<AgencyModel[]> {
    return this.agencyService.list();
  }
}
