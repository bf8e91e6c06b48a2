import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsSafeText, Trim } from '@taskforce/api-core';
import { DataCategory, FormOfExploitation, HandlingCode, InformationCredibility, SharingPurpose, SourceReliability, TlpLabel } from '@taskforce/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { LEAD_SEARCH_MAX, LEAD_SEARCH_MIN } from '../lead-search';
import { LeadPersonRole, LeadStatus, RouteRole } from '../lead.entity';

@InputType('RouteStopInput')
export class RouteStopInput {
  @Field({ description: 'ISO 3166-1 alpha-2, upper case' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as NL' })
  country: string;

  @Field(() => RouteRole)
  @IsEnum(RouteRole)
  role: RouteRole;
}

@InputType('LeadPersonInput', { description: 'Suspects: name. Potential victims: identity fields, stored encrypted; a pseudonym is generated' })
export class LeadPersonInput {
  @Field(() => LeadPersonRole)
  @IsEnum(LeadPersonRole)
  role: LeadPersonRole;

  @Field({ nullable: true, description: 'Suspect: the name; potential victim: the full name (encrypted, never shown in lists)' })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string;

  @Field({ nullable: true, description: 'Potential victims only (encrypted)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be YYYY-MM-DD' })
  dateOfBirth?: string;

  @Field({ nullable: true, description: 'Potential victims only (encrypted), ISO alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code' })
  nationality?: string;

  @Field({ nullable: true, description: 'Non-identifying description' })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'description must be at most 1000 characters' })
  description?: string;
}

@InputType('CreateLeadInput')
export class CreateLeadInput {
  @Field()
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(3, { message: 'summary must be at least 3 characters' })
  @MaxLength(300, { message: 'summary must be at most 300 characters' })
  summary: string;

  @Field()
  @Trim()
  @IsSafeText()
  @IsString()
  @MaxLength(20000, { message: 'details must be at most 20000 characters' })
  details: string;

  @Field(() => ID, { nullable: true, description: 'A joint operation your agency participates in' })
  @IsOptional()
  @IsString()
  operationId?: string;

  @Field(() => FormOfExploitation)
  @IsEnum(FormOfExploitation)
  formOfExploitation: FormOfExploitation;

  @Field(() => [RouteStopInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RouteStopInput)
  route: RouteStopInput[];

  @Field(() => [DataCategory])
  @IsArray()
  @IsEnum(DataCategory, { each: true })
  dataCategories: DataCategory[];

  @Field(() => TlpLabel)
  @IsEnum(TlpLabel)
  tlp: TlpLabel;

  @Field(() => [ID], { nullable: true, description: 'TLP:RED named recipient agencies' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true, message: 'namedRecipientAgencyIds must be agency ids' })
  namedRecipientAgencyIds?: string[];

  @Field(() => SourceReliability)
  @IsEnum(SourceReliability)
  sourceReliability: SourceReliability;

  @Field(() => InformationCredibility)
  @IsEnum(InformationCredibility)
  informationCredibility: InformationCredibility;

  @Field(() => [HandlingCode])
  @IsArray()
  @IsEnum(HandlingCode, { each: true })
  handlingCodes: HandlingCode[];

  @Field({ nullable: true, description: 'Required with H3, refused without it' })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'handlingCondition must be at most 1000 characters' })
  handlingCondition?: string;

  @Field(() => [LeadPersonInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LeadPersonInput)
  persons?: LeadPersonInput[];
}

@InputType('ShareLeadInput', { description: 'Recipients: recipientAgencyIds, or every other agency of operationId' })
export class ShareLeadInput {
  @Field(() => ID)
  @IsString()
  leadId: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'recipientAgencyIds must be agency ids' })
  recipientAgencyIds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  operationId?: string;

  @Field(() => SharingPurpose)
  @IsEnum(SharingPurpose)
  purpose: SharingPurpose;
}

@InputType('DecideLeadShareApprovalInput')
export class DecideLeadShareApprovalInput {
  @Field(() => ID)
  @IsString()
  shareId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field()
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(3, { message: 'reason must be at least 3 characters' })
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason: string;
}

@InputType('RevealPotentialVictimInput')
export class RevealPotentialVictimInput {
  @Field(() => ID)
  @IsString()
  personId: string;

  @Field({ description: 'Why you need the identity (recorded)' })
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(10, { message: 'reason must be at least 10 characters' })
  @MaxLength(1000, { message: 'reason must be at most 1000 characters' })
  reason: string;
}

@InputType('UpdateLeadInput', { description: 'Fields left out (or null) stay as they are; markings and data categories are not edited here' })
export class UpdateLeadInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one gives CONFLICT and changes nothing' })
  @IsInt({ message: 'expectedVersion must be an integer' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion: number;

  @Field(() => LeadStatus, { nullable: true, description: 'NEW → UNDER_ASSESSMENT | CLOSED; UNDER_ASSESSMENT → ACTIONED | CLOSED; ACTIONED → CLOSED; CLOSED → UNDER_ASSESSMENT' })
  @IsOptional()
  @IsEnum(LeadStatus)
  status?: LeadStatus | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'summary must be at least 3 characters' })
  @MaxLength(300, { message: 'summary must be at most 300 characters' })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'details must be at most 20000 characters' })
  details?: string | null;

  @Field(() => FormOfExploitation, { nullable: true })
  @IsOptional()
  @IsEnum(FormOfExploitation)
  formOfExploitation?: FormOfExploitation | null;

  @Field(() => SourceReliability, { nullable: true })
  @IsOptional()
  @IsEnum(SourceReliability)
  sourceReliability?: SourceReliability | null;

  @Field(() => InformationCredibility, { nullable: true })
  @IsOptional()
  @IsEnum(InformationCredibility)
  informationCredibility?: InformationCredibility | null;
}

@ArgsType()
export class SearchLeadsArgs {
  @Field({ description: `Words to find (${LEAD_SEARCH_MIN}–${LEAD_SEARCH_MAX} characters), matched literally, ignoring case` })
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(LEAD_SEARCH_MIN, { message: `text must be at least ${LEAD_SEARCH_MIN} characters` })
  @MaxLength(LEAD_SEARCH_MAX, { message: `text must be at most ${LEAD_SEARCH_MAX} characters` })
  text: string;
}

@InputType('LinkTaskToLeadInput')
export class LinkTaskToLeadInput {
  @Field(() => ID)
  @IsString()
  taskId: string;

  @Field(() => ID)
  @IsString()
  leadId: string;
}
