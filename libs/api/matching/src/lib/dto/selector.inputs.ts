import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { CryptoNetwork, HandlePlatform, HitMode, IdentityDocumentType, SelectorKind } from '@taskforce/domain/matching';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/**
 * A selector as typed: its kind and the fields of that kind (libs/domain matching README, "Normalisation"); fields
 * of other kinds are ignored. Problems come back as BAD_USER_INPUT naming the field (`phone`, `iban`, …).
 */
@InputType({ isAbstract: true })
export class SelectorValueInput {
  @Field(() => SelectorKind)
  @IsEnum(SelectorKind)
  kind: SelectorKind;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 region for phone numbers written without a country code (default: your agency’s country)' })
  @IsOptional() @IsString() @MaxLength(2)
  region?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200)
  phone?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(320)
  email?: string;

  @Field({ nullable: true, description: 'IDENTITY_DOCUMENT and ACCOUNT_NUMBER' }) @IsOptional() @IsString() @MaxLength(100)
  number?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2)
  issuingCountry?: string;

  @Field(() => IdentityDocumentType, { nullable: true }) @IsOptional() @IsEnum(IdentityDocumentType)
  documentType?: IdentityDocumentType;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100)
  iban?: string;

  @Field({ nullable: true, description: 'ACCOUNT_NUMBER and VEHICLE_REGISTRATION: ISO 3166-1 alpha-2' }) @IsOptional() @IsString() @MaxLength(2)
  country?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50)
  bankCode?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(30)
  plate?: string;

  @Field(() => CryptoNetwork, { nullable: true }) @IsOptional() @IsEnum(CryptoNetwork)
  network?: CryptoNetwork;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200)
  address?: string;

  @Field(() => HandlePlatform, { nullable: true }) @IsOptional() @IsEnum(HandlePlatform)
  platform?: HandlePlatform;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100)
  handle?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100)
  platformName?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300)
  domain?: string;
}

@InputType('QuerySelectorInput')
export class QuerySelectorInput extends SelectorValueInput {}

@InputType('AddLeadSelectorInput')
export class AddLeadSelectorInput extends SelectorValueInput {
  @Field(() => ID)
  @IsString()
  leadId: string;

  @Field(() => ID, { nullable: true, description: 'A person of the lead the selector belongs to' })
  @IsOptional()
  @IsString()
  personId?: string;
}

@InputType('SetLeadHitModeInput')
export class SetLeadHitModeInput {
  @Field(() => ID)
  @IsString()
  leadId: string;

  @Field(() => HitMode, { nullable: true, description: 'null goes back to the default of the markings' })
  @IsOptional()
  @IsEnum(HitMode)
  mode?: HitMode | null;
}


/** The longest window of selectorQueryVolumes, in days. */
export const SELECTOR_VOLUME_MAX_DAYS = 366;

@ArgsType()
export class SelectorQueryVolumesArgs {
  @Field(() => Int, { defaultValue: 30, description: `The window: the last \`days\` days up to now (1–${SELECTOR_VOLUME_MAX_DAYS}; days of 24 hours, by the database clock)` })
  @IsInt({ message: 'days must be a whole number' })
  @Min(1, { message: `days must be from 1 to ${SELECTOR_VOLUME_MAX_DAYS}` })
  @Max(SELECTOR_VOLUME_MAX_DAYS, { message: `days must be from 1 to ${SELECTOR_VOLUME_MAX_DAYS}` })
  days = 30;
}
