import { Args, Query, Resolver } from '@nestjs/graphql';
import { COST, cost } from '@taskforce/api-core';
import { GlotipBreakdownAvailabilityModel, GlotipBreakdownTableModel, PalermoRatificationSeriesModel, TipTierDistributionModel } from './public-figures.model';
import { GlotipBreakdownInput } from './dto/public-figures.inputs';
import { PublicFiguresService } from './public-figures.service';

/** Public figures (no case records, nothing small-cell protected beyond what the publisher did), for every signed-in user. */
@Resolver()
export class PublicFiguresResolver {
  constructor(private readonly figures: PublicFiguresService) {}

  @Query(() => PalermoRatificationSeriesModel, { complexity: cost(COST.READ), description: 'Ratifications of the UN Trafficking in Persons Protocol per year and cumulative (ratifications_count.csv)' })
  palermoRatificationsByYear(): Promise<PalermoRatificationSeriesModel> {
    return this.figures.palermoRatifications();
  }

  @Query(() => TipTierDistributionModel, { complexity: cost(COST.STATISTICS), description: 'Countries per US TIP Report tier and year, from map_tiers.csv only' })
  tipTierDistribution(): Promise<TipTierDistributionModel> {
    return this.figures.tipTierDistribution();
  }

  @Query(() => [GlotipBreakdownAvailabilityModel], { complexity: cost(COST.READ), description: 'The GLOTIP breakdowns published for a country, per indicator and year; NOT_FOUND for an unknown code' })
  glotipBreakdownOptions(@Args('country', { type: () => String }) country: string): Promise<GlotipBreakdownAvailabilityModel[]> {
    return this.figures.glotipAvailability(country);
  }

  @Query(() => GlotipBreakdownTableModel, { complexity: cost(COST.READ), description: 'A GLOTIP breakdown of one country, indicator and year, as published ("<5" kept); NOT_FOUND for an unknown country code' })
  glotipBreakdown(@Args('input') input: GlotipBreakdownInput): Promise<GlotipBreakdownTableModel> {
    return this.figures.glotipBreakdown(input);
  }
}
