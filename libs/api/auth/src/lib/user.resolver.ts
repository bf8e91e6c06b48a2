import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { AuthUser, CurrentUser, notFound } from '@taskforce/api-core';
import { AuthService } from './auth.service';
import { UserModel } from './user.model';
import { UserService } from './user.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    private readonly agencies: AgencyService,
    private readonly auth: AuthService,
  ) {}

  @Query(() => UserModel, { description: 'The signed-in user' })
  async me(@CurrentUser() user: AuthUser): Promise<UserModel> {
    const me = await this.users.findById(user.userId);
    if (!me) throw notFound('User');
    return me;
  }

  @Mutation(() => UserModel, { description: 'Disables an account and ends its sessions and sockets at once. Agency admins: own agency only' })
  async disableUser(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    const user = await this.users.disable(actor, id);
    await this.auth.revokeAllSessions(user.id);
    return user;
  }

  @ResolveField(() => AgencyModel)
  async agency(@Parent() user: UserModel): Promise<AgencyModel> {
    const agency = await this.agencies.findById(user.agencyId);
    if (!agency) throw notFound('Agency');
    return agency;
  }
}
