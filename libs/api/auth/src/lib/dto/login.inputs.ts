import { Field, InputType } from '@nestjs/graphql';
import { NormalizeEmail } from '@taskforce/api-core';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType('LoginInput')
export class LoginInput {
  @Field({ description: 'Any spelling of the address: compared after Unicode NFKC, trimming and lower-casing' })
  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(1024)
  password: string;
}
