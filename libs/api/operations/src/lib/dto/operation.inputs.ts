import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIsoDate, IsOneLineText, IsSafeText, Trim } from '@taskforce/api-core';
import { FormOfExploitation } from '@taskforce/domain';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

@InputType('CreateOperationInput')
export class CreateOperationInput {
  @Field()
  @Trim()
  @IsOneLineText()
  @IsString()
  @MinLength(3, { message: 'name must be at least 3 characters' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @Field({ nullable: true })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string;

  @Field({ nullable: true, description: 'What the joint operation is for (the purpose clause of its agreement)' })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'purpose must be at most 5000 characters' })
  purpose?: string;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes' })
  @ArrayUnique({ message: 'countries must not repeat a country' })
  @ArrayMaxSize(250)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes such as NL', context: { code: 'isCountryCode' } })
  countries: string[];

  @Field(() => [FormOfExploitation])
  @ArrayUnique({ message: 'formsOfExploitation must not repeat a form' })
  @IsEnum(FormOfExploitation, { each: true })
  formsOfExploitation: FormOfExploitation[];

  @Field(() => String, { nullable: true, description: 'First day of the planned period, UTC date YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  startsOn?: string;

  @Field(() => String, { nullable: true, description: 'Last day of the planned period, UTC date YYYY-MM-DD, on or after startsOn' })
  @IsOptional()
  @IsIsoDate()
  endsOn?: string;

  @Field(() => ID, { nullable: true, description: 'An agreement of the sharing law the operation is formed under' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  legalBasisAgreementId?: string;

  @Field({ nullable: true, description: 'Instrument and article cited as legal basis, e.g. "Art. 13 of the 2000 EU Convention on Mutual Assistance in Criminal Matters"' })
  @Trim()
  @IsOneLineText()
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'legalBasisCitation must be at most 500 characters' })
  legalBasisCitation?: string;

  @Field(() => Int, { nullable: true, description: 'Minutes (1–1440) to acknowledge an urgent task; 15 when absent' })
  @IsOptional()
  @IsInt({ message: 'escalationMinutes must be a whole number' })
  @Min(1, { message: 'escalationMinutes must be from 1 to 1440' })
  @Max(1440, { message: 'escalationMinutes must be from 1 to 1440' })
  escalationMinutes?: number;
}

