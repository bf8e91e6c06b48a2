import { graphql, type ResultOf } from '@taskforce/web-data-access';

/** Fields of a national anti-trafficking law (dates `YYYY-MM-DD`, instants ISO 8601 UTC). */
export const LAW_FIELDS = graphql(`
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
`);

/** A national anti-trafficking law as the API returns it (dates `YYYY-MM-DD`, instants ISO 8601 UTC). */
export type NationalLaw = ResultOf<typeof LAW_FIELDS>;

/** Countries with any imported data, national law or task-force agency, by name. */
export const COUNTRY_LIST_QUERY = graphql(`
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
`);

/** The legal-framework profile of one country (ISO alpha-2 or alpha-3). */
export const COUNTRY_PROFILE_QUERY = graphql(`
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
`);

/**
 * The legal-framework profile of one country: Palermo ratification, TIP tiers, the task force's agencies there, how
 * many joint operations the viewer may see it take part in, national laws, agreements in force and jurisdiction rules.
 */
export type CountryProfile = ResultOf<typeof COUNTRY_PROFILE_QUERY>['countryProfile'];

/** A country's US TIP Report tier in one report year, with the import source it comes from. */
export type TipTierYear = CountryProfile['tipTiers'][number];

/** A country's GLOTIP totals and TIP tier by year, with its national laws as markers. */
export const COUNTRY_IMPACT_QUERY = graphql(`
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
`);

/** A country's published GLOTIP totals and TIP tier by year, with its national laws as markers. */
export type CountryImpact = ResultOf<typeof COUNTRY_IMPACT_QUERY>['countryImpact'];

/** One year of a country's impact figures; a figure is null in a year when nothing was published. */
export type CountryImpactYear = CountryImpact['years'][number];

/** A published GLOTIP total: a count, or suppressed ("<5"). */
export type GlotipFigure = NonNullable<CountryImpactYear['detectedVictims']>;

/** Records a national law of a country (platform admins); BAD_USER_INPUT names the field. */
export const CREATE_NATIONAL_LAW_MUTATION = graphql(`
  mutation CreateNationalLaw($input: CreateNationalLawInput!) {
    createNationalLaw(input: $input) {
      ...NationalLawDetails
    }
  }
`);

/** Edits a national law, version-checked (platform admins): CONFLICT when someone changed it meanwhile. */
export const UPDATE_NATIONAL_LAW_MUTATION = graphql(`
  mutation UpdateNationalLaw($input: UpdateNationalLawInput!) {
    updateNationalLaw(input: $input) {
      ...NationalLawDetails
    }
  }
`);

/** Deletes a national law (platform admins). */
export const DELETE_NATIONAL_LAW_MUTATION = graphql(`
  mutation DeleteNationalLaw($id: ID!) {
    deleteNationalLaw(id: $id)
  }
`);
