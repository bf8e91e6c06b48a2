import { Field, ID, InputType } from '@nestjs/graphql';
import { IsSafeText, Trim } from '@taskforce/api-core';
import { SharingPurpose } from '@taskforce/domain';
import { IsBoolean, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';

@InputType('ProposeDeconflictionContactInput')
export class ProposeDeconflictionContactInput {
  @Field(() => ID)
  @IsString()
  caseId: string;

  @Field({ description: 'What the other side should know to make contact (3–1000 characters)' })
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(3, { message: 'message must be at least 3 characters' })
  @MaxLength(1000, { message: 'message must be at most 1000 characters' })
  message: string;
}

@InputType('RequestDeconflictionLeadInput')
export class RequestDeconflictionLeadInput {
  @Field(() => ID)
  @IsString()
  caseId: string;

  @Field({ description: 'Why your agency asks for the lead (3–1000 characters)' })
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(3, { message: 'reason must be at least 3 characters' })
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason: string;

  @Field(() => SharingPurpose, { description: 'The purpose the share would serve, as in a share of the lead' })
  @IsEnum(SharingPurpose)
  purpose: SharingPurpose;
}

@InputType('DecideDeconflictionLeadRequestInput')
export class DecideDeconflictionLeadRequestInput {
  @Field(() => ID)
  @IsString()
  requestId: string;

  @Field({ description: 'true: share the lead under the sharing decision; false: decline' })
  @IsBoolean()
  approve: boolean;

  @Field({ description: 'Shown to the requesting side (3–1000 characters)' })
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(3, { message: 'reason must be at least 3 characters' })
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason: string;
}
