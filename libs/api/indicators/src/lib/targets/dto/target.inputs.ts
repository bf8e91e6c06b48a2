import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IndicatorKind } from '@taskforce/domain';
import { IsIsoDate } from '@taskforce/api-core';
import { IsEnum, IsInt, IsString, Max, Min } from 'class-validator';

/** The years a case record may carry (RecordCaseInput.year), as days. */
const CASE_RECORD_DATES = { from: '1990-01-01', to: '2100-12-31' };

@InputType({ description: 'A target for one indicator of a joint operation over a period (dates inclusive, UTC)' })
export class SetOperationTargetInput {
  @Field(() => ID)
  @IsString()
  operationId!: string;

  @Field(() => IndicatorKind)
  @IsEnum(IndicatorKind)
  indicator!: IndicatorKind;

  @Field({ description: 'First day of the period, YYYY-MM-DD (UTC)' })
  @IsIsoDate(CASE_RECORD_DATES)
  periodStart!: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD (UTC), on or after periodStart' })
  @IsIsoDate(CASE_RECORD_DATES)
  periodEnd!: string;

  @Field(() => Int, { description: 'Records to reach, > 0' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  target!: number;
}
