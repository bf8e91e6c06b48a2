import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { CleanText, IsIsoDate, IsOneLineText, IsSafeText, Trim } from '@taskforce/api-core';
import { countryFromCode } from '@taskforce/data-import';
import { DataCategory, FormOfExploitation, HandlingCode, InformationCredibility, SharingPurpose, SourceReliability, TlpLabel } from '@taskforce/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateBy, ValidateNested } from 'class-validator';
import { LEAD_SEARCH_MAX, LEAD_SEARCH_MIN } from '../lead-search';
import { LeadPersonRole, LeadStatus, RouteRole } from '../lead.entity';

/**
 * Input decorator: an upper-case ISO 3166-1 alpha-2 country code that exists (`countryFromCode` of
 * libs/data-import, i.e. i18n-iso-countries; XK for Kosovo). "ZZ" and "XX" are refused. The message names the field.
 */
const IsCountryCode = () =>
  ValidateBy({
    name: 'isCountryCode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && /^[A-Z]{2}$/.test(value) && 'country' in countryFromCode(value),
      defaultMessage: (args) => `${args?.property ?? 'value'} must be an ISO 3166-1 alpha-2 country code such as NL`,
    },
  });

@InputType('RouteStopInput')
export class RouteStopInput {
  @Field({ description: 'ISO 3166-1 alpha-2, upper case, a country that exists (XK for Kosovo)' })
  @IsCountryCode()
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
  @IsOneLineText()
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string;

  @Field({ nullable: true, description: 'Potential victims only (encrypted): a real calendar date YYYY-MM-DD from 1900-01-01 to today (UTC)' })
  @IsOptional()
  @IsIsoDate({ from: '1900-01-01', to: 'today' })
  dateOfBirth?: string;

  @Field({ nullable: true, description: 'Potential victims only (encrypted), ISO 3166-1 alpha-2, upper case' })
  @IsOptional()
  @IsCountryCode()
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
  @Field({ description: 'One line: no line breaks or tabs' })
  @Trim()
  @IsOneLineText()
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

  @Field(() => [RouteStopInput], { description: 'Ordered stops, at least one (at most 20)' })
  @IsArray()
  @ArrayMinSize(1, { message: 'route must have at least one stop' })
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

  @Field(() => String, { nullable: true, description: 'One line: no line breaks or tabs' })
  @Trim()
  @IsOneLineText()
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

/** A page of the leads list: the first `first` leads after the lead `after` (newest first). */
@ArgsType()
export class LeadPageArgs {
  @Field(() => Int, { defaultValue: 200, description: 'How many leads (1–200)' })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: 'first must be from 1 to 200' })
  @Max(200, { message: 'first must be from 1 to 200' })
  first = 200;

  @Field(() => ID, { nullable: true, description: 'The id of the last lead you hold; the page starts after it' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

@ArgsType()
export class SearchLeadsArgs {
  @Field({ description: `Words to find (${LEAD_SEARCH_MIN}–${LEAD_SEARCH_MAX} characters), matched literally, ignoring case` })
  @CleanText()
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
