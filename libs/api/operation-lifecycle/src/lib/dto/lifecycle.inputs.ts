import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIsoDate, IsOneLineText, IsSafeText, Trim } from '@taskforce/api-core';
import { FormOfExploitation, OperationAgencyRole, OperationStatus } from '@taskforce/domain';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

@InputType('InviteAgencyToOperationInput')
export class InviteAgencyToOperationInput {
  @Field(() => ID)
  @IsString()
  operationId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'agencyId must be an agency id' })
  agencyId: string;

  @Field(() => OperationAgencyRole, { description: 'PARTY (member of the team) or PARTICIPANT (international body, observer)' })
  @IsEnum(OperationAgencyRole, { message: 'role must be PARTY or PARTICIPANT' })
  role: OperationAgencyRole;

  @Field({ nullable: true, description: 'Shown to the invited agency with the invitation' })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'message must be at most 2000 characters' })
  message?: string;

  @Field(() => Int, { nullable: true, description: 'Days (1–60) the invited agency has to answer; 14 when absent' })
  @IsOptional()
  @IsInt({ message: 'expiresInDays must be a whole number' })
  @Min(1, { message: 'expiresInDays must be from 1 to 60' })
  @Max(60, { message: 'expiresInDays must be from 1 to 60' })
  expiresInDays?: number;
}

@InputType('RespondToOperationInvitationInput')
export class RespondToOperationInvitationInput {
  @Field(() => ID)
  @IsString()
  invitationId: string;

  @Field({ description: 'true accepts, false declines' })
  @IsBoolean()
  accept: boolean;

  @Field({ nullable: true, description: 'Why; required when declining' })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'reason must be at most 2000 characters' })
  reason?: string;
}

@InputType('ChangeOperationStatusInput')
export class ChangeOperationStatusInput {
  @Field(() => ID)
  @IsString()
  operationId: string;

  @Field(() => OperationStatus)
  @IsEnum(OperationStatus)
  status: OperationStatus;

  @Field(() => Int, { description: 'The version you last saw; CONFLICT when the operation changed since' })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion: number;

  @Field({ nullable: true, description: 'Why; required to suspend or close' })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'reason must be at most 2000 characters' })
  reason?: string;
}

@InputType('UpdateOperationInput', { description: 'Only the fields given change; null clears a nullable one' })
export class UpdateOperationInput {
  @Field(() => ID)
  @IsString()
  operationId: string;

  @Field(() => Int, { description: 'The version you last saw; CONFLICT when the operation changed since' })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion: number;

  @Field({ nullable: true })
  @Trim()
  @IsOptional()
  @IsOneLineText()
  @IsString()
  @MinLength(3, { message: 'name must be at least 3 characters' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsSafeText()
  @IsString()
  @MaxLength(5000, { message: 'purpose must be at most 5000 characters' })
  purpose?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsSafeText()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  @IsOptional()
  @ArrayUnique({ message: 'countries must not repeat a country' })
  @ArrayMaxSize(250)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes such as NL', context: { code: 'isCountryCode' } })
  countries?: string[];

  @Field(() => [FormOfExploitation], { nullable: true })
  @IsOptional()
  @ArrayUnique({ message: 'formsOfExploitation must not repeat a form' })
  @IsEnum(FormOfExploitation, { each: true })
  formsOfExploitation?: FormOfExploitation[];

  @Field(() => String, { nullable: true, description: 'UTC date YYYY-MM-DD' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsIsoDate()
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'UTC date YYYY-MM-DD; a later end is an extension and needs a reason' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsIsoDate()
  endsOn?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  legalBasisAgreementId?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsOneLineText()
  @IsString()
  @MaxLength(500, { message: 'legalBasisCitation must be at most 500 characters' })
  legalBasisCitation?: string | null;

  @Field({ nullable: true, description: 'Why; required when the period is extended' })
  @Trim()
  @IsOptional()
  @IsSafeText()
  @IsString()
  @MaxLength(2000, { message: 'reason must be at most 2000 characters' })
  reason?: string;
}
