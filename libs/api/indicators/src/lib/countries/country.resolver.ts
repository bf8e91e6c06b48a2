import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser, listCost } from '@taskforce/api-core';
import { CountryProfileService } from './country-profile.service';
import { CountryImpactModel, CountryProfileModel, CountrySummaryModel } from './country.model';

/** Country legal-framework profiles and the impact view: public reference data, readable by every signed-in user. */
@Resolver()
export class CountryResolver {
  constructor(private readonly countries: CountryProfileService) {}

  @Query(() => [CountrySummaryModel], { complexity: listCost(3 * COST.READ, 250), description: 'Countries with any imported data, national law or task-force agency, by name' })
  countryList(): Promise<CountrySummaryModel[]> {
    return this.countries.countries();
  }

  @Query(() => CountryProfileModel, {
    complexity: cost(8 * COST.READ),
    description:
      'Palermo ratification, TIP tiers by year, agencies present, joint operations you may see, national laws, agreements in force and jurisdiction rules in effect now; code ISO alpha-2 or alpha-3; NOT_FOUND for an unknown code',
  })
  countryProfile(@CurrentUser() user: AuthUser, @Args('code', { type: () => String }) code: string): Promise<CountryProfileModel> {
    return this.countries.profile(code, user);
  }

  @Query(() => CountryImpactModel, {
    complexity: cost(4 * COST.READ),
    description: 'Per year: GLOTIP detected victims, prosecuted, convicted (published country totals), TIP tier; national laws as markers; NOT_FOUND for an unknown code',
  })
  countryImpact(@Args('code', { type: () => String }) code: string): Promise<CountryImpactModel> {
    return this.countries.impact(code);
  }
}
