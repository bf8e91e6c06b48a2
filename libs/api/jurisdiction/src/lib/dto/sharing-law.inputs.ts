import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsSafeText, Trim } from '@taskforce/api-core';
import { AgreementKind, DataCategory, RuleFlow, SharingPurpose } from '@taskforce/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

/** Whether an agreement party is a whole country or one agency. */
export enum AgreementPartyKind {
  COUNTRY = 'COUNTRY',
  AGENCY = 'AGENCY',
}
registerEnumType(AgreementPartyKind, { name: 'AgreementPartyKind' });

/** Ids cited by decisions: upper-case letters, digits and dashes, e.g. "NL-RO-MLA", "NL-2". */
const CITED_ID = /^[A-Z0-9][A-Z0-9-]{0,99}$/;
const CITED_ID_MESSAGE = (field: string) => `${field} must be upper-case letters, digits and dashes (at most 100), e.g. NL-2`;

@InputType('AgreementPartyInput', { description: 'A whole country (country, ISO 3166-1 alpha-2) or one agency (agencyId)' })
export class AgreementPartyInput {
  @Field(() => AgreementPartyKind)
  @IsEnum(AgreementPartyKind, { message: 'kind must be COUNTRY or AGENCY' })
  kind: AgreementPartyKind;

  @Field({ nullable: true, description: 'COUNTRY parties: ISO 3166-1 alpha-2, upper case' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as NL', context: { code: 'isCountryCode' } })
  country?: string;

  @Field(() => ID, { nullable: true, description: 'AGENCY parties: the agency id' })
  @IsOptional()
  @IsString({ message: 'agencyId must be an agency id' })
  agencyId?: string;
}

/** Fields an agreement is written with (create: all required but article/inForceTo/suspended). */
@InputType('CreateAgreementInput')
export class CreateAgreementInput {
  @Field({ description: 'Stable id decisions cite, e.g. "NL-RO-MLA"' })
  @Matches(CITED_ID, { message: CITED_ID_MESSAGE('id') })
  id: string;

  @Field(() => AgreementKind)
  @IsEnum(AgreementKind, { message: 'kind must be MULTILATERAL, BILATERAL or MOU' })
  kind: AgreementKind;

  @Field()
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Article(s) relied on, e.g. "art. 4 and 11"' })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'article must be at most 200 characters' })
  article?: string | null;

  @Field(() => [AgreementPartyInput], { description: 'At least two distinct parties' })
  @IsArray()
  @ArrayMinSize(2, { message: 'parties must list at least two parties' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AgreementPartyInput)
  parties: AgreementPartyInput[];

  @Field(() => [DataCategory], { description: 'Data categories the agreement covers (may be empty)' })
  @IsArray()
  @IsEnum(DataCategory, { each: true, message: 'dataCategories must be data categories such as VICTIM_PERSONAL_DATA' })
  dataCategories: DataCategory[];

  @Field(() => [SharingPurpose], { description: 'Purposes covered (at least one)' })
  @IsArray()
  @ArrayMinSize(1, { message: 'purposes must list at least one purpose' })
  @IsEnum(SharingPurpose, { each: true, message: 'purposes must be sharing purposes such as INVESTIGATION' })
  purposes: SharingPurpose[];

  @Field({ description: 'UTC date (2024-01-31, the whole day) or ISO 8601 instant with Z or an offset' })
  @IsString()
  inForceFrom: string;

  @Field(() => String, { nullable: true, description: 'Inclusive end, same format; null = open-ended' })
  @IsOptional()
  @IsString()
  inForceTo?: string | null;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  suspended?: boolean;
}

/** A change to an agreement; absent fields stay as they are (`inForceTo: null` makes it open-ended). */
@InputType('UpdateAgreementInput')
export class UpdateAgreementInput {
  @Field()
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The version you read; CONFLICT when the agreement has changed since' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => AgreementKind, { nullable: true })
  @IsOptional()
  @IsEnum(AgreementKind, { message: 'kind must be MULTILATERAL, BILATERAL or MOU' })
  kind?: AgreementKind;

  @Field({ nullable: true })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  title?: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'article must be at most 200 characters' })
  article?: string | null;

  @Field(() => [AgreementPartyInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2, { message: 'parties must list at least two parties' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AgreementPartyInput)
  parties?: AgreementPartyInput[];

  @Field(() => [DataCategory], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(DataCategory, { each: true, message: 'dataCategories must be data categories such as VICTIM_PERSONAL_DATA' })
  dataCategories?: DataCategory[];

  @Field(() => [SharingPurpose], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'purposes must list at least one purpose' })
  @IsEnum(SharingPurpose, { each: true, message: 'purposes must be sharing purposes such as INVESTIGATION' })
  purposes?: SharingPurpose[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  inForceFrom?: string;

  @Field(() => String, { nullable: true, description: 'null = open-ended; a past instant ends the agreement now' })
  @IsOptional()
  @IsString()
  inForceTo?: string | null;

  @Field({ nullable: true, description: 'true suspends the agreement (no longer a basis), false lifts the suspension' })
  @IsOptional()
  @IsBoolean()
  suspended?: boolean;
}

/**
 * A jurisdiction rule in the engine's shape (libs/domain/src/lib/sharing/README.md, "Jurisdiction rules"); its
 * scope, filter and condition are JSON text, checked by the server (errors name scopeJson, whenJson or
 * conditionJson and the part at fault).
 */
@InputType('CreateJurisdictionRuleInput')
export class CreateJurisdictionRuleInput {
  @Field({ description: 'Rule id decisions cite, e.g. "NL-4"' })
  @Matches(CITED_ID, { message: CITED_ID_MESSAGE('id') })
  id: string;

  @Field(() => String, { nullable: true, description: 'UTC date or ISO 8601 instant with a zone; null = always' })
  @IsOptional()
  @IsString()
  effectiveFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Inclusive end, same format; null = open-ended' })
  @IsOptional()
  @IsString()
  effectiveTo?: string | null;

  @Field({ description: 'JSON: {"kind":"COUNTRY","country":"NL"} or {"kind":"AGENCY_KIND","agencyKind":"NGO"}' })
  @IsString()
  @MaxLength(2000)
  scopeJson: string;

  @Field(() => [RuleFlow], { description: 'LEAVING, ENTERING, WITHIN, ONWARD (at least one)' })
  @IsArray()
  @ArrayMinSize(1, { message: 'flows must list at least one flow' })
  @IsEnum(RuleFlow, { each: true, message: 'flows must be LEAVING, ENTERING, WITHIN or ONWARD' })
  flows: RuleFlow[];

  @Field(() => String, { nullable: true, description: 'JSON filter {purposes?, formsOfExploitation?, recipientKinds?, transfers?}; null = always' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  whenJson?: string | null;

  @Field({ description: 'JSON condition, e.g. {"kind":"RESTRICT_CATEGORIES","categories":["HEALTH_DATA"],"effect":"REQUIRES_APPROVAL"}' })
  @IsString()
  @MaxLength(4000)
  conditionJson: string;

  @Field({ description: 'Human-readable statement with its instrument and article; decisions cite it' })
  @Trim()
  @IsSafeText()
  @IsString()
  @MinLength(10, { message: 'text must be at least 10 characters' })
  @MaxLength(2000, { message: 'text must be at most 2000 characters' })
  text: string;
}

/**
 * A new version of a rule. Absent fields are taken from the current version, except `effectiveFrom` (default:
 * now); the current version then ends (`effectiveTo`) when the new one starts.
 */
@InputType('ReviseJurisdictionRuleInput')
export class ReviseJurisdictionRuleInput {
  @Field()
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The current version you read; CONFLICT when another version was written since' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'Default: now' })
  @IsOptional()
  @IsString()
  effectiveFrom?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  effectiveTo?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  scopeJson?: string;

  @Field(() => [RuleFlow], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'flows must list at least one flow' })
  @IsEnum(RuleFlow, { each: true, message: 'flows must be LEAVING, ENTERING, WITHIN or ONWARD' })
  flows?: RuleFlow[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  whenJson?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  conditionJson?: string;

  @Field({ nullable: true })
  @Trim()
  @IsSafeText()
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'text must be at least 10 characters' })
  @MaxLength(2000, { message: 'text must be at most 2000 characters' })
  text?: string;
}

