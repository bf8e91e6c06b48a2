import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { UserModel, UserService } from '@taskforce/api-auth';
import { AuthUser, COST, cost, CurrentUser, listCost, RequireRoles } from '@taskforce/api-core';
import { isCoordinatorOf, Role } from '@taskforce/domain';
import { CreateOperationInput } from './dto/operation.inputs';
import { OperationEventModel, OperationModel, OperationParticipantModel } from './operation.model';
import { OperationService } from './operation.service';

@Resolver(() => OperationModel)
export class OperationResolver {
  constructor(private readonly operationService: OperationService) {}

  @Query(() => [OperationModel], { complexity: listCost(COST.READ), description: 'Joint operations your agency participates in' })
  operations(@CurrentUser() user: AuthUser): Promise<OperationModel[]> {
    return this.operationService.listVisible(user);
  }

  @Query(() => OperationModel, { complexity: cost(2 * COST.READ), description: 'One joint operation; NOT_FOUND when unknown or not visible to you' })
  operation(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<OperationModel> {
    return this.operationService.getVisible(user, id);
  }

  @RequireRoles(Role.COORDINATOR, 'Only coordinators create joint operations')
  @Mutation(() => OperationModel, { complexity: cost(COST.WRITE), description: 'Creates a joint operation led by your agency (coordinators only)' })
  createOperation(@CurrentUser() user: AuthUser, @Args('input') input: CreateOperationInput): Promise<OperationModel> {
    return this.operationService.create(user, input);
  }

  @Mutation(() => OperationModel, { complexity: cost(COST.WRITE), description: 'Sets the minutes (1–1440) allowed to acknowledge an urgent task (coordinators only)' })
  setOperationEscalationMinutes(
    @CurrentUser() user: AuthUser,
    @Args('operationId', { type: () => ID }) operationId: string,
    @Args('minutes', { type: () => Int }) minutes: number,
  ): Promise<OperationModel> {
    return this.operationService.setEscalationMinutes(user, operationId, minutes);
  }

  @ResolveField(() => AgencyModel, { complexity: cost(COST.READ) })
  async leadAgency(@Parent() operation: OperationModel): Promise<AgencyModel> {
    const [lead] = (await this.operationService.participatingAgencies(operation.id)).filter((a) => a.id === operation.leadAgencyId);
    return AgencyService.toModel(lead);
  }

  @ResolveField(() => [AgencyModel], { complexity: listCost(COST.READ) })
  async participatingAgencies(@Parent() operation: OperationModel): Promise<AgencyModel[]> {
    return (await this.operationService.participatingAgencies(operation.id)).map(AgencyService.toModel);
  }

  @ResolveField(() => [OperationParticipantModel], { complexity: listCost(2 * COST.READ), description: 'Participating agencies with their role (PARTY or PARTICIPANT), lead agency first' })
  async participants(@Parent() operation: OperationModel): Promise<OperationParticipantModel[]> {
    return (await this.operationService.participants(operation.id)).map((p) => ({ agency: AgencyService.toModel(p.agency), role: p.role, joinedAt: p.joinedAt, isLead: p.agency.id === operation.leadAgencyId }));
  }

  @ResolveField(() => [OperationEventModel], { complexity: listCost(COST.READ), description: 'Who did what to the operation, when (UTC), why; oldest first' })
  history(@Parent() operation: OperationModel): Promise<OperationEventModel[]> {
    return this.operationService.history(operation.id);
  }

  @ResolveField(() => [UserModel], { complexity: listCost(COST.READ) })
  coordinators(@Parent() operation: OperationModel): Promise<UserModel[]> {
    return this.operationService.coordinators(operation.id);
  }

  @ResolveField(() => Boolean, { complexity: cost(COST.READ), description: 'True when you may create and assign tasks here' })
  async viewerIsCoordinator(@CurrentUser() user: AuthUser, @Parent() operation: OperationModel): Promise<boolean> {
    return isCoordinatorOf(user, await this.operationService.facts(user, operation.id));
  }
}

@Resolver(() => OperationEventModel)
export class OperationEventResolver {
  constructor(
    private readonly users: UserService,
    private readonly agencies: AgencyService,
  ) {}

  @ResolveField(() => UserModel, { complexity: cost(COST.READ), nullable: true, description: 'Who did it; null when the system did (an expiry)' })
  actor(@Parent() event: OperationEventModel): Promise<UserModel | null> {
    if (event.loaded) return Promise.resolve(event.loaded.actor);
    return event.actorId ? this.users.findById(event.actorId) : Promise.resolve(null);
  }

  @ResolveField(() => AgencyModel, { complexity: cost(COST.READ), nullable: true, description: 'The agency the entry is about (invited, joined, left), if any' })
  agency(@Parent() event: OperationEventModel): Promise<AgencyModel | null> {
    if (event.loaded) return Promise.resolve(event.loaded.agency);
    return event.agencyId ? this.agencies.findById(event.agencyId) : Promise.resolve(null);
  }
}
