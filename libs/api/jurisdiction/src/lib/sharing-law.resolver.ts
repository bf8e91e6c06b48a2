import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { AuthUser, COST, cost, CurrentUser, listCost, RequireRecentAuthentication, RequireRoles } from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import { CreateAgreementInput, CreateJurisdictionRuleInput, ReviseJurisdictionRuleInput, UpdateAgreementInput } from './dto/sharing-law.inputs';
import { AgreementModel, AgreementPartyModel, JurisdictionRuleModel } from './sharing-law.model';
import { SharingLawService } from './sharing-law.service';

/** The refusal of every write to the sharing law by anyone but a platform admin. */
const LAW_WRITERS_ONLY = 'Only platform admins change agreements and jurisdiction rules';

/** Agreements and jurisdiction rules: read by every signed-in user, written by platform admins only (RequireRoles). */
@Resolver()
export class SharingLawResolver {
  constructor(private readonly law: SharingLawService) {}

  @Query(() => [AgreementModel], { complexity: listCost(COST.READ), description: 'Every agreement, by id, with its status now (UTC)' })
  agreements(): Promise<AgreementModel[]> {
    return this.law.agreements();
  }

  @Query(() => AgreementModel, { complexity: cost(COST.READ), description: 'One agreement; NOT_FOUND when unknown' })
  agreement(@Args('id') id: string): Promise<AgreementModel> {
    return this.law.agreement(id);
  }

  @Query(() => [JurisdictionRuleModel], { complexity: listCost(COST.READ), description: 'Every jurisdiction rule by id: its current version, or every version with includeHistory' })
  jurisdictionRules(@Args('includeHistory', { type: () => Boolean, nullable: true, defaultValue: false }) includeHistory: boolean): Promise<JurisdictionRuleModel[]> {
    return this.law.rules(includeHistory);
  }

  @Query(() => JurisdictionRuleModel, { complexity: cost(COST.READ), description: 'One jurisdiction rule with all its versions (newest first); NOT_FOUND when unknown' })
  jurisdictionRule(@Args('id') id: string): Promise<JurisdictionRuleModel> {
    return this.law.rule(id);
  }

  @RequireRecentAuthentication()
  @RequireRoles(Role.PLATFORM_ADMIN, LAW_WRITERS_ONLY)
  @Mutation(() => AgreementModel, { complexity: cost(COST.WRITE + COST.RECONSIDER), description: 'Records an agreement (platform admins); live shares are decided again' })
  createAgreement(@CurrentUser() user: AuthUser, @Args('input') input: CreateAgreementInput): Promise<AgreementModel> {
    return this.law.createAgreement(user, input);
  }

  @RequireRecentAuthentication()
  @RequireRoles(Role.PLATFORM_ADMIN, LAW_WRITERS_ONLY)
  @Mutation(() => AgreementModel, { complexity: cost(COST.WRITE + COST.RECONSIDER), description: 'Changes, suspends, lifts or ends an agreement (platform admins); CONFLICT on a stale expectedVersion; live shares are decided again at once' })
  updateAgreement(@CurrentUser() user: AuthUser, @Args('input') input: UpdateAgreementInput): Promise<AgreementModel> {
    return this.law.updateAgreement(user, input);
  }

  @RequireRecentAuthentication()
  @RequireRoles(Role.PLATFORM_ADMIN, LAW_WRITERS_ONLY)
  @Mutation(() => JurisdictionRuleModel, { complexity: cost(COST.WRITE + COST.RECONSIDER), description: 'Records version 1 of a jurisdiction rule (platform admins)' })
  createJurisdictionRule(@CurrentUser() user: AuthUser, @Args('input') input: CreateJurisdictionRuleInput): Promise<JurisdictionRuleModel> {
    return this.law.createRule(user, input);
  }

  @RequireRecentAuthentication()
  @RequireRoles(Role.PLATFORM_ADMIN, LAW_WRITERS_ONLY)
  @Mutation(() => JurisdictionRuleModel, { complexity: cost(COST.WRITE + COST.RECONSIDER), description: 'Writes the next version of a rule (platform admins); the current version ends when it starts; CONFLICT on a stale expectedVersion' })
  reviseJurisdictionRule(@CurrentUser() user: AuthUser, @Args('input') input: ReviseJurisdictionRuleInput): Promise<JurisdictionRuleModel> {
    return this.law.reviseRule(user, input);
  }

  @RequireRecentAuthentication()
  @RequireRoles(Role.PLATFORM_ADMIN, LAW_WRITERS_ONLY)
  @Mutation(() => JurisdictionRuleModel, { complexity: cost(COST.WRITE + COST.RECONSIDER), description: 'Retires a rule now (platform admins); its versions are kept; CONFLICT on a stale expectedVersion' })
  retireJurisdictionRule(@CurrentUser() user: AuthUser, @Args('id') id: string, @Args('expectedVersion', { type: () => Int }) expectedVersion: number): Promise<JurisdictionRuleModel> {
    return this.law.retireRule(user, id, expectedVersion);
  }
}

@Resolver(() => AgreementPartyModel)
export class AgreementPartyResolver {
  constructor(private readonly agencies: AgencyService) {}

  @ResolveField(() => AgencyModel, { complexity: cost(COST.READ), nullable: true, description: 'AGENCY parties: the agency; null for countries' })
  agency(@Parent() party: AgreementPartyModel): Promise<AgencyModel | null> {
    return party.agencyId ? this.agencies.findById(party.agencyId) : Promise.resolve(null);
  }
}
