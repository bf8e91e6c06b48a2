import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { GlotipBreakdown } from '../public-figures.model';

@InputType()
export class GlotipBreakdownInput {
  @Field({ description: 'ISO 3166-1 alpha-2 or alpha-3 (Kosovo XK)' })
  @IsString()
  @Length(2, 3)
  country!: string;

  @Field({ description: 'A GLOTIP indicator as UNODC names it, e.g. "Detected trafficking victims"' })
  @IsString()
  @Length(1, 100)
  indicator!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year!: number;

  @Field(() => GlotipBreakdown)
  @IsEnum(GlotipBreakdown)
  breakdown!: GlotipBreakdown;
}
