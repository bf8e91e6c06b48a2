import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AGE_BANDS, AgeBand, FormOfExploitation, IndicatorKind } from '@taskforce/domain';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** Sex as recorded on a case record (the domain's `Sex`); leave it out when unknown. */
export enum CaseSex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
}

/** Minor (under 18 at identification) or adult (the domain's `AgeGroup`, CTDC's `majorityStatus`). */
export enum CaseAgeGroup {
  MINOR = 'MINOR',
  ADULT = 'ADULT',
}

registerEnumType(CaseSex, { name: 'CaseSex', description: 'Sex as recorded on a case record' });
registerEnumType(CaseAgeGroup, { name: 'CaseAgeGroup', description: 'Minor (under 18 at identification) or adult' });

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
  @Matches(/^[A-Za-z]{2}$/, { message: 'citizenship must be an ISO 3166-1 alpha-2 code' })
  citizenship?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 (XK for Kosovo)' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryOfExploitation must be an ISO 3166-1 alpha-2 code' })
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

@ObjectType({ description: 'A case-level record entered by your agency (source "agency"); never a victim identity' })
export class CaseRecordModel {
  @Field(() => ID) id!: string;
  @Field(() => IndicatorKind) indicator!: IndicatorKind;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => CaseSex, { nullable: true }) sex!: CaseSex | null;
  @Field(() => CaseAgeGroup, { nullable: true }) ageGroup!: CaseAgeGroup | null;
  @Field(() => String, { nullable: true }) ageBand!: string | null;
  @Field(() => String, { nullable: true }) citizenship!: string | null;
  @Field(() => String, { nullable: true }) countryOfExploitation!: string | null;
  @Field(() => [FormOfExploitation]) formsOfExploitation!: FormOfExploitation[];
  @Field(() => ID, { nullable: true }) operationId!: string | null;
  @Field(() => ID, { description: 'The recording agency (always yours)' }) agencyId!: string;
  @Field({ description: 'When it was entered (UTC); a target period counts a record by this date' }) createdAt!: Date;
}
