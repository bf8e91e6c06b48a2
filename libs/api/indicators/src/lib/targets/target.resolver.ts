import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { OperationIndicatorsModel, OperationTargetModel, TimingIndicatorsModel } from './target.model';
import { SetOperationTargetInput } from './dto/target.inputs';
import { TargetService } from './target.service';
import { TimingService } from './timing.service';


@Resolver()
export class TargetResolver {
  constructor(
    private readonly targets: TargetService,
    private readonly timing: TimingService,
    private readonly access: OperationPolicy,
  ) {}

  @Mutation(() => OperationTargetModel, { complexity: cost(COST.WRITE), description: "Sets a target for an operation's indicator and period (its coordinators only; FORBIDDEN otherwise)" })
  setOperationTarget(@CurrentUser() user: AuthUser, @Args('input') input: SetOperationTargetInput): Promise<OperationTargetModel> {
    return this.targets.set(user, input);
  }

  @Mutation(() => ID, { complexity: cost(COST.WRITE), description: 'Removes a target (coordinators of its operation only); returns its id' })
  removeOperationTarget(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.targets.remove(user, id);
  }

  @Query(() => OperationIndicatorsModel, { complexity: cost(COST.STATISTICS), description: 'Targets with progress and timing of a joint operation; NOT_FOUND when not visible' })
  operationIndicators(
    @CurrentUser() user: AuthUser,
    @Args('operationId', { type: () => ID }) operationId: string,
    @Args('k', { type: () => Int, nullable: true, description: 'Small-cell threshold, fixed at SMALL_CELL_K (default 11): another k is refused (BAD_USER_INPUT, field k)' }) k?: number,
  ): Promise<OperationIndicatorsModel> {
    return this.targets.operationIndicators(user, operationId, k ?? undefined);
  }

  @Query(() => TimingIndicatorsModel, { complexity: cost(COST.COUNT), description: 'Tasks done on time and median lead-to-action, for one operation or (no id) all of yours' })
  async timingIndicators(
    @CurrentUser() user: AuthUser,
    @Args('operationId', { type: () => ID, nullable: true }) operationId?: string,
  ): Promise<TimingIndicatorsModel> {
    if (operationId) await this.access.require(user, operationId);
    return this.timing.timing(user, operationId ?? null);
  }
}
