import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser } from '@taskforce/api-core';
import { UpdateEvaluationSectionInput } from './dto/evaluation.inputs';
import { EvaluationSectionModel, OperationEvaluationModel, OperationResultsModel } from './evaluation.model';
import { OperationEvaluationService } from './operation-evaluation.service';
import { OperationResultsService } from './operation-results.service';

@Resolver()
export class OperationEvaluationResolver {
  constructor(
    private readonly evaluations: OperationEvaluationService,
    private readonly results: OperationResultsService,
  ) {}

  @Query(() => OperationEvaluationModel, {
    complexity: cost(3 * COST.READ),
    description: 'The closing evaluation of a joint operation (Joint Investigation Teams Network, JIT evaluation form), every section; NOT_FOUND when the operation is not visible',
  })
  operationEvaluation(@CurrentUser() user: AuthUser, @Args('operationId', { type: () => ID }) operationId: string): Promise<OperationEvaluationModel> {
    return this.evaluations.get(user, operationId);
  }

  @Mutation(() => EvaluationSectionModel, {
    complexity: cost(COST.WRITE),
    description: 'Writes your agency’s evaluation section (expectedVersion 0 creates it); FORBIDDEN for another agency’s, CONFLICT when stale, FAILED_PRECONDITION once finalised',
  })
  updateEvaluationSection(@CurrentUser() user: AuthUser, @Args('input') input: UpdateEvaluationSectionInput): Promise<EvaluationSectionModel> {
    return this.evaluations.updateSection(user, input);
  }

  @Mutation(() => OperationEvaluationModel, {
    complexity: cost(COST.WRITE),
    description: 'Finalises the closing evaluation (coordinators); every PARTY agency needs a section first (FAILED_PRECONDITION); closing needs it',
  })
  finaliseOperationEvaluation(@CurrentUser() user: AuthUser, @Args('operationId', { type: () => ID }) operationId: string): Promise<OperationEvaluationModel> {
    return this.evaluations.finalise(user, operationId);
  }

  @Query(() => OperationResultsModel, {
    complexity: cost(COST.COUNT),
    description: 'Results of finalised closing evaluations, of one operation or (no id) every operation of yours; small-cell protected; NOT_FOUND for an invisible operation',
  })
  operationResults(
    @CurrentUser() user: AuthUser,
    @Args('operationId', { type: () => ID, nullable: true }) operationId?: string,
    @Args('k', { type: () => Int, nullable: true, description: 'Small-cell threshold, fixed at SMALL_CELL_K (default 11): another k is refused (BAD_USER_INPUT, field k)' }) k?: number,
  ): Promise<OperationResultsModel> {
    return this.results.results(user, operationId ?? null, k);
  }
}
