import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser } from '@taskforce/api-core';
import { FlowQueryService } from './flow-query.service';
import { CaseFlowsModel } from './flow.model';
import { CaseFlowsInput } from './dto/flow.inputs';

@Resolver(() => CaseFlowsModel)
export class FlowResolver {
  constructor(private readonly flowQueries: FlowQueryService) {}

  @Query(() => CaseFlowsModel, {
    complexity: cost(COST.STATISTICS),
    description: 'Flows from citizenship to place of exploitation (countries or regions), small flows suppressed unless all records are yours',
  })
  caseFlows(@CurrentUser() user: AuthUser, @Args('input') input: CaseFlowsInput): Promise<CaseFlowsModel> {
    return this.flowQueries.flows(user, input);
  }
}
