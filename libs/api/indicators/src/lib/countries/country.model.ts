import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NationalLawModel } from '@taskforce/api-jurisdiction';

@ObjectType({ description: 'US TIP Report tier of a country for one report year' })
export class TipTierYearModel {
  @Field(() => Int) year!: number;
  @Field({ description: 'TIER_1, TIER_2, TIER_2_WATCH_LIST, TIER_3, SPECIAL_CASE or NOT_RATED' }) tier!: string;
  @Field({ description: 'Import source the tier comes from (map_tiers preferred over tip_tier_rankings)' }) source!: string;
}

@ObjectType()
export class CountryAgencyModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) acronym!: string | null;
}

@ObjectType({ description: 'A party to an agreement: a whole country or one agency' })
export class AgreementPartyModel {
  @Field({ description: 'COUNTRY or AGENCY' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'ISO alpha-2, for a COUNTRY party' }) country!: string | null;
  @Field(() => ID, { nullable: true, description: 'For an AGENCY party' }) agencyId!: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the agency, for an AGENCY party' }) agencyName!: string | null;
}

@ObjectType({ description: 'An agreement in force at `asOf` (not suspended) whose parties include the country or one of its agencies' })
export class CountryAgreementModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'MULTILATERAL, BILATERAL or MOU' }) kind!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) article!: string | null;
  @Field({ description: 'ISO 8601 UTC date or instant' }) inForceFrom!: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601 UTC date or instant, inclusive; null = open-ended' }) inForceTo!: string | null;
  @Field(() => [AgreementPartyModel]) parties!: AgreementPartyModel[];
}

@ObjectType({ description: 'The version of a jurisdiction rule in effect at `asOf`' })
export class CountryRuleModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'The rule as decisions cite it, with its instrument and article' }) text!: string;
  @Field(() => [String], { description: 'LEAVING, ENTERING, WITHIN, ONWARD' }) flows!: string[];
  @Field(() => String, { nullable: true }) effectiveFrom!: string | null;
  @Field(() => String, { nullable: true }) effectiveTo!: string | null;
}

@ObjectType({ description: 'Legal-framework profile of a country: imported reference data and the task force’s own legal data' })
export class CountryProfileModel {
  @Field({ description: 'ISO 3166-1 alpha-2 (XK for Kosovo)' }) code!: string;
  @Field() alpha3!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true, description: 'Year the UN Trafficking in Persons Protocol was ratified (null: not by the end of the data, 2011, or no data)' })
  palermoRatificationYear!: number | null;
  @Field({ description: 'A Palermo ratification row was imported for this country' }) palermoDataPresent!: boolean;
  @Field(() => [TipTierYearModel], { description: 'US TIP Report tiers, oldest first' }) tipTiers!: TipTierYearModel[];
  @Field(() => [CountryAgencyModel], { description: 'Agencies of the task force based in the country' }) agencies!: CountryAgencyModel[];
  @Field(() => Int, {
    description:
      'Joint operations you may see (your agency takes part) in which the country takes part: an agency based in it participates, or it is among the operation’s countries. Operations you may not see are not counted (need-to-know)',
  })
  jointOperations!: number;
  @Field(() => [NationalLawModel], { description: 'National anti-trafficking laws, by date of entry into force (oldest first)' }) nationalLaws!: NationalLawModel[];
  @Field(() => [CountryAgreementModel], { description: 'Agreements in force at asOf whose parties include the country or an agency based in it, by id' })
  agreementsInForce!: CountryAgreementModel[];
  @Field(() => [CountryRuleModel], { description: 'Jurisdiction rules scoped to the country, the version in effect at asOf, by id' }) jurisdictionRules!: CountryRuleModel[];
  @Field(() => Date, { description: 'The instant (UTC) "in force" and "in effect" were evaluated at: the time of the request' }) asOf!: Date;
  @Field(() => [String], { description: 'Sources of the imported figures shown (tiers, ratification)' }) citations!: string[];
}

@ObjectType({ description: 'A published UNODC GLOTIP total as published: a count, or suppressed ("<5", never zero)' })
export class GlotipFigureModel {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed' }) count!: number | null;
  @Field({ description: 'UNODC published "<5" (a count from 1 to 4)' }) suppressed!: boolean;
  @Field({ description: 'The value as published, e.g. "1,222" or "<5"' }) published!: string;
}

@ObjectType({ description: 'One year of a country’s impact series; null figures were not published for that year' })
export class CountryImpactYearModel {
  @Field(() => Int) year!: number;
  @Field(() => GlotipFigureModel, { nullable: true, description: 'UNODC GLOTIP "Detected trafficking victims", total' }) detectedVictims!: GlotipFigureModel | null;
  @Field(() => GlotipFigureModel, { nullable: true, description: 'UNODC GLOTIP "Persons prosecuted", total' }) personsProsecuted!: GlotipFigureModel | null;
  @Field(() => GlotipFigureModel, { nullable: true, description: 'UNODC GLOTIP "Persons convicted", total' }) personsConvicted!: GlotipFigureModel | null;
  @Field(() => String, { nullable: true, description: 'US TIP Report tier of that report year' }) tipTier!: string | null;
}

@ObjectType({ description: 'A country’s indicators over time with its national laws as markers, to compare before and after' })
export class CountryImpactModel {
  @Field() code!: string;
  @Field() alpha3!: string;
  @Field() name!: string;
  @Field(() => [CountryImpactYearModel], { description: 'Every year with a GLOTIP total or a TIP tier, oldest first' }) years!: CountryImpactYearModel[];
  @Field(() => [NationalLawModel], { description: 'Markers: national laws by date of entry into force (oldest first)' }) lawMarkers!: NationalLawModel[];
  @Field(() => [String], { description: 'Source of every series shown' }) citations!: string[];
}

@ObjectType({ description: 'A country with any imported data, national law or task-force agency' })
export class CountrySummaryModel {
  @Field({ description: 'ISO 3166-1 alpha-2 (XK for Kosovo)' }) code!: string;
  @Field() name!: string;
  @Field(() => Int) agencies!: number;
  @Field(() => Int) nationalLaws!: number;
  @Field(() => Int, { description: 'Report years with a TIP tier' }) tipTierYears!: number;
  @Field({ description: 'Some UNODC GLOTIP figure was imported for the country' }) hasGlotip!: boolean;
  @Field(() => Int, { nullable: true, description: 'Palermo Protocol ratification year (null: none or no data)' }) palermoRatificationYear!: number | null;
}
