import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GlotipFigureModel } from '../countries/country.model';

@ObjectType('PalermoRatificationYear', { description: 'States ratifying the UN Trafficking in Persons Protocol in a year, and the running total' })
export class PalermoRatificationYearModel {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: 'States that ratified (or acceded) in the year' }) ratified!: number;
  @Field(() => Int, { description: 'States that had ratified by the end of the year (cumulative)' }) cumulative!: number;
}

@ObjectType('PalermoRatificationSeries', { description: 'Cumulative ratifications of the Protocol per year, as imported from ratifications_count.csv' })
export class PalermoRatificationSeriesModel {
  @Field(() => [PalermoRatificationYearModel], { description: 'Oldest first; empty when the file was not imported' }) years!: PalermoRatificationYearModel[];
  @Field({ description: 'Cite under every chart or export' }) citation!: string;
}

@ObjectType('TipTierCount', { description: 'How many countries the US TIP Report placed in each tier in one report year' })
export class TipTierCountModel {
  @Field(() => Int) year!: number;
  @Field(() => Int) tier1!: number;
  @Field(() => Int) tier2!: number;
  @Field(() => Int) tier2WatchList!: number;
  @Field(() => Int) tier3!: number;
  @Field(() => Int, { description: 'Countries listed that year without a tier (special case, not rated)' }) notRated!: number;
}

@ObjectType('TipTierDistribution', {
  description: 'Countries per TIP tier and report year, from map_tiers.csv only (Kelley & Heiss); the hand-entered TIP workbook is never shown',
})
export class TipTierDistributionModel {
  @Field(() => [TipTierCountModel], { description: 'Oldest first; empty when map_tiers.csv was not imported' }) years!: TipTierCountModel[];
  @Field({ description: 'Cite under every chart or export' }) citation!: string;
}

/** The breakdowns of a GLOTIP indicator the file publishes (sheet data_glotip_1). */
export enum GlotipBreakdown {
  /** Sex, all ages (Dimension, Category and Age "Total"), with the row of unknown sex and age. */
  SEX = 'SEX',
  /** Age (0 to 17 years, 18 years or over), both sexes, with the row of unknown sex and age. */
  AGE = 'AGE',
  /** Sex by age (Female, Male, Other × 0 to 17, 18 or over). */
  SEX_AND_AGE = 'SEX_AND_AGE',
  /** Dimension "by form of exploitation", both sexes and all ages. */
  FORM_OF_EXPLOITATION = 'FORM_OF_EXPLOITATION',
  /** Dimension "by citizenship", both sexes and all ages. */
  CITIZENSHIP = 'CITIZENSHIP',
  /** Dimension "by country of repatriation", both sexes and all ages. */
  COUNTRY_OF_REPATRIATION = 'COUNTRY_OF_REPATRIATION',
}

registerEnumType(GlotipBreakdown, { name: 'GlotipBreakdown', description: 'A breakdown UNODC publishes in data_glotip.xlsx' });

@ObjectType('GlotipBreakdownRow', { description: 'One published figure of a breakdown, as published ("<5" stays suppressed)' })
export class GlotipBreakdownRowModel {
  @Field({ description: 'UNODC Category (form, citizenship, country) or "Total" for the sex and age breakdowns' }) category!: string;
  @Field({ description: 'UNODC Sex: Female, Male, Other, Unknown or Total' }) sex!: string;
  @Field({ description: 'UNODC Age: 0 to 17 years, 18 years or over, Unknown or Total' }) age!: string;
  @Field(() => GlotipFigureModel) figure!: GlotipFigureModel;
}

@ObjectType('GlotipBreakdownTable', { description: 'A GLOTIP breakdown of one country, indicator and year, as published' })
export class GlotipBreakdownTableModel {
  @Field({ description: 'ISO alpha-2' }) code!: string;
  @Field() name!: string;
  @Field() indicator!: string;
  @Field(() => Int) year!: number;
  @Field(() => GlotipBreakdown) breakdown!: GlotipBreakdown;
  @Field(() => [GlotipBreakdownRowModel], { description: 'In the order UNODC lists them (sex, then age; categories by name)' }) rows!: GlotipBreakdownRowModel[];
  @Field(() => GlotipFigureModel, { nullable: true, description: 'The published total (every "Total"), when published; never a sum of the rows' }) total!: GlotipFigureModel | null;
  @Field(() => Int, { description: 'Rows published as "<5" (a count from 1 to 4): counted here, shown as "<5", never 0 or 5' }) suppressedRows!: number;
  @Field({ description: 'The sentence to show beside the figures' }) note!: string;
  @Field({ description: 'Cite under every chart or export' }) citation!: string;
}

@ObjectType('GlotipBreakdownAvailability', { description: 'The breakdowns published for a country, indicator and year' })
export class GlotipBreakdownAvailabilityModel {
  @Field() indicator!: string;
  @Field(() => Int) year!: number;
  @Field(() => [GlotipBreakdown]) breakdowns!: GlotipBreakdown[];
}
