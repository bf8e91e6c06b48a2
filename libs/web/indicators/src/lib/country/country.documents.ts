import { gql, type TypedDocumentNode } from '@apollo/client';

/** A national anti-trafficking law as the API returns it (dates `YYYY-MM-DD`, instants ISO 8601 UTC). */
export interface NationalLaw {
  id: string;
  country: string;
  title: string;
  reference: string;
  adoptedOn: string | null;
  enteredIntoForceOn: string;
  summary: string | null;
  sourceUrl: string | null;
  version: number;
  updatedAt: string;
}

export interface TipTierYear {
  year: number;
  tier: string;
  source: string;
}

export interface CountryAgreement {
  id: string;
  kind: string;
  title: string;
  article: string | null;
  inForceFrom: string;
  inForceTo: string | null;
  parties: Array<{ kind: string; country: string | null; agencyId: string | null; agencyName: string | null }>;
}

export interface CountryRule {
  id: string;
  version: number;
  text: string;
  flows: string[];
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export interface CountryProfile {
  code: string;
  alpha3: string;
  name: string;
  palermoRatificationYear: number | null;
  palermoDataPresent: boolean;
  tipTiers: TipTierYear[];
  agencies: Array<{ id: string; name: string; acronym: string | null }>;
  /** Joint operations you may see in which the country takes part (by its agencies or the operation's countries). */
  jointOperations: number;
  nationalLaws: NationalLaw[];
  agreementsInForce: CountryAgreement[];
  jurisdictionRules: CountryRule[];
  asOf: string;
  citations: string[];
}

/** A published GLOTIP total: a count, or suppressed ("<5"); null in a year when nothing was published. */
export interface GlotipFigure {
  count: number | null;
  suppressed: boolean;
  published: string;
}

export interface CountryImpactYear {
  year: number;
  detectedVictims: GlotipFigure | null;
  personsProsecuted: GlotipFigure | null;
  personsConvicted: GlotipFigure | null;
  tipTier: string | null;
}

export interface CountryImpact {
  code: string;
  name: string;
  years: CountryImpactYear[];
  lawMarkers: Array<Pick<NationalLaw, 'id' | 'title' | 'enteredIntoForceOn'>>;
  citations: string[];
}

export interface CountrySummary {
  code: string;
  name: string;
  agencies: number;
  nationalLaws: number;
  tipTierYears: number;
  hasGlotip: boolean;
  palermoRatificationYear: number | null;
}

export interface NationalLawFields {
  title: string;
  reference: string;
  adoptedOn: string | null;
  enteredIntoForceOn: string;
  summary: string | null;
  sourceUrl: string | null;
}

const LAW_FIELDS = gql`
  fragment NationalLawDetails on NationalLawModel {
    id
    country
    title
    reference
    adoptedOn
    enteredIntoForceOn
    summary
    sourceUrl
    version
    updatedAt
  }
`;

/** Countries with any imported data, national law or task-force agency, by name. */
export const COUNTRY_LIST_QUERY: TypedDocumentNode<{ countryList: CountrySummary[] }, Record<string, never>> = gql`
  query CountryList {
    countryList {
      code
      name
      agencies
      nationalLaws
      tipTierYears
      hasGlotip
      palermoRatificationYear
    }
  }
`;

/** The legal-framework profile of one country (ISO alpha-2 or alpha-3). */
export const COUNTRY_PROFILE_QUERY: TypedDocumentNode<{ countryProfile: CountryProfile }, { code: string }> = gql`
  query CountryProfile($code: String!) {
    countryProfile(code: $code) {
      code
      alpha3
      name
      palermoRatificationYear
      palermoDataPresent
      tipTiers {
        year
        tier
        source
      }
      agencies {
        id
        name
        acronym
      }
      jointOperations
      nationalLaws {
        ...NationalLawDetails
      }
      agreementsInForce {
        id
        kind
        title
        article
        inForceFrom
        inForceTo
        parties {
          kind
          country
          agencyId
          agencyName
        }
      }
      jurisdictionRules {
        id
        version
        text
        flows
        effectiveFrom
        effectiveTo
      }
      asOf
      citations
    }
  }
  ${LAW_FIELDS}
`;

/** A country's GLOTIP totals and TIP tier by year, with its national laws as markers. */
export const COUNTRY_IMPACT_QUERY: TypedDocumentNode<{ countryImpact: CountryImpact }, { code: string }> = gql`
  query CountryImpact($code: String!) {
    countryImpact(code: $code) {
      code
      name
      years {
        year
        tipTier
        detectedVictims {
          count
          suppressed
          published
        }
        personsProsecuted {
          count
          suppressed
          published
        }
        personsConvicted {
          count
          suppressed
          published
        }
      }
      lawMarkers {
        id
        title
        enteredIntoForceOn
      }
      citations
    }
  }
`;

export const CREATE_NATIONAL_LAW_MUTATION: TypedDocumentNode<{ createNationalLaw: NationalLaw }, { input: NationalLawFields & { country: string } }> = gql`
  mutation CreateNationalLaw($input: CreateNationalLawInput!) {
    createNationalLaw(input: $input) {
      ...NationalLawDetails
    }
  }
  ${LAW_FIELDS}
`;

export const UPDATE_NATIONAL_LAW_MUTATION: TypedDocumentNode<{ updateNationalLaw: NationalLaw }, { input: NationalLawFields & { id: string; expectedVersion: number } }> = gql`
  mutation UpdateNationalLaw($input: UpdateNationalLawInput!) {
    updateNationalLaw(input: $input) {
      ...NationalLawDetails
    }
  }
  ${LAW_FIELDS}
`;

export const DELETE_NATIONAL_LAW_MUTATION: TypedDocumentNode<{ deleteNationalLaw: boolean }, { id: string }> = gql`
  mutation DeleteNationalLaw($id: ID!) {
    deleteNationalLaw(id: $id)
  }
`;
