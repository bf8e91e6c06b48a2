import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIsoDate, IsOneLineText, IsSafeText, Trim } from '@taskforce/api-core';
import { countryFromCode } from '@taskforce/data-import';
import { IsInt, IsString, IsUrl, MaxLength, Min, MinLength, ValidateBy, ValidateIf } from 'class-validator';

/** Laws on slavery and trafficking reach back to the 19th century (the Slavery Abolition Act 1833, for one). */
const LAW_DATES = { from: '1800-01-01', to: '2100-12-31' };
const IsCalendarDate = () => IsIsoDate(LAW_DATES);

/** Input decorator: an ISO 3166-1 alpha-2 code the country join knows (XK for Kosovo), any case. */
const IsCountryAlpha2 = () =>
  ValidateBy({
    name: 'isCountryAlpha2',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && /^[A-Za-z]{2}$/.test(value) && 'country' in countryFromCode(value),
      defaultMessage: (args) => `${args?.property ?? 'value'} must be an ISO 3166-1 alpha-2 country code (XK for Kosovo)`,
    },
  });

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: true };

@InputType('CreateNationalLawInput')
export class CreateNationalLawInput {
  @Field({ description: 'ISO 3166-1 alpha-2 (XK for Kosovo)' })
  @Trim()
  @IsCountryAlpha2()
  country!: string;

  @Field()
  @Trim()
  @IsOneLineText()
  @IsString()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  title!: string;

  @Field({ description: 'Official reference or citation, e.g. the official gazette number' })
  @Trim()
  @IsOneLineText()
  @IsString()
  @MinLength(1, { message: 'reference must not be empty' })
  @MaxLength(200, { message: 'reference must be at most 200 characters' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not after enteredIntoForceOn' })
  @ValidateIf((_, value) => value != null)
  @IsCalendarDate()
  adoptedOn?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  enteredIntoForceOn!: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value != null)
  @Trim()
  @IsSafeText()
  @IsString()
  @MaxLength(5000, { message: 'summary must be at most 5000 characters' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) address of the official text' })
  @ValidateIf((_, value) => value != null)
  @Trim()
  @MaxLength(2000, { message: 'sourceUrl must be at most 2000 characters' })
  @IsUrl(URL_OPTIONS, { message: 'sourceUrl must be an http(s) address' })
  sourceUrl?: string | null;
}

/**
 * Changes to a national law: absent fields are kept, `null` clears an optional field (adoptedOn, summary,
 * sourceUrl); required fields cannot be cleared.
 */
@InputType('UpdateNationalLawInput')
export class UpdateNationalLawInput {
  @Field(() => ID, { description: 'Unknown and malformed ids alike give NOT_FOUND' })
  @IsString()
  id!: string;

  @Field(() => Int, { description: 'The version you edited; CONFLICT when the law has changed since' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @ValidateIf((o: UpdateNationalLawInput) => o.country !== undefined)
  @Trim()
  @IsCountryAlpha2()
  country?: string;

  @Field({ nullable: true })
  @ValidateIf((o: UpdateNationalLawInput) => o.title !== undefined)
  @Trim()
  @IsOneLineText()
  @IsString()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  title?: string;

  @Field({ nullable: true })
  @ValidateIf((o: UpdateNationalLawInput) => o.reference !== undefined)
  @Trim()
  @IsOneLineText()
  @IsString()
  @MinLength(1, { message: 'reference must not be empty' })
  @MaxLength(200, { message: 'reference must be at most 200 characters' })
  reference?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value != null)
  @IsCalendarDate()
  adoptedOn?: string | null;

  @Field({ nullable: true })
  @ValidateIf((o: UpdateNationalLawInput) => o.enteredIntoForceOn !== undefined)
  @IsCalendarDate()
  enteredIntoForceOn?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value != null)
  @Trim()
  @IsSafeText()
  @IsString()
  @MaxLength(5000, { message: 'summary must be at most 5000 characters' })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value != null)
  @Trim()
  @MaxLength(2000, { message: 'sourceUrl must be at most 2000 characters' })
  @IsUrl(URL_OPTIONS, { message: 'sourceUrl must be an http(s) address' })
  sourceUrl?: string | null;
}
