import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@InputType('LoginSecondFactorInput', { description: 'Exactly one of code (6-digit TOTP), recoveryCode and passkeyResponse' })
export class LoginSecondFactorInput {
  @Field()
  @IsString()
  @MaxLength(200)
  challengeToken: string;

  @Field(() => String, { nullable: true, description: '6 digits from the authenticator app' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the recovery codes (xxxxx-xxxxx), each works once' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  recoveryCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A passkey's answer as JSON: AuthenticationResponseJSON (PublicKeyCredential.toJSON() after navigator.credentials.get; what @simplewebauthn/browser's startAuthentication returns) for the options given with it (LoginResult.passkeyOptions)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(16_384, { message: 'passkeyResponse must be at most 16384 characters' })
  passkeyResponse?: string | null;
}

@InputType('DisableTotpInput')
export class DisableTotpInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(1024)
  password: string;

  @Field({ description: 'A TOTP code or a recovery code' })
  @IsString()
  @MinLength(1, { message: 'code must not be empty' })
  @MaxLength(40)
  code: string;
}

@InputType('ReauthenticateInput', { description: 'Exactly one of password, code (TOTP), recoveryCode and passkeyResponse' })
export class ReauthenticateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  password?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  recoveryCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A passkey's answer as JSON: AuthenticationResponseJSON (PublicKeyCredential.toJSON() after navigator.credentials.get; what @simplewebauthn/browser's startAuthentication returns) for the options given with it (beginPasskeyReauthentication)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(16_384, { message: 'passkeyResponse must be at most 16384 characters' })
  passkeyResponse?: string | null;
}
