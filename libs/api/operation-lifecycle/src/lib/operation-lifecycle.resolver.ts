import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser, listCost } from '@taskforce/api-core';
import { OperationModel } from '@taskforce/api-operations';
import { ChangeOperationStatusInput, InviteAgencyToOperationInput, RespondToOperationInvitationInput, UpdateOperationInput } from './dto/lifecycle.inputs';
import { OperationInvitationModel } from './invitation.model';
import { OperationInvitationService } from './operation-invitation.service';
import { OperationLifecycleService } from './operation-lifecycle.service';

@Resolver(() => OperationModel)
export class OperationLifecycleResolver {
  constructor(
    private readonly lifecycle: OperationLifecycleService,
    private readonly invitationService: OperationInvitationService,
  ) {}

  @Mutation(() => OperationInvitationModel, { complexity: cost(COST.WRITE), description: 'Invites an agency as PARTY or PARTICIPANT (coordinators); its admins, coordinators and liaison officers are notified' })
  inviteAgencyToOperation(@CurrentUser() user: AuthUser, @Args('input') input: InviteAgencyToOperationInput): Promise<OperationInvitationModel> {
    return this.invitationService.invite(user, input);
  }

  @Query(() => [OperationInvitationModel], { complexity: listCost(COST.READ), description: 'Your agency’s pending invitations and those answered in the last 30 days, newest first (agency admins, coordinators, liaison officers)' })
  operationInvitations(@CurrentUser() user: AuthUser): Promise<OperationInvitationModel[]> {
    return this.invitationService.listForAgency(user);
  }

  @Mutation(() => OperationInvitationModel, { complexity: cost(COST.WRITE), description: 'Accepts or declines (with a reason) an invitation of your agency (its coordinators and agency admins)' })
  respondToOperationInvitation(@CurrentUser() user: AuthUser, @Args('input') input: RespondToOperationInvitationInput): Promise<OperationInvitationModel> {
    return this.invitationService.respond(user, input);
  }

  @Mutation(() => OperationInvitationModel, { complexity: cost(COST.WRITE), description: 'Withdraws a pending invitation (coordinators of the operation)' })
  withdrawOperationInvitation(
    @CurrentUser() user: AuthUser,
    @Args('invitationId', { type: () => ID }) invitationId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<OperationInvitationModel> {
    return this.invitationService.withdraw(user, invitationId, reason ?? undefined);
  }

  @Mutation(() => OperationModel, { complexity: cost(COST.WRITE), description: 'PLANNED → ACTIVE ⇄ SUSPENDED → CLOSED, version-checked (coordinators); closing needs the finalised evaluation' })
  changeOperationStatus(@CurrentUser() user: AuthUser, @Args('input') input: ChangeOperationStatusInput): Promise<OperationModel> {
    return this.lifecycle.changeStatus(user, input);
  }

  @Mutation(() => OperationModel, { complexity: cost(COST.WRITE), description: 'Edits a joint operation, version-checked (coordinators); a later end date is an extension needing a reason' })
  updateOperation(@CurrentUser() user: AuthUser, @Args('input') input: UpdateOperationInput): Promise<OperationModel> {
    return this.lifecycle.update(user, input);
  }

  @Mutation(() => Boolean, { complexity: cost(COST.WRITE), description: 'Takes your agency out of a joint operation (its coordinators and agency admins; not the lead agency)' })
  leaveOperation(@CurrentUser() user: AuthUser, @Args('operationId', { type: () => ID }) operationId: string): Promise<boolean> {
    return this.lifecycle.leave(user, operationId);
  }

  @Mutation(() => OperationModel, { complexity: cost(COST.WRITE), description: 'Removes a participating agency (not the lead); its people lose access at once (coordinators only)' })
  removeAgencyFromOperation(
    @CurrentUser() user: AuthUser,
    @Args('operationId', { type: () => ID }) operationId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<OperationModel> {
    return this.lifecycle.removeAgency(user, operationId, agencyId);
  }

  @Mutation(() => OperationModel, { complexity: cost(COST.WRITE), description: 'Appoints a co-coordinator: a person holding the COORDINATOR role in a participating agency (coordinators)' })
  appointOperationCoordinator(
    @CurrentUser() user: AuthUser,
    @Args('operationId', { type: () => ID }) operationId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<OperationModel> {
    return this.lifecycle.appointCoordinator(user, operationId, userId);
  }

  @Mutation(() => OperationModel, { complexity: cost(COST.WRITE), description: 'A coordinator stands down or is stood down by another; the last one cannot' })
  standDownOperationCoordinator(
    @CurrentUser() user: AuthUser,
    @Args('operationId', { type: () => ID }) operationId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<OperationModel> {
    return this.lifecycle.standDownCoordinator(user, operationId, userId);
  }

  @ResolveField(() => [OperationInvitationModel], { complexity: listCost(2 * COST.READ), description: 'Invitations of this operation, every status, newest first; coordinators only (others get an empty list)' })
  invitations(@CurrentUser() user: AuthUser, @Parent() operation: OperationModel): Promise<OperationInvitationModel[]> {
    return this.invitationService.listForOperation(user, operation.id);
  }
}
