import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { argSize, AuthUser, COST, cost, CurrentUser, listCost } from '@taskforce/api-core';
import { CaseRecordModel } from './case-record.model';
import { RecordCaseInput } from './dto/case-record.inputs';
import { CaseRecordService } from './case-record.service';

@Resolver()
export class CaseRecordResolver {
  constructor(private readonly cases: CaseRecordService) {}

  @Mutation(() => CaseRecordModel, { complexity: cost(COST.WRITE), description: "Records one case for your agency (source \"agency\"); NOT_FOUND for an operation your agency is not in" })
  recordCase(
    @CurrentUser() user: AuthUser,
    // Declared as a plain object so the global ValidationPipe leaves it alone: CaseRecordService validates it and
    // names every field `input.<field>`, as recordCases names them `inputs.<i>.<field>`.
    @Args('input', { type: () => RecordCaseInput }) input: Record<string, unknown>,
  ): Promise<CaseRecordModel> {
    return this.cases.record(user, input as unknown as RecordCaseInput);
  }

  @Mutation(() => [CaseRecordModel], {
    complexity: listCost(COST.WRITE, argSize('inputs', 1, 1000), 2),
    description: 'Records up to 1,000 cases all or nothing: any bad row → BAD_USER_INPUT listing every bad row (index, field) and nothing inserted',
  })
  recordCases(@CurrentUser() user: AuthUser, @Args('inputs', { type: () => [RecordCaseInput] }) inputs: RecordCaseInput[]): Promise<CaseRecordModel[]> {
    return this.cases.recordMany(user, inputs);
  }

  @Mutation(() => ID, { complexity: cost(COST.WRITE), description: "Deletes one of your agency's case records; NOT_FOUND for any other id" })
  deleteCaseRecord(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.cases.delete(user, id);
  }
}
