import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { AuthUser, COST, cost, CurrentUser, notFound } from '@taskforce/api-core';
import { UserModel } from './user.model';
import { UserService } from './user.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    private readonly agencies: AgencyService,
  ) {}

  @Query(() => UserModel, { complexity: cost(COST.READ), description: 'The signed-in user' })
  async me(@CurrentUser() user: AuthUser): Promise<UserModel> {
    const me = await this.users.findById(user.userId);
    if (!me) throw notFound('User');
    return me;
  }

  @ResolveField(() => AgencyModel, { complexity: cost(COST.BATCHED) })
  async agency(@Parent() user: UserModel): Promise<AgencyModel> {
    const agency = await this.agencies.findById(user.agencyId);
    if (!agency) throw notFound('Agency');
    return agency;
  }
}
