import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IndicatorKind } from '@taskforce/domain';
import { IsEnum, IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { FlowLevel } from '../flow.model';

@InputType()
export class CaseFlowsInput {
  @Field({ description: 'Source of the case records: `ctdc` (public CTDC data set) or an agency-entered source' })
  @Matches(/^[a-z0-9_:-]{1,60}$/, { message: 'source must be 1–60 characters a–z, 0–9, _ : -' })
  source!: string;

  @Field(() => IndicatorKind, { nullable: true, description: 'Default VICTIM_IDENTIFIED' })
  @IsOptional()
  @IsEnum(IndicatorKind)
  indicator?: IndicatorKind;

  @Field(() => FlowLevel)
  @IsEnum(FlowLevel)
  level!: FlowLevel;

  @Field(() => ID, { nullable: true, description: 'Only records of this joint operation; NOT_FOUND when unknown, malformed or not yours to see' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  operationId?: string;

  @Field(() => Int, { nullable: true, description: 'Small-cell threshold: counts 1 … k−1 of other agencies\' records are suppressed. Fixed at SMALL_CELL_K (default 11) for source `agency` (another k is refused, field k); for public data sets the configured k or a higher one' })
  @IsOptional()
  @IsInt()
  k?: number;
}
