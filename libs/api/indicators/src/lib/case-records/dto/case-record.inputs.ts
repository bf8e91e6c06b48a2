import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AGE_BANDS, AgeBand, FormOfExploitation, IndicatorKind } from '@taskforce/domain';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CaseSex, CaseAgeGroup } from '../case-record.model';

/**
 * One case-level record entered by an agency: what it counts towards and how it is disaggregated. No victim
 * identity: every descriptive field is optional and unknown when left out.
 */
@InputType()
export class RecordCaseInput {
  @Field(() => IndicatorKind)
  @IsEnum(IndicatorKind)
  indicator!: IndicatorKind;

  @Field(() => Int, { nullable: true, description: 'Calendar year of the event, 1990–2100' })
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number | null;

  @Field(() => CaseSex, { nullable: true })
  @IsOptional()
  @IsEnum(CaseSex)
  sex?: CaseSex | null;

  @Field(() => CaseAgeGroup, { nullable: true, description: 'Taken from ageBand when left out' })
  @IsOptional()
  @IsEnum(CaseAgeGroup)
  ageGroup?: CaseAgeGroup | null;

  @Field(() => String, { nullable: true, description: `CTDC age band: ${AGE_BANDS.join(', ')}` })
  @IsOptional()
  @IsIn([...AGE_BANDS], { message: `ageBand must be one of ${AGE_BANDS.join(', ')}` })
  ageBand?: AgeBand | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 (XK for Kosovo)' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { message: 'citizenship must be an ISO 3166-1 alpha-2 code', context: { code: 'isCountryCode' } })
  citizenship?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 (XK for Kosovo)' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryOfExploitation must be an ISO 3166-1 alpha-2 code', context: { code: 'isCountryCode' } })
  countryOfExploitation?: string | null;

  @Field(() => [FormOfExploitation], { nullable: true, description: 'Empty or left out = unknown; several = MULTIPLE in tables' })
  @IsOptional()
  @ArrayMaxSize(9)
  @ArrayUnique()
  @IsEnum(FormOfExploitation, { each: true })
  formsOfExploitation?: FormOfExploitation[] | null;

  @Field(() => ID, { nullable: true, description: 'A joint operation your agency takes part in (NOT_FOUND otherwise)' })
  @IsOptional()
  @IsString()
  operationId?: string | null;
}
