import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { AuthUser, COST, cost, CurrentUser, notFound } from '@taskforce/api-core';
import { SetMyLanguageInput } from './dto/language.inputs';
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

  @Mutation(() => UserModel, {
    complexity: cost(COST.LIGHT_WRITE),
    description:
      'Stores the language the signed-in person chose for the web client and returns them. BAD_USER_INPUT (field `language`) unless one of en, fr, es, ar',
  })
  setMyLanguage(@CurrentUser() user: AuthUser, @Args('input') input: SetMyLanguageInput): Promise<UserModel> {
    return this.users.setLanguage(user.userId, input.language);
  }

  // Field resolvers without parameter decorators take graphql-js's (source, args, context): Nest calls them directly.
  @ResolveField(() => AgencyModel, { complexity: cost(COST.BATCHED) })
  agency(user: UserModel): AgencyModel | Promise<AgencyModel> {
    return user.loadedAgency ?? this.requireAgency(user.agencyId);
  }

  private async requireAgency(id: string): Promise<AgencyModel> {
    const agency = await this.agencies.findById(id);
    if (!agency) throw notFound('Agency');
    return agency;
  }
}
