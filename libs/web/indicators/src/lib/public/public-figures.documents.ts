import { gql, type TypedDocumentNode } from '@apollo/client';

export interface PalermoRatificationYear {
  year: number;
  ratified: number;
  cumulative: number;
}

/** Ratifications of the UN Trafficking in Persons Protocol per year (ratifications_count.csv). */
export interface PalermoRatificationSeries {
  years: PalermoRatificationYear[];
  citation: string;
}

/** Countries per US TIP Report tier in one report year (map_tiers.csv only). */
export interface TipTierCount {
  year: number;
  tier1: number;
  tier2: number;
  tier2WatchList: number;
  tier3: number;
  notRated: number;
}

export interface TipTierDistribution {
  years: TipTierCount[];
  citation: string;
}

/** Breakdowns UNODC publishes (GraphQL enum `GlotipBreakdown`). */
export type GlotipBreakdownName = 'SEX' | 'AGE' | 'SEX_AND_AGE' | 'FORM_OF_EXPLOITATION' | 'CITIZENSHIP' | 'COUNTRY_OF_REPATRIATION';

/** A published GLOTIP figure: a count, or "<5" (count null, suppressed true). */
export interface PublishedFigure {
  count: number | null;
  suppressed: boolean;
  published: string;
}

export interface GlotipBreakdownRow {
  category: string;
  sex: string;
  age: string;
  figure: PublishedFigure;
}

export interface GlotipBreakdownTable {
  code: string;
  name: string;
  indicator: string;
  year: number;
  breakdown: GlotipBreakdownName;
  rows: GlotipBreakdownRow[];
  total: PublishedFigure | null;
  suppressedRows: number;
  note: string;
  citation: string;
}

export interface GlotipBreakdownAvailability {
  indicator: string;
  year: number;
  breakdowns: GlotipBreakdownName[];
}

export const PALERMO_RATIFICATIONS_QUERY: TypedDocumentNode<{ palermoRatificationsByYear: PalermoRatificationSeries }, Record<string, never>> = gql`
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
`;

export const TIP_TIER_DISTRIBUTION_QUERY: TypedDocumentNode<{ tipTierDistribution: TipTierDistribution }, Record<string, never>> = gql`
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
`;

export const GLOTIP_BREAKDOWN_OPTIONS_QUERY: TypedDocumentNode<{ glotipBreakdownOptions: GlotipBreakdownAvailability[] }, { country: string }> = gql`
  query GlotipBreakdownOptions($country: String!) {
    glotipBreakdownOptions(country: $country) {
      indicator
      year
      breakdowns
    }
  }
`;

export const GLOTIP_BREAKDOWN_QUERY: TypedDocumentNode<
  { glotipBreakdown: GlotipBreakdownTable },
  { input: { country: string; indicator: string; year: number; breakdown: GlotipBreakdownName } }
> = gql`
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
`;
