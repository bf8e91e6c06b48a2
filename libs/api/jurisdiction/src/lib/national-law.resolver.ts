import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AdminAction, AuthUser, COST, cost, CurrentUser, RequireRoles } from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import { NationalLawModel } from './national-law.model';
import { CreateNationalLawInput, UpdateNationalLawInput } from './dto/national-law.inputs';
import { NationalLawService } from './national-law.service';

/** The refusal of every write to national laws by anyone but a platform admin. */
const LAW_EDITORS_ONLY = 'Only platform admins edit national laws';

/** Platform admins keep the national anti-trafficking laws of the country profiles (RequireRoles). */
@Resolver()
export class NationalLawResolver {
  constructor(private readonly laws: NationalLawService) {}

  @AdminAction()
  @RequireRoles(Role.PLATFORM_ADMIN, LAW_EDITORS_ONLY)
  @Mutation(() => NationalLawModel, { complexity: cost(COST.WRITE), description: 'Records a national law (platform admins only: FORBIDDEN otherwise)' })
  createNationalLaw(@CurrentUser() user: AuthUser, @Args('input') input: CreateNationalLawInput): Promise<NationalLawModel> {
    return this.laws.create(user, input);
  }

  @AdminAction()
  @RequireRoles(Role.PLATFORM_ADMIN, LAW_EDITORS_ONLY)
  @Mutation(() => NationalLawModel, { complexity: cost(COST.WRITE), description: 'Changes a national law (platform admins only); CONFLICT when expectedVersion is stale; NOT_FOUND for an unknown id' })
  updateNationalLaw(@CurrentUser() user: AuthUser, @Args('input') input: UpdateNationalLawInput): Promise<NationalLawModel> {
    return this.laws.update(user, input);
  }

  @AdminAction()
  @RequireRoles(Role.PLATFORM_ADMIN, LAW_EDITORS_ONLY)
  @Mutation(() => Boolean, { complexity: cost(COST.WRITE), description: 'Deletes a national law (platform admins only); NOT_FOUND for an unknown id; true when deleted' })
  deleteNationalLaw(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.laws.delete(user, id);
  }
}
