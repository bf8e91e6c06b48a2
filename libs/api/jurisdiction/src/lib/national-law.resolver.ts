import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AdminAction, AuthUser, COST, cost, CurrentUser } from '@taskforce/api-core';
import { NationalLawModel } from './national-law.model';
import { CreateNationalLawInput, UpdateNationalLawInput } from './dto/national-law.inputs';
import { NationalLawService } from './national-law.service';

/** Platform admins keep the national anti-trafficking laws of the country profiles. */
@Resolver()
export class NationalLawResolver {
  constructor(private readonly laws: NationalLawService) {}

  @AdminAction()
  @Mutation(() => NationalLawModel, { complexity: cost(COST.WRITE), description: 'Records a national law (platform admins only: FORBIDDEN otherwise)' })
  createNationalLaw(@CurrentUser() user: AuthUser, @Args('input') input: CreateNationalLawInput): Promise<NationalLawModel> {
    return this.laws.create(user, input);
  }

  @AdminAction()
  @Mutation(() => NationalLawModel, { complexity: cost(COST.WRITE), description: 'Changes a national law (platform admins only); CONFLICT when expectedVersion is stale; NOT_FOUND for an unknown id' })
  updateNationalLaw(@CurrentUser() user: AuthUser, @Args('input') input: UpdateNationalLawInput): Promise<NationalLawModel> {
    return this.laws.update(user, input);
  }

  @AdminAction()
  @Mutation(() => Boolean, { complexity: cost(COST.WRITE), description: 'Deletes a national law (platform admins only); NOT_FOUND for an unknown id; true when deleted' })
  deleteNationalLaw(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.laws.delete(user, id);
  }
}
