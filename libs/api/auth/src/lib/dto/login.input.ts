import { Field, InputType } from '@nestjs/graphql';
import { Trim } from '@taskforce/api-core';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType('LoginInput')
export class LoginInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(1024)
  password: string;
}
