import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IndicatorKind } from '@taskforce/domain';
import { IsEnum, IsInt, IsISO8601, IsString, Matches, Max, Min } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A target for one indicator of a joint operation over a period (dates inclusive, UTC)' })
export class SetOperationTargetInput {
  @Field(() => ID)
  @IsString()
  operationId!: string;

  @Field(() => IndicatorKind)
  @IsEnum(IndicatorKind)
  indicator!: IndicatorKind;

  @Field({ description: 'First day of the period, YYYY-MM-DD (UTC)' })
  @Matches(ISO_DATE, { message: 'periodStart must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'periodStart must be a real date' })
  periodStart!: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD (UTC), on or after periodStart' })
  @Matches(ISO_DATE, { message: 'periodEnd must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'periodEnd must be a real date' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Records to reach, > 0' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  target!: number;
}
