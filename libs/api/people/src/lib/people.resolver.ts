import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UserModel } from '@taskforce/api-auth';
import { AdminAction, AuthUser, COST, cost, CurrentUser, listCost, Public, RequireRecentAuthentication, RequireRoles } from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import { ChangePersonRolesInput, CreateAgencyInput, InvitePersonInput, SetPasswordWithTokenInput } from './dto/people.inputs';
import { PeopleService } from './people.service';
import { CreateAgencyPayloadModel, OneTimeLinkPayloadModel, PersonModel } from './person.model';

/** Who manages people at all: agency admins and platform admins (whose people each may reach: PeoplePolicy). */
const PEOPLE_ADMINS = [Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN];
const ADMINS_ONLY = 'Only agency admins and platform admins manage people';

/** People management (agency admins: own agency; platform admins: any) and setting a password with a one-time link. */
@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @RequireRoles(PEOPLE_ADMINS, ADMINS_ONLY)
  @Query(() => [PersonModel], {
    complexity: listCost(2 * COST.READ),
    description:
      "People of the caller's agency (platform admins: of `agencyId`), by name. FORBIDDEN for non-admins; NOT_FOUND for another agency's id given by an agency admin",
  })
  agencyPeople(@CurrentUser() actor: AuthUser, @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string): Promise<PersonModel[]> {
    return this.people.list(actor, agencyId);
  }

  @RequireRecentAuthentication()
  @RequireRoles(PEOPLE_ADMINS, ADMINS_ONLY)
  @Mutation(() => OneTimeLinkPayloadModel, {
    complexity: cost(COST.WRITE),
    description: 'Step-up action. Creates a person without a password and a one-time link (72 h) to set one. FORBIDDEN/NOT_FOUND as agencyPeople; BAD_USER_INPUT naming email when in use',
  })
  invitePerson(@CurrentUser() actor: AuthUser, @Args('input') input: InvitePersonInput): Promise<OneTimeLinkPayloadModel> {
    return this.people.invite(actor, input);
  }

  @RequireRecentAuthentication()
  @RequireRoles(PEOPLE_ADMINS, ADMINS_ONLY)
  @Mutation(() => PersonModel, {
    complexity: cost(COST.WRITE),
    description: "Step-up action. Replaces a person's roles. NOT_FOUND outside the admin's agency; FORBIDDEN for own roles and PLATFORM_ADMIN by non-platform admins",
  })
  changePersonRoles(@CurrentUser() actor: AuthUser, @Args('input') input: ChangePersonRolesInput): Promise<PersonModel> {
    return this.people.changeRoles(actor, input);
  }

  @AdminAction()
  @RequireRoles(PEOPLE_ADMINS, ADMINS_ONLY)
  @Mutation(() => UserModel, {
    complexity: cost(COST.WRITE),
    description: "Disables an account and ends its sessions, sockets and unused one-time links at once. NOT_FOUND outside the admin's agency; FORBIDDEN for oneself",
  })
  disableUser(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return this.people.disable(actor, id);
  }

  @AdminAction()
  @RequireRoles(PEOPLE_ADMINS, ADMINS_ONLY)
  @Mutation(() => PersonModel, { complexity: cost(COST.WRITE), description: "Enables a disabled account again. NOT_FOUND outside the admin's agency" })
  enablePerson(@CurrentUser() actor: AuthUser, @Args('userId', { type: () => ID }) userId: string): Promise<PersonModel> {
    return this.people.enable(actor, userId);
  }

  @AdminAction()
  @RequireRoles(PEOPLE_ADMINS, ADMINS_ONLY)
  @Mutation(() => OneTimeLinkPayloadModel, {
    complexity: cost(COST.WRITE),
    description: "A new one-time link (72 h) to set a new password; earlier unused links stop working. NOT_FOUND outside the admin's agency",
  })
  startPasswordReset(@CurrentUser() actor: AuthUser, @Args('userId', { type: () => ID }) userId: string): Promise<OneTimeLinkPayloadModel> {
    return this.people.startPasswordReset(actor, userId);
  }

  @Public()
  @Mutation(() => Boolean, {
    complexity: cost(COST.PASSWORD_CHECK + COST.WRITE),
    description:
      'Sets a password with a one-time link (no sign-in needed), uses the link up and ends every session of the person. BAD_USER_INPUT naming token (invalid, used or expired) or password (policy)',
  })
  setPasswordWithToken(@Args('input') input: SetPasswordWithTokenInput): Promise<boolean> {
    return this.people.setPasswordWithToken(input);
  }

  @AdminAction()
  @RequireRoles(Role.PLATFORM_ADMIN, 'Only platform admins create agencies')
  @Mutation(() => CreateAgencyPayloadModel, {
    complexity: cost(2 * COST.WRITE),
    description: 'Creates an agency and its first agency admin with a one-time link (platform admins only). BAD_USER_INPUT naming country, acronym or firstAdmin.email',
  })
  createAgency(@CurrentUser() actor: AuthUser, @Args('input') input: CreateAgencyInput): Promise<CreateAgencyPayloadModel> {
    return this.people.createAgency(actor, input);
  }
}
