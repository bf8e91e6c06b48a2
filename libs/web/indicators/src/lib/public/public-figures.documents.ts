import { graphql, type ResultOf } from '@taskforce/web-data-access';

/** Ratifications of the UN Trafficking in Persons Protocol per year, with the cumulative count (ratifications_count.csv). */
export const PALERMO_RATIFICATIONS_QUERY = graphql(`
  query PalermoRatificationsByYear {
    palermoRatificationsByYear {
      years {
        year
        ratified
        cumulative
      }
      citation
    }
  }
`);

/** The ratification series and its citation. */
export type PalermoRatificationSeries = ResultOf<typeof PALERMO_RATIFICATIONS_QUERY>['palermoRatificationsByYear'];

/** Countries per US TIP Report tier in each report year (map_tiers.csv only). */
export const TIP_TIER_DISTRIBUTION_QUERY = graphql(`
  query TipTierDistribution {
    tipTierDistribution {
      years {
        year
        tier1
        tier2
        tier2WatchList
        tier3
        notRated
      }
      citation
    }
  }
`);

/** The tier distribution by year and its citation. */
export type TipTierDistribution = ResultOf<typeof TIP_TIER_DISTRIBUTION_QUERY>['tipTierDistribution'];

/** Which GLOTIP breakdowns UNODC published for a country, by indicator and year. */
export const GLOTIP_BREAKDOWN_OPTIONS_QUERY = graphql(`
  query GlotipBreakdownOptions($country: String!) {
    glotipBreakdownOptions(country: $country) {
      indicator
      year
      breakdowns
    }
  }
`);

/** One published GLOTIP breakdown of a country, indicator and year, as UNODC published it ("<5" figures kept as such). */
export const GLOTIP_BREAKDOWN_QUERY = graphql(`
  query GlotipBreakdown($input: GlotipBreakdownInput!) {
    glotipBreakdown(input: $input) {
      code
      name
      indicator
      year
      breakdown
      rows {
        category
        sex
        age
        figure {
          count
          suppressed
          published
        }
      }
      total {
        count
        suppressed
        published
      }
      suppressedRows
      note
      citation
    }
  }
`);

/** A published GLOTIP breakdown table: its rows, total, how many rows UNODC suppressed, a note and the citation. */
export type GlotipBreakdownTable = ResultOf<typeof GLOTIP_BREAKDOWN_QUERY>['glotipBreakdown'];

/** One row of a GLOTIP breakdown. */
export type GlotipBreakdownRow = GlotipBreakdownTable['rows'][number];

/** A published GLOTIP figure: a count, or "<5" (count null, suppressed true). */
export type PublishedFigure = GlotipBreakdownRow['figure'];
