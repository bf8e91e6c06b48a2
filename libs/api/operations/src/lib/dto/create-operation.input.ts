import { Field, InputType } from '@nestjs/graphql';
import { IsSafeText, Trim } from '@taskforce/api-core';
import { FormOfExploitation } from '@taskforce/domain';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

@InputType('CreateOperationInput')
export class CreateOperationInput {
  @Field()
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(3, { message: 'name must be at least 3 characters' })
  @MaxLength(200)
  name: string;

  @Field({ nullable: true })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;


  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes' })
  @ArrayUnique()
  @ArrayMaxSize(250)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes such as NL' })
  countries: string[];

  @Field(() => [FormOfExploitation])
  @ArrayUnique()
  @IsEnum(FormOfExploitation, { each: true })
  formsOfExploitation: FormOfExploitation[];
}
