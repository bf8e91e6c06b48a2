import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOneLineText, NormalizeEmail, Trim } from '@taskforce/api-core';
import { AgencyKind, Role } from '@taskforce/domain';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsEmail, IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

/** Roles of a person: at least one, each known, none twice. */
const RolesField = () =>
  applyDecorators(
    Field(() => [Role], { description: 'At least one role, none twice; PLATFORM_ADMIN only by platform admins' }),
    IsArray({ message: 'roles must be a list of roles' }),
    ArrayNotEmpty({ message: 'roles must name at least one role' }),
    ArrayMaxSize(Object.keys(Role).length, { message: 'roles must not repeat a role' }),
    ArrayUnique({ message: 'roles must not repeat a role' }),
    IsEnum(Role, { each: true, message: `roles must each be one of ${Object.values(Role).join(', ')}` }),
  );

@InputType('InvitePersonInput')
export class InvitePersonInput {
  @Field({ description: 'Becomes the sign-in name, stored normalised (Unicode NFKC, trimmed, lower-case); must not be in use' })
  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @Field()
  @Trim()
  @IsString()
  @IsOneLineText()
  @MinLength(2, { message: 'displayName must be at least 2 characters' })
  @MaxLength(120, { message: 'displayName must be at most 120 characters' })
  displayName: string;

  @RolesField()
  roles: Role[];

  @Field(() => ID, { nullable: true, description: "Platform admins only: invite into this agency (default: the admin's own)" })
  @IsOptional()
  @IsString()
  agencyId?: string;
}

@InputType('ChangePersonRolesInput')
export class ChangePersonRolesInput {
  @Field(() => ID)
  @IsString()
  userId: string;

  @RolesField()
  roles: Role[];
}

@InputType('SetPasswordWithTokenInput')
export class SetPasswordWithTokenInput {
  @Field({ description: 'The token of a one-time link (`/set-password?token=…`)' })
  @IsString()
  @MaxLength(200, { message: 'this link is invalid or has expired' })
  token: string;

  @Field({ description: '12–256 characters, hard to guess (zxcvbn score ≥ 3)' })
  @IsString()
  @MaxLength(1024, { message: 'password must be at most 256 characters long' })
  password: string;
}

@InputType('FirstAgencyAdminInput')
export class FirstAgencyAdminInput {
  @Field()
  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @Field()
  @Trim()
  @IsString()
  @IsOneLineText()
  @MinLength(2, { message: 'displayName must be at least 2 characters' })
  @MaxLength(120, { message: 'displayName must be at most 120 characters' })
  displayName: string;
}

@InputType('CreateAgencyInput')
export class CreateAgencyInput {
  @Field()
  @Trim()
  @IsString()
  @IsOneLineText()
  @MinLength(3, { message: 'name must be at least 3 characters' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @Field({ description: 'Short name shown on badges; unique (ignoring case)' })
  @Trim()
  @IsString()
  @IsOneLineText()
  @MinLength(2, { message: 'acronym must be at least 2 characters' })
  @MaxLength(20, { message: 'acronym must be at most 20 characters' })
  acronym: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 (upper case); null only for international organisations' })
  @IsOptional()
  @Trim()
  @IsString()
  country?: string | null;

  @Field(() => AgencyKind)
  @IsEnum(AgencyKind, { message: `kind must be one of ${Object.values(AgencyKind).join(', ')}` })
  kind: AgencyKind;

  @Field(() => FirstAgencyAdminInput)
  @ValidateNested()
  @Type(() => FirstAgencyAdminInput)
  firstAdmin: FirstAgencyAdminInput;
}
